import { resourceRule } from './factories.js';

/** RequestsCPU (+1): Enforcing CPU requests aids a fair balancing of resources across the cluster */
export const RequestsCPU = resourceRule({
  id: 'RequestsCPU',
  title: 'Containers request CPU',
  points: 1,
  selector: 'containers[] .resources .requests .cpu',
  reason: 'Enforcing CPU requests aids a fair balancing of resources across the cluster',
  field: ['resources', 'requests', 'cpu'],
});
