import type { LintRule, RunCommand } from '../rule.js';
import {
  argWords,
  commandsWithPackages,
  isCommand,
  oncePerInstruction,
  operands,
  runCommands,
} from './util.js';

/** `apt-get install` operands that are not pinned (`pkg=ver`, `pkg/release`, `./file.deb`). */
export function unpinnedAptPackages(rc: RunCommand): string[] {
  if (!isCommand(rc.command, 'apt-get', 'install')) return [];
  return operands(
    rc.command,
    ['t', 'target-release', 'default-release', 'o', 'option', 'c', 'config-file', 'a', 'host-architecture'],
    ['install'],
  )
    .flatMap((a) => argWords(rc, a))
    .filter((p) => !(p.includes('=') || p.includes('/') || p.endsWith('.deb')));
}

/**
 * DL3008: unpinned apt packages make the build give different images over time. Packages held in
 * a variable are resolved from the script or ARG/ENV first; unresolvable ones are not reported.
 */
export const DL3008: LintRule = {
  meta: {
    id: 'DL3008',
    title: 'Pin versions in apt-get install',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3008'],
  },
  check(ctx) {
    const hits = commandsWithPackages(runCommands(ctx, true), unpinnedAptPackages);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3008.meta,
        h.command,
        `Pin versions in apt get install. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\` (${h.packages.join(', ')})`,
        { data: { packages: h.packages } },
      ),
    );
  },
};
