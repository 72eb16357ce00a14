import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** GCP service account key. */
export const PS004: SecretRule = {
  meta: secretMeta('PS004', 'GCP service account key', 'critical', 'gcp-service-account'),
  keywords: ['service_account'],
  pattern: /"type"\s*:\s*"service_account"[\s\S]{0,2000}?"private_key_id"\s*:\s*"(?<secret>[0-9a-f]{40})"/g,
};
