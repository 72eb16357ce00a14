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
      const inner = text.slice(i.start, stop).trimEnd();
      if (!/\n[ \t\r]*\n/.test(inner)) return [];
      // Like BuildKit, report the last line of the instruction, where its continuation ends.
      const lineStart = i.start + inner.lastIndexOf('\n') + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
      const start = lineStart + indent;
      return [ctx.finding(PL018.meta, { start, end: i.start + inner.length }, 'Empty continuation line')];
    });
  },
};
