import type { LintRule } from '../rule.js';
import { isSpdxId, labelPairs, schemaLabels } from './labels-b.js';

/** DL3054: a `spdx` label of the `label-schema` must hold a valid value (an SPDX license identifier). */
export const DL3054: LintRule = {
  meta: {
    id: 'DL3054',
    title: 'Label is not a valid SPDX identifier',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3054'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'spdx');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isSpdxId(p.value))
      .map((p) => ctx.finding(DL3054.meta, p, `Label \`${p.key}\` is not a valid SPDX identifier.`));
  },
};
