import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** Private key. */
export const PS003: SecretRule = {
  meta: secretMeta('PS003', 'Private key', 'high', 'private-key'),
  keywords: ['private key'],
  pattern:
    /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----\s*(?<secret>[A-Za-z0-9+/=\s:,-]{30,}?)\s*-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/g,
};
