import { resourceRule } from './factories.js';

/** LimitsCPU (+1): Enforcing CPU limits prevents DOS via resource exhaustion */
export const LimitsCPU = resourceRule({
  id: 'LimitsCPU',
  title: 'Containers limit CPU',
  points: 1,
  selector: 'containers[] .resources .limits .cpu',
  reason: 'Enforcing CPU limits prevents DOS via resource exhaustion',
  field: ['resources', 'limits', 'cpu'],
  equivalents: ['kube-score:container-resources', 'polaris:cpuLimitsMissing'],
});
