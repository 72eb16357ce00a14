import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';

/** PL015: `AS` in FROM should have the casing of `FROM` (BuildKit `FromAsCasing`). */
export const PL015: LintRule = {
  meta: {
    id: 'PL015',
    title: "The 'as' keyword should match the case of the 'from' keyword",
    severity: 'style',
    gate: 'lint',
    equivalents: ['buildkit:FromAsCasing'],
  },
  check(ctx) {
    return ctx.stages.flatMap((s) => {
      const as = words(s.from.args)[1];
      if (as?.text.toLowerCase() !== 'as') return [];
      const fromUpper = s.from.keywordText === s.from.keywordText.toUpperCase();
      const fromLower = s.from.keywordText === s.from.keywordText.toLowerCase();
      if (!fromUpper && !fromLower) return [];
      if ((fromUpper && as.text === 'AS') || (fromLower && as.text === 'as')) return [];
      return [
        ctx.finding(PL015.meta, as, `'${as.text}' and '${s.from.keywordText}' keywords' casing do not match`),
      ];
    });
  },
};
