import { isJson, list, type Violation } from '../../model.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK013: a hostPath mounted without `readOnly: true` lets the container write to the node. */
export const PK013: OwnRule = {
  meta: ownMeta('PK013', 'Writable hostPath mount', 'high', { equivalents: ['kubescape:C-0045'] }),
  check(s) {
    const w = s.workload;
    if (!w) return [];
    const hostPaths = new Set(
      list(w.spec.volumes)
        .filter((v) => isJson(v) && v.hostPath !== null && v.hostPath !== undefined)
        .map((v) => (v as { name?: unknown }).name),
    );
    const out: Violation[] = [];
    for (const c of w.containers)
      list(c.value.volumeMounts).forEach((m, i) => {
        if (isJson(m) && hostPaths.has(m.name) && m.readOnly !== true)
          out.push({
            path: [...c.path, 'volumeMounts', i],
            container: c.name,
            message: `container "${c.name}" mounts hostPath volume ${String(m.name)} writable (set readOnly: true)`,
          });
      });
    return out;
  },
};
