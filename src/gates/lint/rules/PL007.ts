import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';
import { dropQuotes } from './helpers-b.js';

const SYSTEM_DIRS = /^\/(proc|boot|dev|initrd|lost\+found|sys)(\/|$)/;

/** PL007: WORKDIR on a kernel or boot directory writes into places the runtime mounts over. */
export const PL007: LintRule = {
  meta: {
    id: 'PL007',
    title: 'WORKDIR on a system directory',
    severity: 'error',
    gate: 'lint',
    equivalents: ['trivy:DS-0030'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'WORKDIR')
      .flatMap((i) => {
        const w = words(i.args)[0];
        return w && SYSTEM_DIRS.test(dropQuotes(w.text))
          ? [ctx.finding(PL007.meta, w, `WORKDIR ${dropQuotes(w.text)} is a system directory`)]
          : [];
      });
  },
};
