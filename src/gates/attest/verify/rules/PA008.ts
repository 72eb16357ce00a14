import type { RuleMeta } from '../../../../core/rule.js';
import { attestRuleDoc } from './rule.js';

/** PA008: every file a checksums file lists must be present and match its digest. */
export const PA008: { meta: RuleMeta } = {
  meta: {
    id: 'PA008',
    title: 'Downloaded file is missing or does not match the checksums file',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA008'),
    equivalents: ['sha256sum:-c'],
  },
};
