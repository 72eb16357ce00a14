import type { Command, LintRule } from '../rule.js';
import { cmdHasArgs, hasAnyFlag, insertAfter, runUnits } from './helpers-b.js';

const SUBCOMMANDS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
const forgotYes = (c: Command) =>
  cmdHasArgs(c, ['zypper'], SUBCOMMANDS) && !hasAnyFlag(c, ['non-interactive', 'n', 'no-confirm', 'y']);

/** DL3034: zypper stops to ask without a non-interactive switch (https://github.com/hadolint/hadolint/wiki/DL3034). */
export const DL3034: LintRule = {
  meta: {
    id: 'DL3034',
    title: 'Non-interactive switch missing from `zypper` command',
    severity: 'warning',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3034'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(forgotYes);
      if (!bad) return [];
      const fix = insertAfter(ctx, u.instr, bad, SUBCOMMANDS, ' -y', 'add -y');
      const message = 'Non-interactive switch missing from `zypper` command: `zypper install -y`';
      return [ctx.finding(DL3034.meta, bad, message, { fix })];
    });
  },
};
