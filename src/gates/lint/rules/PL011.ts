import type { LintRule } from '../rule.js';
import { EXPANDED, envFullyKnown, likelyTypo, references, suggestion, undefinedIn } from './buildkit-vars.js';
import { pairs } from './helpers-b.js';

/**
 * PL011: an instruction uses a variable no ARG or ENV defines (BuildKit `UndefinedVar`). A base
 * image may define variables we cannot see, so unless the stage is built from scratch only names
 * that look like a typo of a declared one (or of PATH), or that are declared later in the stage,
 * are reported.
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
      .filter((i) => i.stage >= 0 && EXPANDED.has(i.keyword) && i.args.text.includes('$'))
      .flatMap((instr) => {
        const own =
          instr.keyword === 'ENV' || instr.keyword === 'ARG' ? pairs(instr).map((kv) => kv.key) : [];
        const missing = new Set(
          undefinedIn(instr, escapeChar).filter((n) => !own.includes(n) && n !== 'PATH'),
        );
        if (missing.size === 0) return [];
        const stage = ctx.stages[instr.stage];
        const known = envFullyKnown(ctx, stage);
        const later = new Set(
          stage.instructions
            .filter((i) => i.start > instr.start && (i.keyword === 'ARG' || i.keyword === 'ENV'))
            .flatMap((i) => pairs(i).map((kv) => kv.key)),
        );
        return references(instr, escapeChar)
          .filter((r) => missing.has(r.name))
          .flatMap((r) => {
            const near = suggestion(r.name, [...instr.scope.keys(), ...own, 'PATH']);
            if (!known && !(near && likelyTypo(r.name, near)) && !later.has(r.name)) return [];
            const hint = near ? ` (did you mean $${near}?)` : '';
            return [ctx.finding(PL011.meta, r, `Usage of undefined variable '$${r.name}'${hint}`)];
          });
      });
  },
};
