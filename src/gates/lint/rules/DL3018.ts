import type { LintRule, RunCommand } from '../rule.js';
import {
  argWords,
  commandsWithPackages,
  isCommand,
  oncePerInstruction,
  operands,
  runCommands,
} from './util.js';

/** Unpinned `apk add` packages (pinned: `pkg=ver`, `pkg~ver`, `pkg>ver`, `pkg<ver`, `./file.apk`). */
export function unpinnedApkPackages(rc: RunCommand): string[] {
  if (!isCommand(rc.command, 'apk', 'add')) return [];
  return operands(
    rc.command,
    [
      't',
      'virtual',
      'repository',
      'X',
      'p',
      'root',
      'keys-dir',
      'cache-dir',
      'cache-max-age',
      'arch',
      'repositories-file',
      'timeout',
    ],
    ['add'],
  )
    .flatMap((a) => argWords(rc, a))
    .filter((p) => !(/[=~<>]/.test(p) || p.endsWith('.apk')));
}

/** DL3018: unpinned apk packages give a different image on every build. */
export const DL3018: LintRule = {
  meta: {
    id: 'DL3018',
    title: 'Pin versions in apk add',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3018'],
  },
  check(ctx) {
    const hits = commandsWithPackages(runCommands(ctx, true), unpinnedApkPackages);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3018.meta,
        h.command,
        `Pin versions in apk add. Instead of \`apk add <package>\` use \`apk add <package>=<version>\` (${h.packages.join(', ')})`,
        { data: { packages: h.packages } },
      ),
    );
  },
};
