import type { LintRule } from '../rule.js';
import { isEmail, labelPairs, schemaLabels } from './labels-b.js';

/** DL3058: a `email` label of the `label-schema` must hold a valid value (RFC 5322). */
export const DL3058: LintRule = {
  meta: {
    id: 'DL3058',
    title: 'Label is not a valid email format',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3058'],
  },
  check(ctx) {
    const names = schemaLabels(ctx, 'email');
    return labelPairs(ctx)
      .filter((p) => names.has(p.key) && !isEmail(p.value))
      .map((p) =>
        ctx.finding(
          DL3058.meta,
          p,
          `Label \`${p.key}\` is not a valid email format - must conform to RFC5322.`,
        ),
      );
  },
};
