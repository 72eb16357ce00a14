import type { Command, Instr, LintRule, ShellScript } from '../rule.js';
import { baseName, flagParts } from './helpers-b.js';

/** SHELL argv runs bash, zsh or ash with `-o pipefail`. */
function shellHasPipefail(shell: readonly string[]): boolean {
  if (!['bash', 'zsh', 'ash'].includes(baseName(shell[0] ?? ''))) return false;
  const cmd: Command = {
    name: shell[0],
    args: shell.slice(1).map((text) => ({ text, start: 0, end: 0, dynamic: false })),
    start: 0,
    end: 0,
    prefixAssignments: [],
  };
  return flagParts(cmd).some((f) => f.flag === 'o') && shell.includes('pipefail');
}

/** Offset of the first `set -o pipefail` (also `set -euo pipefail`) in a script, or Infinity. */
function pipefailAt(script: ShellScript): number {
  const set = script.commands.find(
    (c) =>
      c.name === 'set' &&
      flagParts(c).some((f) => f.flag === 'o') &&
      c.args.some((a) => a.text === 'pipefail'),
  );
  return set ? set.start : Number.POSITIVE_INFINITY;
}

/** Commands that cannot fail in a way pipefail would report, so piping from them needs no guard. */
const HARMLESS_SOURCES = new Set(['echo', 'printf']);

/** True when something other than `echo`/`printf` feeds the pipeline `pipe` joins. */
function needsGuard(script: ShellScript, pipe: { start: number; end: number }): boolean {
  const pipeline = script.pipelines.find((p) =>
    p.some((c, i) => i + 1 < p.length && c.end <= pipe.start && pipe.end <= p[i + 1].start),
  );
  return pipeline?.slice(0, -1).some((c) => !HARMLESS_SOURCES.has(c.name)) ?? false;
}

/** The first pipe that runs without pipefail, if any. */
function unguardedPipe(instr: Instr): { start: number; end: number } | undefined {
  if (shellHasPipefail(instr.shell)) return undefined;
  for (const script of instr.scripts) {
    const guard = pipefailAt(script);
    const pipe = script.pipes.find((p) => p.start < guard && needsGuard(script, p));
    if (pipe) return pipe;
  }
  return undefined;
}

/**
 * DL4006: without pipefail a pipeline's status is its last command's, so `curl … | tar x` passes
 * when the download fails. A SHELL with `-o pipefail` (also one inherited from a parent stage) or
 * `set -o pipefail` earlier in the same script (heredocs included) guards the pipe. Pipes fed only
 * by `echo`/`printf` (`echo "$sum  f" | sha256sum -c -`) need no guard and are not reported; the
 * `|` between case patterns is not a pipe.
 */
export const DL4006: LintRule = {
  meta: {
    id: 'DL4006',
    title: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL4006'],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.keyword === 'RUN')
      .flatMap((i) => {
        const pipe = unguardedPipe(i);
        return pipe
          ? [
              ctx.finding(
                DL4006.meta,
                pipe,
                'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
              ),
            ]
          : [];
      });
  },
};
