import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { instructionsOf } from './util.js';

/** True when an EXPOSE word names a port or range beyond 65535. Words with variables are not judged. */
export function portOutOfRange(word: string): boolean {
  if (word.includes('$')) return false;
  const port = word.split('/')[0].split(':').pop() ?? '';
  return port.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
}

/** DL3011: a port outside 0–65535 cannot be exposed. */
export const DL3011: LintRule = {
  meta: {
    id: 'DL3011',
    title: 'Valid UNIX ports range from 0 to 65535',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3011', 'trivy:DS-0008'],
  },
  check(ctx) {
    return instructionsOf(ctx, 'EXPOSE').flatMap((i) =>
      words(i.args)
        .filter((w) => portOutOfRange(w.text))
        .slice(0, 1)
        .map((w) => ctx.finding(DL3011.meta, w, 'Valid UNIX ports range from 0 to 65535')),
    );
  },
};
