import type { Command, Instr, LintRule, ShellArg } from '../rule.js';
import { argsNoFlags, atCommand, cmdHasArgs, runUnits } from './helpers-b.js';
import { rpmPinned } from './rpm-version.js';

const installs = (c: Command) => cmdHasArgs(c, ['yum'], ['install']);

/** The packages of `yum install` and `yum module install` with whether each is pinned. */
function unpinned(c: Command, instr: Instr): ShellArg | undefined {
  if (!installs(c)) return undefined;
  const module = cmdHasArgs(c, ['yum'], ['module']);
  const pkgs = argsNoFlags(c).filter((a) => a.text !== 'install' && a.text !== 'module');
  return pkgs.find((a) => !rpmPinned(a, instr, module));
}

/** DL3033: unpinned yum packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3033). */
export const DL3033: LintRule = {
  meta: {
    id: 'DL3033',
    title: 'Specify version with `yum install -y <package>-<version>`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3033'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find((c) => unpinned(c, u.instr));
      return bad
        ? [atCommand(ctx, DL3033.meta, bad, 'Specify version with `yum install -y <package>-<version>`.')]
        : [];
    });
  },
};
