import type { Command, Instr, LintRule, ShellArg } from '../rule.js';
import { argsNoFlags, atCommand, cmdHasArgs, expandedWords, runUnits } from './helpers-b.js';

const installs = (c: Command) => cmdHasArgs(c, ['zypper'], ['install', 'in']);
const pinnedWord = (p: string) => /[=<>]/.test(p) || p.endsWith('.rpm');

function pinned(arg: ShellArg, instr: Instr): boolean {
  const words = expandedWords(arg, instr);
  return words ? words.every(pinnedWord) : pinnedWord(arg.text);
}

function unpinned(c: Command, instr: Instr): boolean {
  if (!installs(c)) return false;
  return argsNoFlags(c).some((a) => a.text !== 'install' && a.text !== 'in' && !pinned(a, instr));
}

/** DL3037: unpinned zypper packages make builds unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3037). */
export const DL3037: LintRule = {
  meta: {
    id: 'DL3037',
    title: 'Specify version with `zypper install -y <package>=<version>`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3037'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find((c) => unpinned(c, u.instr));
      return bad
        ? [atCommand(ctx, DL3037.meta, bad, 'Specify version with `zypper install -y <package>=<version>`.')]
        : [];
    });
  },
};
