import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** npm access token. */
export const PS008: SecretRule = {
  meta: secretMeta('PS008', 'npm access token', 'critical', 'npm-access-token'),
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[0-9A-Za-z]{36})(?![A-Za-z0-9_])/g,
};
