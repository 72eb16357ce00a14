import { resourceRule } from './factories.js';

/** LimitsMemory (+1): Enforcing memory limits prevents DOS via resource exhaustion */
export const LimitsMemory = resourceRule({
  id: 'LimitsMemory',
  title: 'Containers limit memory',
  points: 1,
  selector: 'containers[] .resources .limits .memory',
  reason: 'Enforcing memory limits prevents DOS via resource exhaustion',
  field: ['resources', 'limits', 'memory'],
});
