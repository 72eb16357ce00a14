import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';

/** Kubesec reads only the `type` string; anything else counts as unset. */
const profile =
  (unconfined: boolean) =>
  (v: unknown): FieldState =>
    typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';

/** SeccompUnconfined (-1): Unconfined Seccomp profiles have full system call access */
export const SeccompUnconfined = securityContextRule({
  id: 'SeccompUnconfined',
  title: 'Seccomp profile is Unconfined',
  points: -1,
  selector:
    '.spec .securityContext .seccompProfile .type | .spec .containers[] .securityContext .seccompProfile .type | .spec .initContainers[] .securityContext .seccompProfile .type | .spec .ephemeralContainers[] .securityContext .seccompProfile .type',
  reason: 'Unconfined Seccomp profiles have full system call access',
  field: ['securityContext', 'seccompProfile', 'type'],
  podLevel: true,
  classify: profile(true),
  want: 'securityContext.seccompProfile.type: Unconfined',
});
