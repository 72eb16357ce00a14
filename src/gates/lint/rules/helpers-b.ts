import type { Finding, Fix } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { keyValues, quotedWords } from '../parse/dockerfile.js';
import { expand } from '../parse/vars.js';
import type { Command, Instr, LintContext, ShellArg, Stage } from '../rule.js';

/**
 * Shared helpers for lint B's rules (DL3032–DL4006, PL…). They model hadolint's `Shell.hs`
 * command helpers (https://github.com/hadolint/hadolint/blob/master/src/Hadolint/Shell.hs)
 * over the commands the parser extracts.
 */

/** A RUN (or an ONBUILD RUN trigger) with its simple commands in script order. */
export interface RunUnit {
  instr: Instr;
  commands: Command[];
}

const unitCache = new WeakMap<LintContext, RunUnit[]>();

/**
 * Exec-form RUNs: hadolint parses the joined argv as shell text, so `RUN ["yum", "install", "x"]`
 * is one command `yum install x`. (`["sh", "-c", "…"]` is read as the script it runs instead.)
 */
function execCommand(instr: Instr): Command[] {
  const exec = instr.exec;
  if (!exec || exec.values.length === 0) return [];
  const args: ShellArg[] = exec.values
    .slice(1)
    .map((text) => ({ text, start: exec.start, end: exec.end, dynamic: text.includes('$') }));
  return [{ name: exec.values[0], args, start: exec.start, end: exec.end, prefixAssignments: [] }];
}

/** Every RUN and ONBUILD RUN trigger in file order with its commands. */
export function runUnits(ctx: LintContext): RunUnit[] {
  const cached = unitCache.get(ctx);
  if (cached) return cached;
  const byInstr = new Map<Instr, Command[]>();
  for (const rc of ctx.commands) {
    const list = byInstr.get(rc.instr) ?? [];
    list.push(rc.command);
    byInstr.set(rc.instr, list);
  }
  const units = ctx.withTriggers
    .filter((i) => i.keyword === 'RUN')
    .map((instr) => ({
      instr,
      commands: instr.exec && instr.scripts.length === 0 ? execCommand(instr) : (byInstr.get(instr) ?? []),
    }));
  unitCache.set(ctx, units);
  return units;
}

/** Top-level RUNs only (for rules hadolint does not apply inside ONBUILD). */
export function topRunUnits(ctx: LintContext): RunUnit[] {
  return runUnits(ctx).filter((u) => !u.instr.onbuild);
}

/** hadolint's `cmdsHaveArgs`: the command is one of `names` and any argument equals one of `args`. */
export function cmdHasArgs(cmd: Command, names: readonly string[], args: readonly string[]): boolean {
  return names.includes(cmd.name) && cmd.args.some((a) => args.includes(a.text));
}

/** One flag as hadolint's `getAllFlags` splits it, with the index of the argument it came from. */
export interface FlagPart {
  flag: string;
  index: number;
}

/** `--name=v` gives `name`; `-abc` gives `a`, `b`, `c`; `-` and `--` are not flags. */
export function flagParts(cmd: Command): FlagPart[] {
  const out: FlagPart[] = [];
  cmd.args.forEach((a, index) => {
    const t = a.text;
    if (t === '-' || t === '--') return;
    if (t.startsWith('--')) out.push({ flag: t.slice(2).split('=')[0], index });
    else if (t.startsWith('-')) for (const c of t.slice(1)) out.push({ flag: c, index });
  });
  return out;
}

export function hasAnyFlag(cmd: Command, flags: readonly string[]): boolean {
  return flagParts(cmd).some((f) => flags.includes(f.flag));
}

/** hadolint's `getArgsNoFlags`: the arguments that are not flags (a flag's value stays). */
export function argsNoFlags(cmd: Command): ShellArg[] {
  const flagIndexes = new Set(flagParts(cmd).map((f) => f.index));
  return cmd.args.filter((_a, i) => !flagIndexes.has(i));
}

/** Index of the first command matching `pred`, or -1. */
export function firstIndex(commands: readonly Command[], pred: (c: Command) => boolean): number {
  return commands.findIndex(pred);
}

/**
 * hadolint's "install … then clean" test: passes when no command installs, or when the first
 * cleaning command comes after the first installing command.
 */
