import type { LintRule } from '../rule.js';
import { isUri, labelPairs, schemaLabels } from './labels-b.js';

/** DL3052: a `url` label of the `label-schema` must hold a valid value (RFC 3986). */
export const DL3052: LintRule = {
  meta: {
    id: 'DL3052',
    title: 'Label is not a valid URL',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3052'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'url');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isUri(p.value))
      .map((p) => ctx.finding(DL3052.meta, p, `Label \`${p.key}\` is not a valid URL.`));
  },
};
