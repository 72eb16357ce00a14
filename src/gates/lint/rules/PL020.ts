import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';

/** PL020: protocols in EXPOSE are lower case (BuildKit `ExposeProtoCasing`). */
export const PL020: LintRule = {
  meta: {
    id: 'PL020',
    title: 'Protocol in EXPOSE should be lowercase',
    severity: 'style',
    gate: 'lint',
    fixable: true,
    equivalents: ['buildkit:ExposeProtoCasing'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'EXPOSE')
      .flatMap((i) =>
        words(i.args).filter((w) => /\/[A-Za-z]+$/.test(w.text) && w.text !== w.text.toLowerCase()),
      )
      .map((w) =>
        ctx.finding(PL020.meta, w, `Defined protocol '${w.text}' in EXPOSE instruction should be lowercase`, {
          fix: ctx.fix('lower-case the protocol', [
            { start: w.start, end: w.end, newText: w.text.toLowerCase() },
          ]),
        }),
      );
  },
};
