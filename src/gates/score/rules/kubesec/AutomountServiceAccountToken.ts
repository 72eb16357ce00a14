import { podFieldRule } from './factories.js';

/** AutomountServiceAccountToken (+1): Disabling the automounting of Service Account Token reduces the attack surface of the API server */
export const AutomountServiceAccountToken = podFieldRule({
  id: 'AutomountServiceAccountToken',
  title: 'Pod does not automount the service account token',
  points: 1,
  selector: '.spec .automountServiceAccountToken == false',
  reason: 'Disabling the automounting of Service Account Token reduces the attack surface of the API server',
  field: 'automountServiceAccountToken',
  matches: (v) => v === false,
  want: 'automountServiceAccountToken: false',
  equivalents: ['kubescape:C-0034', 'checkov:CKV_K8S_38'],
});
