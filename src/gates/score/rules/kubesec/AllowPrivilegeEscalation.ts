import { isBool, securityContextRule } from './factories.js';

/** AllowPrivilegeEscalation (-7): Ensure a non-root process can not gain more privileges */
export const AllowPrivilegeEscalation = securityContextRule({
  id: 'AllowPrivilegeEscalation',
  title: 'Container allows privilege escalation',
  points: -7,
  selector: 'containers[] .securityContext .allowPrivilegeEscalation == true',
  reason: 'Ensure a non-root process can not gain more privileges',
  field: ['securityContext', 'allowPrivilegeEscalation'],
  podLevel: false,
  classify: isBool,
  want: 'securityContext.allowPrivilegeEscalation: true',
  equivalents: ['pss:allowPrivilegeEscalation', 'kubescape:C-0016', 'checkov:CKV_K8S_20'],
});
