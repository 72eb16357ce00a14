import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** AWS secret access key. */
export const PS002: SecretRule = {
  meta: secretMeta('PS002', 'AWS secret access key', 'critical', 'aws-secret-access-key'),
  keywords: ['aws'],
  pattern:
    /aws_?(?:secret)?_?(?:access)?_?key(?:_id)?["']?\s*(?::|=>|=)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  accept: (s) => /[a-z]/.test(s) && /[A-Z0-9]/.test(s) && !/EXAMPLEKEY$/.test(s),
};
