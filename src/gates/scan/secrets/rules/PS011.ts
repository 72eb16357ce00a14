import type { SecretRule } from '../types.js';
import { notPlaceholder, secretMeta } from './meta.js';

/** .pypirc with a password. */
export const PS011: SecretRule = {
  meta: secretMeta('PS011', '.pypirc with a password', 'high', 'pypirc'),
  keywords: ['password'],
  path: /(^|\/)\.pypirc$/,
  pattern: /^\s*password\s*[:=]\s*(?<secret>\S+)\s*$/gm,
  accept: notPlaceholder,
};
