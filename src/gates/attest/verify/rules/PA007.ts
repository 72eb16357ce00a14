import type { RuleMeta } from '../../../../core/rule.js';
import { attestRuleDoc } from './rule.js';

/** PA007: every artifact must have at least one bundle that names it; none is never a pass. */
export const PA007: { meta: RuleMeta } = {
  meta: {
    id: 'PA007',
    title: 'No attestation found for the artifact',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA007'),
  },
};
