import { capabilityName } from '../capabilities.js';
import { securityContextRule } from './factories.js';
import type { FieldState } from './helpers.js';
import { goFormat } from './helpers.js';

/** Kubesec substring-matches the printed `add` list, so `CAP_SYS_ADMIN` counts too. */
const kubesecSysAdmin = (v: unknown): FieldState =>
  v === null || v === undefined ? 'unset' : goFormat(v).includes('SYS_ADMIN') ? 'valid' : 'invalid';

const strictSysAdmin = (v: unknown): FieldState =>
  !Array.isArray(v) ? 'unset' : v.some((c) => capabilityName(c) === 'SYS_ADMIN') ? 'valid' : 'invalid';

/** CapSysAdmin (-30): CAP_SYS_ADMIN is the most privileged capability and should always be avoided */
export const CapSysAdmin = securityContextRule({
  id: 'CapSysAdmin',
  title: 'Container adds CAP_SYS_ADMIN',
  points: -30,
  selector: 'containers[] .securityContext .capabilities .add == SYS_ADMIN',
  reason: 'CAP_SYS_ADMIN is the most privileged capability and should always be avoided',
  field: ['securityContext', 'capabilities', 'add'],
  podLevel: false,
  classify: kubesecSysAdmin,
  strict: strictSysAdmin,
  want: 'securityContext.capabilities.add: [SYS_ADMIN]',
  equivalents: ['pss:capabilities_baseline', 'checkov:CKV_K8S_39'],
});
