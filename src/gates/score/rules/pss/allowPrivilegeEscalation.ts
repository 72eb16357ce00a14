import { eachContainer, isWindows } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Restricted: every container sets allowPrivilegeEscalation=false (Windows pods exempt, PSA 1.25+). */
export const allowPrivilegeEscalation: PssCheck = {
  meta: pssMeta('allowPrivilegeEscalation', 'restricted', 'Privilege escalation allowed', [
    'kubesec:AllowPrivilegeEscalation',
  ]),
  checkId: 'allowPrivilegeEscalation',
  level: 'restricted',
  check: (w) =>
    isWindows(w)
      ? []
      : eachContainer(w, ['allowPrivilegeEscalation'], (v) =>
          v === false ? undefined : 'must set securityContext.allowPrivilegeEscalation=false',
        ),
};
