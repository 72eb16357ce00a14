import type { Command, LintRule } from '../rule.js';
import { cmdHasArgs, hasAnyFlag, insertAfter, runUnits } from './helpers-b.js';

const INSTALLS = ['install', 'groupinstall', 'localinstall'];
const forgotYes = (c: Command) =>
  cmdHasArgs(c, ['dnf', 'microdnf'], INSTALLS) && !hasAnyFlag(c, ['y', 'assumeyes']);

/** DL3038: dnf stops to ask without `-y` (https://github.com/hadolint/hadolint/wiki/DL3038). */
export const DL3038: LintRule = {
  meta: {
    id: 'DL3038',
    title: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
    severity: 'warning',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3038'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(forgotYes);
      if (!bad) return [];
      const fix = insertAfter(ctx, u.instr, bad, INSTALLS, ' -y', 'add -y');
      const message = 'Use the -y switch to avoid manual input `dnf install -y <package>`';
      return [ctx.finding(DL3038.meta, bad, message, { fix })];
    });
  },
};
