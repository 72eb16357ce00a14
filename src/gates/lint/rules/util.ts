import type { Finding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { argsNoFlags, type Command, type Flag, type Instr, type ShellArg } from '../parse/index.js';
import type { LintContext, RunCommand } from '../rule.js';

/** Archive suffixes hadolint treats as archives (ADD extracts them, COPY does not). */
export const ARCHIVE_SUFFIXES = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz',
];

export function dropQuotes(text: string): string {
  return text.replace(/^["']+|["']+$/g, '');
}

export function isArchive(path: string): boolean {
  const p = dropQuotes(path);
  return ARCHIVE_SUFFIXES.some((s) => p.endsWith(s));
}

/** hadolint's `cmdHasArgs`: the command is `name` (one of `names`) and has any of `args` as an argument. */
export function isCommand(cmd: Command, names: string | readonly string[], ...args: string[]): boolean {
  if (typeof names === 'string' ? cmd.name !== names : !names.includes(cmd.name)) return false;
  return args.length === 0 || cmd.args.some((a) => args.includes(a.text));
}

/** Commands of RUNs, top-level only or with ONBUILD triggers (hadolint's `onbuild` wrapper). */
export function runCommands(ctx: LintContext, withOnbuild: boolean): readonly RunCommand[] {
  return withOnbuild ? ctx.commands : ctx.commands.filter((c) => !c.instr.onbuild);
}

/** A finding at a command's range. */
export function atCommand(ctx: LintContext, meta: RuleMeta, rc: RunCommand, message: string): Finding {
  return ctx.finding(meta, rc.command, message);
}

/** Arguments that are not flags and not a flag's value, minus the sub-command words. */
export function operands(
  cmd: Command,
  valued: readonly string[],
  subcommands: readonly string[],
): ShellArg[] {
  return argsNoFlags(cmd, valued).filter((a) => !subcommands.includes(a.text));
}

/** Instructions of one keyword, optionally with the triggers of ONBUILD. */
export function instructionsOf(ctx: LintContext, keyword: string, withOnbuild = false): Instr[] {
  return (withOnbuild ? ctx.withTriggers : ctx.instructions).filter((i) => i.keyword === keyword);
}

export function flag(instr: Instr, name: string): Flag | undefined {
  return instr.flags.find((f) => f.name.toLowerCase() === name);
}

/** `--mount` options of a RUN as key→value maps. */
export function mounts(instr: Instr): Map<string, string>[] {
  return instr.flags
    .filter((f) => f.name === 'mount' && f.value !== undefined)
    .map(
      (f) =>
        new Map(
          (f.value ?? '').split(',').map((kv) => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv, 'true'] : [kv.slice(0, eq).toLowerCase(), kv.slice(eq + 1)];
          }),
        ),
    );
}

/** True when a cache or tmpfs mount's target contains `fragment`. */
export function hasCacheMount(instr: Instr, fragment: string): boolean {
  return mounts(instr).some((m) => {
    const type = m.get('type');
    const target = m.get('target') ?? m.get('dst') ?? m.get('destination') ?? '';
    return (type === 'cache' || type === 'tmpfs') && target.includes(fragment);
  });
}

/** The first item per instruction: hadolint reports a rule once per instruction. */
export function oncePerInstruction<T extends { instr: Instr }>(items: readonly T[]): T[] {
  const seen = new Set<Instr>();
  return items.filter((i) => {
    if (seen.has(i.instr)) return false;
    seen.add(i.instr);
    return true;
  });
}

const SIMPLE_REF = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/;

/**
 * The words an argument stands for. A literal gives itself; `$VAR` / `${VAR}` gives the words of
 * the value assigned earlier in the same script, or of the ARG/ENV in scope; anything else that
 * cannot be known gives no words, so rules neither pass nor fail it on a guess.
 */
export function argWords(rc: RunCommand, arg: ShellArg): string[] {
  if (!arg.dynamic) return [arg.text];
  const m = SIMPLE_REF.exec(arg.text);
  if (!m) return [];
  const name = m[1];
  const assigned = rc.script.assignments.filter((a) => a.name === name && a.at < rc.command.start).at(-1);
  const value = assigned ? assigned.value : rc.instr.scope.get(name);
  if (value === undefined || value.includes('$')) return [];
  return value.split(/\s+/).filter(Boolean);
}

/** Commands for which `packagesOf` names something, with those packages; no work for the rest. */
export function commandsWithPackages(
  rcs: readonly RunCommand[],
  packagesOf: (rc: RunCommand) => string[],
): (RunCommand & { packages: string[] })[] {
  const out: (RunCommand & { packages: string[] })[] = [];
  for (const rc of rcs) {
    const packages = packagesOf(rc);
    if (packages.length > 0) out.push({ ...rc, packages });
  }
  return out;
}
