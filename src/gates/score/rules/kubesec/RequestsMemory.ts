import { resourceRule } from './factories.js';

/** RequestsMemory (+1): Enforcing memory requests aids a fair balancing of resources across the cluster */
export const RequestsMemory = resourceRule({
  id: 'RequestsMemory',
  title: 'Containers request memory',
  points: 1,
  selector: 'containers[] .resources .requests .memory',
  reason: 'Enforcing memory requests aids a fair balancing of resources across the cluster',
  field: ['resources', 'requests', 'memory'],
});
