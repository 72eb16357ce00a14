import type { LintRule } from '../rule.js';
import { EXPANDED, envFullyKnown, references, suggestion, undefinedIn } from './buildkit-vars.js';
import { pairs } from './helpers-b.js';

/**
 * PL011: an instruction uses a variable no ARG or ENV defines (BuildKit `UndefinedVar`). A base
 * image may define variables we cannot see, so unless the stage is built from scratch only names
 * that look like a typo of a declared one are reported.
 */
export const PL011: LintRule = {
  meta: {
    id: 'PL011',
    title: 'Usage of undefined variable',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['buildkit:UndefinedVar'],
  },
  check(ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    return ctx.instructions
      .filter((i) => i.stage >= 0 && EXPANDED.has(i.keyword))
      .flatMap((instr) => {
        const own =
          instr.keyword === 'ENV' || instr.keyword === 'ARG' ? pairs(instr).map((kv) => kv.key) : [];
        const missing = new Set(
          undefinedIn(instr, escapeChar).filter((n) => !own.includes(n) && n !== 'PATH'),
        );
        const known = envFullyKnown(ctx, ctx.stages[instr.stage]);
        return references(instr, escapeChar)
          .filter((r) => missing.has(r.name))
          .flatMap((r) => {
            const near = suggestion(r.name, [...instr.scope.keys(), ...own]);
            if (!known && !near) return [];
            const hint = near ? ` (did you mean $${near}?)` : '';
            return [ctx.finding(PL011.meta, r, `Usage of undefined variable '$${r.name}'${hint}`)];
          });
      });
  },
};
