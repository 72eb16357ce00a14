import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** AWS access key ID. */
export const PS001: SecretRule = {
  meta: secretMeta('PS001', 'AWS access key ID', 'critical', 'aws-access-key-id'),
  keywords: ['akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'a3t'],
  pattern:
    /(?<![A-Z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
  accept: (s) => !/EXAMPLE$/.test(s),
};
