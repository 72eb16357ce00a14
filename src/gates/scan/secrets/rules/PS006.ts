import type { SecretRule } from '../types.js';
import { secretMeta } from './meta.js';

/** GitHub token. */
export const PS006: SecretRule = {
  meta: secretMeta('PS006', 'GitHub token', 'critical', 'github-pat'),
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})(?![A-Za-z0-9_])/g,
};
