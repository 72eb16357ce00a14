import type { Command, Instr, LintContext, LintRule, ShellScript, Stage } from '../rule.js';
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

/** The SHELL argv in force at the end of a stage, following `FROM <stage>` chains. */
function endShell(ctx: LintContext, stage: Stage | undefined, depth = 0): string[] | undefined {
  if (!stage || depth > ctx.stages.length) return undefined;
  const last = stage.instructions.filter((i) => i.keyword === 'SHELL' && i.exec?.values.length).at(-1);
  if (last) return last.exec!.values;
  const parent = ctx.stages.find((s) => s.index < stage.index && s.alias === stage.image.toLowerCase());
  return endShell(ctx, parent, depth + 1);
}

/**
 * The shell a RUN runs with: the parser's, or, when no SHELL in its own stage came first, the
 * one its parent stage ended with.
 */
function shellOf(ctx: LintContext, instr: Instr): readonly string[] {
  const stage = ctx.stages[instr.stage];
  if (!stage) return instr.shell;
  const before = stage.instructions.slice(0, stage.instructions.indexOf(instr));
  if (before.some((i) => i.keyword === 'SHELL')) return instr.shell;
  const parent = ctx.stages.find((s) => s.index < stage.index && s.alias === stage.image.toLowerCase());
  return endShell(ctx, parent) ?? instr.shell;
}

/** Commands that cannot fail in a way pipefail would report, so piping from them needs no guard. */
const HARMLESS_SOURCES = new Set(['echo', 'printf']);

/**
 * True when `pipe` needs pipefail: it joins two commands of a pipeline (a `|` between case
 * patterns does not) and something other than `echo`/`printf` feeds the pipeline.
 */
function needsGuard(script: ShellScript, pipe: { start: number; end: number }): boolean {
  const pipeline = script.pipelines.find((p) =>
    p.some((c, i) => i + 1 < p.length && c.end <= pipe.start && pipe.end <= p[i + 1].start),
  );
  return pipeline?.slice(0, -1).some((c) => !HARMLESS_SOURCES.has(c.name)) ?? false;
}

/** The first pipe that runs without pipefail, if any. */
function unguardedPipe(ctx: LintContext, instr: Instr): { start: number; end: number } | undefined {
  if (shellHasPipefail(shellOf(ctx, instr))) return undefined;
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
 * by `echo`/`printf` (`echo "$sum  f" | sha256sum -c -`) need no guard and are not reported, nor
 * is the `|` between case patterns.
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
        const pipe = unguardedPipe(ctx, i);
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
