import { assertUniqueRuleIds } from '../../../core/rule.js';
import type { LintRule } from '../rule.js';
import { RULES_A } from './set-a.js';
import { RULES_B } from './set-b.js';

/** Every lint rule this build ships. */
export const RULES: readonly LintRule[] = [...RULES_A, ...RULES_B];

assertUniqueRuleIds(RULES.map((r) => r.meta));