export function cleanedAfterInstall(
  commands: readonly Command[],
  installs: (c: Command) => boolean,
  cleans: (c: Command) => boolean,
): boolean {
  const i = firstIndex(commands, installs);
  if (i < 0) return true;
  const c = firstIndex(commands, cleans);
  return c >= 0 && i < c;
}

/** `--mount` options of a RUN as key/value maps. */
export function mounts(instr: Instr): Map<string, string>[] {
  return instr.flags
    .filter((f) => f.name === 'mount' && f.value !== undefined)
    .map((f) => {
      const m = new Map<string, string>();
      for (const part of (f.value ?? '').split(',')) {
        const eq = part.indexOf('=');
        m.set(
          (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(),
          eq < 0 ? '' : part.slice(eq + 1).trim(),
        );
      }
      return m;
    });
}

/** hadolint's `hasCacheOrTmpfsMountWith`: a cache or tmpfs mount whose target contains `fragment`. */
export function hasCacheOrTmpfsMountWith(instr: Instr, fragment: string): boolean {
  return mounts(instr).some((m) => {
    const type = m.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = m.get('target') ?? m.get('dst') ?? m.get('destination') ?? '';
    return target.includes(fragment);
  });
}

/**
 * The words a dynamic argument stands for when every variable in it has a known value in the
 * instruction's scope (`apt-get install $PACKAGES` with `ENV PACKAGES="a=1 b=2"`); otherwise undefined.
 */
export function expandedWords(arg: ShellArg, instr: Instr): string[] | undefined {
  if (!arg.dynamic || /\$\(|`/.test(arg.text)) return undefined;
  const e = expand(arg.text, instr.scope);
  if (!e.complete || e.undefinedNames.length > 0) return undefined;
  return e.value.split(/\s+/).filter(Boolean);
}

/** True when the argument references a variable declared (ARG or ENV) in the instruction's scope. */
export function referencesDeclared(arg: ShellArg, instr: Instr): boolean {
  for (const m of arg.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (instr.scope.has(m[1])) return true;
  return false;
}

/** A finding for `meta` at the command that broke the rule. */
export function atCommand(ctx: LintContext, meta: RuleMeta, cmd: Command, message: string): Finding {
  return ctx.finding(meta, cmd, message);
}

/** `key=value` pairs of an ENV/ARG/LABEL with their file offsets. */
export const pairs = keyValues;

/** Strips one pair of surrounding quotes. */
export function dropQuotes(s: string): string {
  return s.replace(/^(["'])(.*)\1$/, '$2');
}

/** The name hadolint keys a stage by: its alias, else its image name. */
export function stageKey(stage: Stage): string {
  return stage.alias ?? stage.image.toLowerCase();
}

/** COPY/ADD sources and destination (exec form or shell form, heredoc markers kept as sources). */
export function copyPaths(instr: Instr): {
  sources: { text: string; start: number; end: number }[];
  dest?: { text: string; start: number; end: number };
} {
  if (instr.exec) {
    const vals = instr.exec.values.map((text) => ({ text, start: instr.exec!.start, end: instr.exec!.end }));
    return { sources: vals.slice(0, -1), dest: vals.at(-1) };
  }
  const firstLine = { text: instr.args.text.split('\n')[0], offsets: instr.args.offsets };
  const ws = quotedWords(firstLine);
  return { sources: ws.slice(0, -1), dest: ws.at(-1) };
}

/** The value of a `--name=value` instruction flag. */
export function flagValueOf(instr: Instr, name: string): string | undefined {
  return instr.flags.find((f) => f.name === name)?.value;
}

/** Basename of a path (`/usr/bin/bash` → `bash`). */
export function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/**
 * A fix that inserts `text` right after the first argument of `cmd` equal to one of `after`
 * (or after the command name when `after` is empty). None for exec-form RUNs, whose argv
 * positions are not separate.
 */
export function insertAfter(
  ctx: LintContext,
  instr: Instr,
  cmd: Command,
  after: readonly string[],
  text: string,
  description: string,
): Fix | undefined {
  if (instr.exec) return undefined;
  const at =
    after.length === 0 ? cmd.start + cmd.name.length : cmd.args.find((a) => after.includes(a.text))?.end;
  if (at === undefined || ctx.dockerfile.text.slice(cmd.start, cmd.start + cmd.name.length) !== cmd.name)
    return undefined;
  return ctx.fix(description, [{ start: at, end: at, newText: text }]);
}
