import type { LintRule } from '../rule.js';
import { dropQuotes, flag } from './util.js';

/** DL3022: `COPY --from=<name>` must name an earlier stage (or an index, or an image with a tag). */
export const DL3022: LintRule = {
  meta: {
    id: 'DL3022',
    title: 'COPY --from should reference a previously defined FROM alias',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3022'],
  },
  check(ctx) {
    return ctx.instructions.flatMap((i) => {
      const from = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
      if (!from?.value) return [];
      const source = dropQuotes(from.value);
      const soFar = ctx.stages.filter((s) => s.index <= i.stage);
      const known =
        source.includes(':') ||
        source.includes('$') ||
        soFar.some((s) => s.alias === source.toLowerCase()) ||
        (/^\d+$/.test(source) && Number(source) < soFar.length);
      return known
        ? []
        : [
            ctx.finding(
              DL3022.meta,
              from,
              '`COPY --from` should reference a previously defined `FROM` alias',
            ),
          ];
    });
  },
};
