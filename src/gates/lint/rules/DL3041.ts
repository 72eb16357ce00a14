import type { Command, Instr, LintRule, ShellArg } from '../rule.js';
import { argsNoFlags, atCommand, cmdHasArgs, runUnits } from './helpers-b.js';
import { rpmPinned } from './rpm-version.js';

const DNF = ['dnf', 'microdnf'];

function unpinned(c: Command, instr: Instr): ShellArg | undefined {
  if (!cmdHasArgs(c, DNF, ['install'])) return undefined;
  const module = cmdHasArgs(c, DNF, ['module']);
  if (!module && cmdHasArgs(c, DNF, ['group'])) return undefined;
  const pkgs = argsNoFlags(c).filter((a) => a.text !== 'install' && a.text !== 'module');
  return pkgs.find((a) => !rpmPinned(a, instr, module));
}

/** DL3041: unpinned dnf packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3041). */
export const DL3041: LintRule = {
  meta: {
    id: 'DL3041',
    title: 'Specify version with `dnf install -y <package>-<version>`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3041'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find((c) => unpinned(c, u.instr));
      return bad
        ? [atCommand(ctx, DL3041.meta, bad, 'Specify version with `dnf install -y <package>-<version>`.')]
        : [];
    });
  },
};
