import { above10000, securityContextRule } from './factories.js';

/** RunAsUser (+1): Run as a high-UID user to avoid conflicts with the host's users */
export const RunAsUser = securityContextRule({
  id: 'RunAsUser',
  title: 'Containers run as a high UID',
  points: 1,
  selector: '.spec, .spec.containers[] | .securityContext .runAsUser -gt 10000',
  reason: "Run as a high-UID user to avoid conflicts with the host's users",
  field: ['securityContext', 'runAsUser'],
  podLevel: true,
  classify: above10000,
  want: 'securityContext.runAsUser > 10000',
  equivalents: ['kube-score:container-security-context-user-group-id', 'checkov:CKV_K8S_40'],
});
