import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';

/** Kubesec reads only the `type` string; anything else counts as unset. */
const profile =
  (unconfined: boolean) =>
  (v: unknown): FieldState =>
    typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';

/** ApparmorUnconfined (-1): Unconfined AppArmor profiles disable AppArmor enforcement on the workloads */
export const ApparmorUnconfined = securityContextRule({
  id: 'ApparmorUnconfined',
  title: 'AppArmor profile is Unconfined',
  points: -1,
  selector:
    '.spec .securityContext .appArmorProfile .type | .spec .containers[] .securityContext .appArmorProfile .type | .spec .initContainers[] .securityContext .appArmorProfile .type | .spec .ephemeralContainers[] .securityContext .appArmorProfile .type',
  reason: 'Unconfined AppArmor profiles disable AppArmor enforcement on the workloads',
  field: ['securityContext', 'appArmorProfile', 'type'],
  podLevel: true,
  classify: profile(true),
  want: 'securityContext.appArmorProfile.type: Unconfined',
});
