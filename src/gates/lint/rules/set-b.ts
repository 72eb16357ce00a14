import type { LintRule } from '../rule.js';

/** Lint B's rules (DL3032–DL3067, DL4xxx, PL…). */
export const RULES_B: readonly LintRule[] = [];
