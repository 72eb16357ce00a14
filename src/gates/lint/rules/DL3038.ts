import type { Command, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, hasAnyFlag, runUnits } from './helpers-b.js';

const forgotYes = (c: Command) =>
  cmdHasArgs(c, ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall']) &&
  !hasAnyFlag(c, ['y', 'assumeyes']);

/** DL3038: dnf stops to ask without `-y` (https://github.com/hadolint/hadolint/wiki/DL3038). */
export const DL3038: LintRule = {
  meta: {
    id: 'DL3038',
    title: 'Use the -y switch to avoid manual input `dnf install -y <package>`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3038'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(forgotYes);
      return bad
        ? [
            atCommand(
              ctx,
              DL3038.meta,
              bad,
              'Use the -y switch to avoid manual input `dnf install -y <package>`',
            ),
          ]
        : [];
    });
  },
};
