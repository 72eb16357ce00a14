import type { LintRule } from '../rule.js';

/** PL018: an empty line inside a continuation is deprecated and will become an error (BuildKit `NoEmptyContinuation`). */
export const PL018: LintRule = {
  meta: {
    id: 'PL018',
    title: 'Empty continuation line',
    severity: 'style',
    gate: 'lint',
    equivalents: ['buildkit:NoEmptyContinuation'],
  },
  check(ctx) {
    const text = ctx.dockerfile.text;
    return ctx.instructions.flatMap((i) => {
      const bodies = i.heredocs.map((h) => h.body.offsets[0] ?? i.end);
      const stop = Math.min(i.end, ...bodies);
      const inner = text.slice(i.start, stop);
      // Like BuildKit, report the line that follows the empty one(s).
      const m = /\n(?:[ \t\r]*\n)+([ \t]*)([^\n]*\S)/.exec(inner);
      if (!m) return [];
      const start = i.start + m.index + m[0].length - m[2].length;
      return [ctx.finding(PL018.meta, { start, end: start + m[2].length }, 'Empty continuation line')];
    });
  },
};
