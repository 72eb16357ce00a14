import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';
import { goFormat } from './helpers.js';

/** Kubesec upper-cases the printed list and looks for the substring `ALL`. */
const kubesecDropAll = (v: unknown): FieldState =>
  v === null || v === undefined ? 'unset' : goFormat(v).toUpperCase().includes('ALL') ? 'valid' : 'invalid';

const strictDropAll = (v: unknown): FieldState =>
  !Array.isArray(v) ? 'unset' : v.some((c) => c === 'ALL') ? 'valid' : 'invalid';

/** CapDropAll (+1): Drop all capabilities and add only those required to reduce syscall attack surface */
export const CapDropAll = securityContextRule({
  id: 'CapDropAll',
  title: 'Containers drop all capabilities',
  points: 1,
  selector: 'containers[] .securityContext .capabilities .drop | index("ALL")',
  reason: 'Drop all capabilities and add only those required to reduce syscall attack surface',
  field: ['securityContext', 'capabilities', 'drop'],
  podLevel: false,
  classify: kubesecDropAll,
  strict: strictDropAll,
  want: 'securityContext.capabilities.drop: [ALL]',
  equivalents: ['pss:capabilities_restricted', 'checkov:CKV_K8S_37'],
});
