import type { LintRule } from '../rule.js';
import { labelPairs } from './labels-b.js';

/** DL3051: a label the `label-schema` names has an empty value. */
export const DL3051: LintRule = {
  meta: {
    id: 'DL3051',
    title: 'Label is empty',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3051'],
  },
  check(ctx) {
    return labelPairs(ctx)
      .filter((p) => p.key in ctx.settings.labelSchema && p.value === '')
      .map((p) => ctx.finding(DL3051.meta, p, `label \`${p.key}\` is empty.`));
  },
};
