import type { Command, LintRule, ShellArg } from '../rule.js';
import { argsNoFlags, atCommand, cmdHasArgs, runUnits } from './helpers-b.js';

/** The package of `go run` (the word after `run`), or the packages of `go install` / `go get`. */
function packages(commands: readonly Command[]): { cmd: Command; pkg: ShellArg }[] {
  const runs = commands
    .filter((c) => cmdHasArgs(c, ['go'], ['run']))
    .flatMap((cmd) =>
      argsNoFlags(cmd)
        .slice(0, 2)
        .filter((a) => a.text !== 'run')
        .map((pkg) => ({ cmd, pkg })),
    );
  if (runs.length > 0) return runs;
  return commands
    .filter((c) => cmdHasArgs(c, ['go'], ['install', 'get']))
    .flatMap((cmd) =>
      argsNoFlags(cmd)
        .filter((a) => !['install', 'get', 'tool'].includes(a.text))
        .map((pkg) => ({ cmd, pkg })),
    );
}

function pinned(pkg: string): boolean {
  if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.')) return true;
  return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}

/** DL3062: `go install pkg` without `@version` builds whatever the module's default branch holds. */
export const DL3062: LintRule = {
  meta: {
    id: 'DL3062',
    title: 'Pin versions in go',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3062', 'scorecard:Pinned-Dependencies'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = packages(u.commands).find((p) => !pinned(p.pkg.text));
      return bad
        ? [
            atCommand(
              ctx,
              DL3062.meta,
              bad.cmd,
              'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
            ),
          ]
        : [];
    });
  },
};
