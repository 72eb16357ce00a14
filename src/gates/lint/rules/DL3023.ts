import type { LintRule } from '../rule.js';
import { dropQuotes, flag } from './util.js';

/** DL3023: a stage cannot copy from itself. */
export const DL3023: LintRule = {
  meta: {
    id: 'DL3023',
    title: 'COPY --from cannot reference its own FROM alias',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3023', 'trivy:DS-0006'],
  },
  check(ctx) {
    return ctx.instructions.flatMap((i) => {
      const from = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
      const own = ctx.stages[i.stage]?.alias;
      if (!from?.value || !own || dropQuotes(from.value).toLowerCase() !== own) return [];
      return [ctx.finding(DL3023.meta, from, '`COPY --from` cannot reference its own `FROM` alias')];
    });
  },
};
