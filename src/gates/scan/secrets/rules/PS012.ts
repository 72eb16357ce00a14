import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** Docker config.json with registry auths. */
export const PS012: SecretRule = {
  meta: secretMeta('PS012', 'Docker config.json with registry auths', 'high', 'dockerconfig'),
  keywords: ['"auth"'],
  path: /(^|\/)\.docker\/config\.json$|(^|\/)config\.json$/,
  pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
};
