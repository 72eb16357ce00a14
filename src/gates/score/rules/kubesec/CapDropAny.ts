import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';

/** A non-empty list with no nulls (Kubesec checks the printed list for `<nil>`). */
const dropsAny = (v: unknown): FieldState =>
  !Array.isArray(v) ? 'unset' : v.length > 0 && !v.some((c) => c === null) ? 'valid' : 'invalid';

/** CapDropAny (+1): Reducing kernel capabilities available to a container limits its attack surface */
export const CapDropAny = securityContextRule({
  id: 'CapDropAny',
  title: 'Containers drop capabilities',
  points: 1,
  selector: 'containers[] .securityContext .capabilities .drop',
  reason: 'Reducing kernel capabilities available to a container limits its attack surface',
  field: ['securityContext', 'capabilities', 'drop'],
  podLevel: false,
  classify: dropsAny,
  want: 'securityContext.capabilities.drop',
});
