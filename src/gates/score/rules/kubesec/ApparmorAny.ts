import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';

/** Kubesec reads only the `type` string; anything else counts as unset. */
const profile =
  (unconfined: boolean) =>
  (v: unknown): FieldState =>
    typeof v !== 'string' ? 'unset' : (v === 'Unconfined') === unconfined ? 'valid' : 'invalid';

/** ApparmorAny (+3): Well defined AppArmor policies may provide greater protection from unknown threats. */
export const ApparmorAny = securityContextRule({
  id: 'ApparmorAny',
  title: 'An AppArmor profile is set',
  points: 3,
  selector:
    '.spec .securityContext .appArmorProfile .type | .spec .containers[] .securityContext .appArmorProfile .type | .spec .initContainers[] .securityContext .appArmorProfile .type | .spec .ephemeralContainers[] .securityContext .appArmorProfile .type',
  reason: 'Well defined AppArmor policies may provide greater protection from unknown threats.',
  field: ['securityContext', 'appArmorProfile', 'type'],
  podLevel: true,
  classify: profile(false),
  want: 'securityContext.appArmorProfile.type (not Unconfined)',
});
