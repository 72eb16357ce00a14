import type { LintRule } from '../rule.js';

/**
 * PL014: instruction keywords should share one casing; the majority wins and mixed-case
 * keywords are always reported (BuildKit `ConsistentInstructionCasing`).
 */
export const PL014: LintRule = {
  meta: {
    id: 'PL014',
    title: 'Instructions should use consistent casing',
    severity: 'style',
    gate: 'lint',
    equivalents: ['buildkit:ConsistentInstructionCasing'],
  },
  check(ctx) {
    const all = ctx.withTriggers;
    const lower = all.filter((i) => i.keywordText === i.keywordText.toLowerCase()).length;
    const upper = all.filter((i) => i.keywordText === i.keywordText.toUpperCase()).length;
    const wantUpper = upper >= lower;
    return all
      .filter(
        (i) => i.keywordText !== (wantUpper ? i.keywordText.toUpperCase() : i.keywordText.toLowerCase()),
      )
      .map((i) => {
        return ctx.finding(
          PL014.meta,
          { start: i.start, end: i.start + i.keywordText.length },
          `Command '${i.keywordText}' should match the case of the command majority (${wantUpper ? 'uppercase' : 'lowercase'})`,
        );
      });
  },
};
