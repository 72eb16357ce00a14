import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** .git-credentials with a password. */
export const PS013: SecretRule = {
  meta: secretMeta('PS013', '.git-credentials with a password', 'high', 'git-credentials'),
  keywords: ['@'],
  path: /(^|\/)\.git-credentials$/,
  pattern: /https?:\/\/[^:\s/@]+:(?<secret>[^@\s]+)@[^\s]+/g,
};
