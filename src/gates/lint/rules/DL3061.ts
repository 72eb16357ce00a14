import type { LintRule } from '../rule.js';

/** DL3061: only ARG, comments and parser directives may come before the first FROM. */
export const DL3061: LintRule = {
  meta: {
    id: 'DL3061',
    title: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3061'],
  },
  check(ctx) {
    const firstFrom = ctx.instructions.findIndex((i) => i.keyword === 'FROM');
    const before = firstFrom < 0 ? ctx.instructions : ctx.instructions.slice(0, firstFrom);
    return before
      .filter((i) => i.keyword !== 'ARG')
      .map((i) =>
        ctx.finding(
          DL3061.meta,
          { start: i.start, end: i.keywordEnd },
          'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
        ),
      );
  },
};
