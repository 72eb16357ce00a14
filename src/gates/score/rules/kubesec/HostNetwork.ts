import { podFieldRule } from './factories.js';

/** HostNetwork (-9): Sharing the host's network namespace permits processes in the pod to communicate with processes bound to the host's loopback adapter */
export const HostNetwork = podFieldRule({
  id: 'HostNetwork',
  title: 'Pod shares the host network namespace',
  points: -9,
  selector: '.spec .hostNetwork == true',
  reason:
    "Sharing the host's network namespace permits processes in the pod to communicate with processes bound to the host's loopback adapter",
  field: 'hostNetwork',
  matches: (v) => v === true,
  want: 'hostNetwork: true',
  equivalents: ['pss:hostNamespaces', 'kubescape:C-0041', 'checkov:CKV_K8S_19'],
});
