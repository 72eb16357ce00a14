import type { LintRule } from '../rule.js';
import { copyPaths, dropQuotes, stageKey } from './helpers-b.js';

function absolute(dest: string): boolean {
  return dest.startsWith('/') || /^[A-Za-z]:/.test(dest) || dest.startsWith('$');
}

/** DL3045: a relative COPY destination depends on the base image's WORKDIR (https://github.com/hadolint/hadolint/wiki/DL3045). */
export const DL3045: LintRule = {
  meta: {
    id: 'DL3045',
    title: '`COPY` to a relative destination without `WORKDIR` set',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3045', 'buildkit:WorkdirRelativePath'],
  },
  check(ctx) {
    const workdirSet = new Map<string, boolean>();
    let current = '';
    const out = [];
    for (const instr of ctx.instructions) {
      if (instr.keyword === 'FROM') {
        const stage = ctx.stages[instr.stage];
        const inherited = workdirSet.get(stage.image.toLowerCase()) ?? false;
        current = stageKey(stage);
        workdirSet.set(current, inherited);
      } else if (instr.keyword === 'WORKDIR') {
        workdirSet.set(current, true);
      } else if (instr.keyword === 'COPY' && !workdirSet.get(current)) {
        const dest = copyPaths(instr).dest;
        if (dest && !absolute(dropQuotes(dest.text)))
          out.push(ctx.finding(DL3045.meta, dest, '`COPY` to a relative destination without `WORKDIR` set.'));
      }
    }
    return out;
  },
};
