import { at, type Violation } from '../../model.js';
import { isWindows, present } from './helpers.js';
import { badSeccomp, validSeccomp } from './seccompProfile_baseline.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/**
 * Restricted: RuntimeDefault or Localhost seccomp on the pod or every container (Windows pods
 * exempt, PSA 1.25+).
 */
export const seccompProfile_restricted: PssCheck = {
  meta: pssMeta('seccompProfile_restricted', 'restricted', 'Seccomp profile missing', ['kubesec:SeccompAny']),
  checkId: 'seccompProfile_restricted',
  level: 'restricted',
  overrides: ['seccompProfile_baseline'],
  check(w) {
    if (isWindows(w)) return [];
    const out: Violation[] = [];
    const pod = at(w.spec, ['securityContext', 'seccompProfile']);
    const podSet = present(pod) && validSeccomp(pod);
    if (present(pod) && !podSet)
      out.push({
        path: [...w.specPath, 'securityContext', 'seccompProfile'],
        message: `pod ${badSeccomp(pod)}`,
      });
    for (const c of w.containers) {
      const v = at(c.value, ['securityContext', 'seccompProfile']);
      if (present(v) ? !validSeccomp(v) : !podSet)
        out.push({
          path: [...c.path, 'securityContext', 'seccompProfile', ...(present(v) ? ['type'] : [])],
          container: c.name,
          message: present(v)
            ? `container "${c.name}" ${badSeccomp(v)}`
            : `pod or container "${c.name}" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
        });
    }
    return out;
  },
};
