import type { LintRule } from '../rule.js';
import { isSemver, labelPairs, schemaLabels } from './labels-b.js';

/** DL3056: a `semver` label of the `label-schema` must hold a valid value (Semantic Versioning 2.0.0). */
export const DL3056: LintRule = {
  meta: {
    id: 'DL3056',
    title: 'Label does not conform to semantic versioning',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3056'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'semver');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isSemver(p.value))
      .map((p) => ctx.finding(DL3056.meta, p, `Label \`${p.key}\` does not conform to semantic versioning.`));
  },
};
