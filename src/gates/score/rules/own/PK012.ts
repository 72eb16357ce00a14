import { isJson, list, type Violation } from '../../model.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK012: a hostPort ties the pod to a node's port and bypasses network policy on many CNIs. */
export const PK012: OwnRule = {
  meta: ownMeta('PK012', 'Container uses a hostPort', 'medium', {
    equivalents: ['psa:hostPorts', 'kubescape:C-0044', 'checkov:CKV_K8S_26'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? [])
      list(c.value.ports).forEach((p, i) => {
        if (isJson(p) && typeof p.hostPort === 'number' && p.hostPort !== 0)
          out.push({
            path: [...c.path, 'ports', i, 'hostPort'],
            container: c.name,
            message: `container "${c.name}" binds hostPort ${p.hostPort}`,
          });
      });
    return out;
  },
};
