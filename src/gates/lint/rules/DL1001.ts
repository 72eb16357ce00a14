import { parseIgnorePragma } from '../../../core/suppress.js';
import type { LintRule } from '../rule.js';

/** DL1001: inline ignore pragmas hide problems from review; off unless a config turns it on. */
export const DL1001: LintRule = {
  meta: {
    id: 'DL1001',
    title: 'Inline ignore pragmas are not allowed',
    severity: 'style',
    gate: 'lint',
    disabledByDefault: true,
    equivalents: ['hadolint:DL1001'],
  },
  check(ctx) {
    return ctx.dockerfile.comments
      .filter((c) => parseIgnorePragma(c.text, ['hadolint', 'portcullis']))
      .map((c) =>
        ctx.finding(
          DL1001.meta,
          c,
          'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.',
        ),
      );
  },
};
