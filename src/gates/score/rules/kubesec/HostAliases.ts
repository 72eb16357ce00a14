import { podFieldRule } from './factories.js';

// Kubesec counts any non-null value, even `[]`; we count a non-empty list.

/** HostAliases (-3): Managing /etc/hosts aliases can prevent the container from modifying the file after a pod's containers have already been started. DNS should be managed by the orchestrator */
export const HostAliases = podFieldRule({
  id: 'HostAliases',
  title: 'Pod manages /etc/hosts aliases',
  points: -3,
  selector: '.spec .hostAliases',
  reason:
    "Managing /etc/hosts aliases can prevent the container from modifying the file after a pod's containers have already been started. DNS should be managed by the orchestrator",
  field: 'hostAliases',
  matches: (v) => v !== null && v !== undefined,
  strict: (v) => Array.isArray(v) && v.length > 0,
  want: 'hostAliases is set',
});
