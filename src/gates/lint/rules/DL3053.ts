import type { LintRule } from '../rule.js';
import { isRfc3339, labelPairs, schemaLabels } from './labels-b.js';

/** DL3053: a `rfc3339` label of the `label-schema` must hold a valid value (RFC 3339). */
export const DL3053: LintRule = {
  meta: {
    id: 'DL3053',
    title: 'Label is not a valid time format',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3053'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'rfc3339');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isRfc3339(p.value))
      .map((p) =>
        ctx.finding(
          DL3053.meta,
          p,
          `Label \`${p.key}\` is not a valid time format - must conform to RFC3339.`,
        ),
      );
  },
};
