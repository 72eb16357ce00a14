import type { LintRule } from '../rule.js';

/** PL016: stage names are case-insensitive, so lower case avoids confusion (BuildKit `StageNameCasing`). */
export const PL016: LintRule = {
  meta: {
    id: 'PL016',
    title: 'Stage names should be lowercase',
    severity: 'style',
    gate: 'lint',
    equivalents: ['buildkit:StageNameCasing'],
  },
  check(ctx) {
    return ctx.stages
      .filter((s) => s.aliasWord && s.aliasWord.text !== s.aliasWord.text.toLowerCase())
      .map((s) =>
        ctx.finding(PL016.meta, s.aliasWord!, `Stage name '${s.aliasWord!.text}' should be lowercase`),
      );
  },
};
