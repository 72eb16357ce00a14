import type { Instr, LintRule } from '../rule.js';
import { topRunUnits } from './helpers-b.js';

/** The RUN flags that make two RUNs impossible to merge when they differ. */
function flagKey(instr: Instr): string {
  return instr.flags
    .filter((f) => ['mount', 'network', 'security'].includes(f.name))
    .map((f) => `${f.name}=${f.value ?? ''}`)
    .sort()
    .join('\n');
}

/**
 * DL3059: consecutive one-command RUNs each add a layer (hadolint counts each command twice and
 * compares with 2, so a RUN of two commands starts over). RUNs with different
 * `--mount`/`--network`/`--security` flags, or with heredoc scripts, are left alone.
 */
export const DL3059: LintRule = {
  meta: {
    id: 'DL3059',
    title: 'Multiple consecutive `RUN` instructions',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3059'],
  },
  check(ctx) {
    const counts = new Map(topRunUnits(ctx).map((u) => [u.instr, u.commands.length]));
    const out = [];
    let prev: Instr | undefined;
    for (const instr of ctx.instructions) {
      if (instr.keyword !== 'RUN' || instr.heredocs.length > 0) {
        prev = undefined;
        continue;
      }
      const n = counts.get(instr) ?? 0;
      if (prev && flagKey(prev) === flagKey(instr) && n <= 1 && (counts.get(prev) ?? 0) <= 1)
        out.push(
          ctx.finding(
            DL3059.meta,
            { start: instr.start, end: instr.end },
            'Multiple consecutive `RUN` instructions. Consider consolidation.',
          ),
        );
      prev = instr;
    }
    return out;
  },
};
