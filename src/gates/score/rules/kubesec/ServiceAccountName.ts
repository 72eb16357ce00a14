import { podFieldRule } from './factories.js';

// Kubesec credits any non-null value, even an empty string; we want a real, non-default account.

/** ServiceAccountName (+3): Service accounts restrict Kubernetes API access and should be configured with least privilege */
export const ServiceAccountName = podFieldRule({
  id: 'ServiceAccountName',
  title: 'Pod names its service account',
  points: 3,
  selector: '.spec .serviceAccountName',
  reason: 'Service accounts restrict Kubernetes API access and should be configured with least privilege',
  field: 'serviceAccountName',
  matches: (v) => v !== null && v !== undefined,
  strict: (v) => typeof v === 'string' && v !== '' && v !== 'default',
  want: 'serviceAccountName',
  equivalents: ['checkov:CKV_K8S_41'],
});
