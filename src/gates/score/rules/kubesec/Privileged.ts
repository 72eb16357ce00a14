import { isBool, securityContextRule } from './factories.js';

/** Privileged (-30): Privileged containers can allow almost completely unrestricted host access */
export const Privileged = securityContextRule({
  id: 'Privileged',
  title: 'Container is privileged',
  points: -30,
  selector: 'containers[] .securityContext .privileged == true',
  reason: 'Privileged containers can allow almost completely unrestricted host access',
  field: ['securityContext', 'privileged'],
  podLevel: false,
  classify: isBool,
  want: 'securityContext.privileged: true',
  equivalents: [
    'pss:privileged',
    'polaris:privilegeEscalationAllowed',
    'kubescape:C-0057',
    'checkov:CKV_K8S_16',
  ],
});
