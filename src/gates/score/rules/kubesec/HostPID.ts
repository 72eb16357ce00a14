import { podFieldRule } from './factories.js';

/** HostPID (-9): Sharing the host's PID namespace allows visibility of processes on the host, potentially leaking information such as environment variables and configuration */
export const HostPID = podFieldRule({
  id: 'HostPID',
  title: 'Pod shares the host PID namespace',
  points: -9,
  selector: '.spec .hostPID == true',
  reason:
    "Sharing the host's PID namespace allows visibility of processes on the host, potentially leaking information such as environment variables and configuration",
  field: 'hostPID',
  matches: (v) => v === true,
  want: 'hostPID: true',
  equivalents: ['pss:hostNamespaces', 'kubescape:C-0038', 'checkov:CKV_K8S_17'],
});
