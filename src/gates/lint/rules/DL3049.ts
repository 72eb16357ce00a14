import type { LintRule } from '../rule.js';
import { flagValueOf, pairs } from './helpers-b.js';

/**
 * DL3049: a label the `label-schema` requires is missing from a stage. A stage built `FROM` a
 * labelled stage inherits its labels; a stage used only by `COPY --from` is not reported.
 */
export const DL3049: LintRule = {
  meta: {
    id: 'DL3049',
    title: 'Label is missing',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3049'],
  },
  check(ctx) {
    const out = [];
    for (const label of Object.keys(ctx.settings.labelSchema)) {
      const good = new Set<number>();
      const bad = new Set<number>();
      for (const stage of ctx.stages) {
        const base = stage.image.toLowerCase();
        const inherits = [...good].some((g) => ctx.stages[g].alias === base);
        (inherits ? good : bad).add(stage.index);
        for (const instr of stage.instructions) {
          if (instr.keyword === 'LABEL' && pairs(instr).some((kv) => kv.key === label)) {
            good.add(stage.index);
            bad.delete(stage.index);
          }
          const from = instr.keyword === 'COPY' ? flagValueOf(instr, 'from')?.toLowerCase() : undefined;
          if (from) for (const b of [...bad]) if (ctx.stages[b].alias === from) bad.delete(b);
        }
      }
      for (const b of bad) {
        const from = ctx.stages[b].from;
        out.push(
          ctx.finding(DL3049.meta, { start: from.start, end: from.end }, `Label \`${label}\` is missing.`),
        );
      }
    }
    return out;
  },
};
