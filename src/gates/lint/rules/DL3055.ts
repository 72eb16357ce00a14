import type { LintRule } from '../rule.js';
import { isGitHash, labelPairs, schemaLabels } from './labels-b.js';

/** DL3055: a `hash` label of the `label-schema` must hold a valid value (a 7 or 40 character git hash). */
export const DL3055: LintRule = {
  meta: {
    id: 'DL3055',
    title: 'Label is not a valid git hash',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3055'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'hash');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isGitHash(p.value))
      .map((p) => ctx.finding(DL3055.meta, p, `Label \`${p.key}\` is not a valid git hash.`));
  },
};
