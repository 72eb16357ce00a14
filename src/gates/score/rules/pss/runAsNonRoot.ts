import { at, type Violation } from '../../model.js';
import { inUserNamespace } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Restricted: runAsNonRoot=true on the pod or every container, unless in a user namespace (PSA 1.35+). */
export const runAsNonRoot: PssCheck = {
  meta: pssMeta('runAsNonRoot', 'restricted', 'Running as root allowed', ['kubesec:RunAsNonRoot']),
  checkId: 'runAsNonRoot',
  level: 'restricted',
  check(w) {
    if (inUserNamespace(w)) return [];
    const out: Violation[] = [];
    const pod = at(w.spec, ['securityContext', 'runAsNonRoot']);
    if (pod === false)
      out.push({
        path: [...w.specPath, 'securityContext', 'runAsNonRoot'],
        message: 'pod must not set securityContext.runAsNonRoot=false',
      });
    for (const c of w.containers) {
      const v = at(c.value, ['securityContext', 'runAsNonRoot']);
      if (v === false || (v !== true && pod !== true))
        out.push({
          path: [...c.path, 'securityContext', 'runAsNonRoot'],
          container: c.name,
          message:
            v === false
              ? `container "${c.name}" must not set securityContext.runAsNonRoot=false`
              : `pod or container "${c.name}" must set securityContext.runAsNonRoot=true`,
        });
    }
    return out;
  },
};
