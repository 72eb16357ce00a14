import { isJson, list, type Violation } from '../../model.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Baseline: hostPort must be unset or 0. */
export const hostPorts: PssCheck = {
  meta: pssMeta('hostPorts', 'baseline', 'Host ports', ['kubescape:C-0044', 'checkov:CKV_K8S_26']),
  checkId: 'hostPorts',
  level: 'baseline',
  check(w) {
    const out: Violation[] = [];
    for (const c of w.containers)
      list(c.value.ports).forEach((p, i) => {
        if (isJson(p) && p.hostPort !== undefined && p.hostPort !== null && p.hostPort !== 0)
          out.push({
            path: [...c.path, 'ports', i, 'hostPort'],
            container: c.name,
            message: `container "${c.name}" uses hostPort ${String(p.hostPort)}`,
          });
      });
    return out;
  },
};
