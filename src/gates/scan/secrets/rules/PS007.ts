import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** GitLab personal access token. */
export const PS007: SecretRule = {
  meta: secretMeta('PS007', 'GitLab personal access token', 'critical', 'gitlab-pat'),
  keywords: ['glpat-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glpat-[0-9A-Za-z_-]{20})(?![A-Za-z0-9_-])/g,
};
