import { at, type Violation } from '../../model.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK015: `runAsUser: 0` asks for root explicitly, whatever the image says. */
export const PK015: OwnRule = {
  meta: ownMeta('PK015', 'Runs as UID 0', 'medium', { equivalents: ['psa:runAsUser'] }),
  check(s) {
    const w = s.workload;
    if (!w) return [];
    const out: Violation[] = [];
    if (at(w.spec, ['securityContext', 'runAsUser']) === 0)
      out.push({ path: [...w.specPath, 'securityContext', 'runAsUser'], message: 'pod sets runAsUser: 0' });
    for (const c of w.containers)
      if (at(c.value, ['securityContext', 'runAsUser']) === 0)
        out.push({
          path: [...c.path, 'securityContext', 'runAsUser'],
          container: c.name,
          message: `container "${c.name}" sets runAsUser: 0`,
        });
    return out;
  },
};
