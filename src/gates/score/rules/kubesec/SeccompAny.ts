import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';

/** Kubesec reads only the `type` string; anything else counts as unset. */
const profile =
  (unconfined: boolean) =>
  (v: unknown): FieldState =>
    typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';

/** SeccompAny (+1): Seccomp profiles set minimum privilege and secure against unknown threats */
export const SeccompAny = securityContextRule({
  id: 'SeccompAny',
  title: 'A seccomp profile is set',
  points: 1,
  selector:
    '.spec .securityContext .seccompProfile .type | .spec .containers[] .securityContext .seccompProfile .type | .spec .initContainers[] .securityContext .seccompProfile .type | .spec .ephemeralContainers[] .securityContext .seccompProfile .type',
  reason: 'Seccomp profiles set minimum privilege and secure against unknown threats',
  field: ['securityContext', 'seccompProfile', 'type'],
  podLevel: true,
  classify: profile(false),
  want: 'securityContext.seccompProfile.type (not Unconfined)',
});
