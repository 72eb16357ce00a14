import type { LintRule } from '../rule.js';

/** Lint A's rules: DL1001, DL3000–DL3030. */
export const RULES_A: readonly LintRule[] = [];
