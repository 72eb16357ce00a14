import type { LintRule } from '../rule.js';
import { labelPairs } from './labels-b.js';

/** DL3050: with `strict-labels`, only labels in the `label-schema` are allowed. */
export const DL3050: LintRule = {
  meta: {
    id: 'DL3050',
    title: 'Superfluous label(s) present',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3050'],
  },
  check(ctx) {
    if (!ctx.settings.strictLabels) return [];
    const seen = new Set<unknown>();
    return labelPairs(ctx)
      .filter((p) => !(p.key in ctx.settings.labelSchema) && !seen.has(p.instr) && seen.add(p.instr))
      .map((p) => ctx.finding(DL3050.meta, p, 'Superfluous label(s) present.'));
  },
};
