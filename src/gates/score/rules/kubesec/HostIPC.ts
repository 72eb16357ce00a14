import { podFieldRule } from './factories.js';

/** HostIPC (-9): Sharing the host's IPC namespace allows container processes to communicate with processes on the host */
export const HostIPC = podFieldRule({
  id: 'HostIPC',
  title: 'Pod shares the host IPC namespace',
  points: -9,
  selector: '.spec .hostIPC == true',
  reason:
    "Sharing the host's IPC namespace allows container processes to communicate with processes on the host",
  field: 'hostIPC',
  matches: (v) => v === true,
  want: 'hostIPC: true',
  equivalents: ['pss:hostNamespaces', 'kubescape:C-0038', 'checkov:CKV_K8S_18'],
});
