import type { Command, LintRule } from '../rule.js';
import { hasAnyFlag, insertAfter, runUnits } from './helpers-b.js';

const QUIET = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];
const forgot = (c: Command) =>
  c.name === 'wget' && !hasAnyFlag(c, QUIET) && !c.args.some((a) => a.text === '-nv');

/** DL3047: wget's default progress bar floods build logs (https://github.com/hadolint/hadolint/wiki/DL3047). */
export const DL3047: LintRule = {
  meta: {
    id: 'DL3047',
    title: 'Avoid use of wget without progress bar',
    severity: 'info',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3047'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(forgot);
      if (!bad) return [];
      const fix = insertAfter(ctx, u.instr, bad, [], ' --progress=dot:giga', 'add --progress=dot:giga');
      const message =
        'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).';
      return [ctx.finding(DL3047.meta, bad, message, { fix })];
    });
  },
};
