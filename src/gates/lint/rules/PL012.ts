import { AUTOMATIC_ARGS, expand } from '../parse/vars.js';
import type { LintRule } from '../rule.js';
import { suggestion } from './buildkit-vars.js';

/** PL012: FROM uses a variable that no ARG before the first FROM declares (BuildKit `UndefinedArgInFrom`). */
export const PL012: LintRule = {
  meta: {
    id: 'PL012',
    title: 'FROM command must use declared ARGs',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['buildkit:UndefinedArgInFrom'],
  },
  check(ctx) {
    return ctx.stages.flatMap((s) => {
      const text = ctx.dockerfile.text.slice(s.from.keywordEnd, s.from.end);
      const names = [
        ...expand(s.image, s.from.scope).undefinedNames,
        ...expand(s.platform?.value ?? '', s.from.scope).undefinedNames,
      ];
      return [...new Set(names)].map((name) => {
        const m = new RegExp(`\\$(\\{${name}[^}]*\\}|${name}\\b)`).exec(text);
        const at = m ? m.index : -1;
        const start = s.from.keywordEnd + Math.max(at, 0);
        const near = suggestion(name, [...ctx.dockerfile.globalArgs.keys(), ...AUTOMATIC_ARGS]);
        const hint = near ? ` (did you mean ${near}?)` : '';
        return ctx.finding(
          PL012.meta,
          { start, end: m ? start + m[0].length : s.from.end },
          `FROM argument '${name}' is not declared${hint}`,
        );
      });
    });
  },
};
