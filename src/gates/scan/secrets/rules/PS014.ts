import type { SensitiveFileRule } from '../types.js';
import { secretMeta } from './meta.js';

/** SSH private key file: sensitive by its name, whatever it holds. */
export const PS014: SensitiveFileRule = {
  meta: secretMeta('PS014', 'SSH private key file', 'high', 'private-key'),
  path: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/,
};
