import type { SecretRule } from '../types.js';
import { notPlaceholder, secretMeta } from './meta.js';

/** .npmrc with registry credentials. */
export const PS010: SecretRule = {
  meta: secretMeta('PS010', '.npmrc with registry credentials', 'high', 'npmrc'),
  keywords: ['_auth', '_password'],
  path: /(^|\/)\.npmrc$/,
  pattern: /^[^#;\n]*(?:_authToken|_auth|_password)\s*=\s*(?<secret>[^\s]+)\s*$/gm,
  accept: notPlaceholder,
};
