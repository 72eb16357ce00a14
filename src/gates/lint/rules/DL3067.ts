import type { LintRule } from '../rule.js';
import { copyPaths, dropQuotes, flagValueOf } from './helpers-b.js';

/** DL3067: `COPY --from=stage / /` copies a whole root filesystem over the new stage. */
export const DL3067: LintRule = {
  meta: {
    id: 'DL3067',
    title: 'Do not copy an entire filesystem from another stage',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3067'],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.keyword === 'COPY' && flagValueOf(i, 'from') !== undefined)
      .filter((i) => {
        const { sources, dest } = copyPaths(i);
        return dest && dropQuotes(dest.text) === '/' && sources.some((s) => dropQuotes(s.text) === '/');
      })
      .map((i) =>
        ctx.finding(
          DL3067.meta,
          { start: i.start, end: i.end },
          'Do not copy an entire filesystem from another stage',
        ),
      );
  },
};
