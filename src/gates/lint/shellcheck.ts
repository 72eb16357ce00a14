import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { compareFindings, type Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { heredocShell, isNonPosix } from './parse/dockerfile.js';
import type { Mapped } from './parse/text.js';
import type { Instr, LintContext } from './rule.js';

/**
 * ShellCheck over RUN scripts, built the way hadolint builds them
 * (https://github.com/hadolint/hadolint/blob/master/src/Hadolint/Shell.hs): a shebang naming the
 * shell (SHELL's first word, `/bin/sh` by default), one `export NAME=1` line per ARG/ENV name in
 * scope so that SC2154 knows them, then the script. SC2187, SC1090 and SC1091 are excluded as in
 * hadolint. Positions map back to the Dockerfile through the parser's offset maps.
 */

/** Codes hadolint never reports: ash-as-dash, and `source` targets a Dockerfile cannot point at. */
export const HADOLINT_EXCLUDED = ['SC2187', 'SC1090', 'SC1091'];

/** Shebangs hadolint lets ShellCheck read; any other shebang skips the script. */
const SUPPORTED_SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+)?(?:\/bin\/|\/usr\/bin\/)?(sh|bash|ksh)\b/;
const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'ksh', 'mksh', 'busybox']);

/** One script handed to ShellCheck, with the way back from its lines to the Dockerfile. */
export interface ShellcheckScript {
  instr: Instr;
  text: string;
  /** For each 0-based script line: the mapped text and the index of the line's start in it; null for lines we added. */
  lines: ({ source: Mapped; at: number } | null)[];
}

export interface ShellcheckOptions {
  /** The binary to run; default `shellcheck` from PATH. */
  binary?: string;
  /** More SC codes to leave out (for example the config's `ignored`). */
  exclude?: string[];
  /** Results to reuse across the files of one run; without it every script is checked. */
  cache?: ShellcheckCache;
}

export interface ShellcheckResult {
  findings: Finding[];
  /** Set when ShellCheck is not installed: the SC rules were skipped. */
  skipped?: string;
  /** Set when ShellCheck ran but failed; the caller reports it as a gate error. */
  error?: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Builds one script: `head` lines we add, then `body` (whose lines map back to `source`). */
function build(
  instr: Instr,
  shebang: string,
  names: string[],
  source: Mapped,
  bodyFrom: number,
): ShellcheckScript {
  const added = [shebang, ...names.map((n) => `export ${n}=1`)];
  const body = source.text.slice(bodyFrom);
  const lines: ShellcheckScript['lines'] = added.map(() => null);
  for (const start of lineStarts(body)) lines.push({ source, at: bodyFrom + start });
  return { instr, text: `${added.join('\n')}\n${body}`, lines };
}

/** Names exported into every script: the ARG and ENV names (and proxy variables) in scope. */
function exportedNames(instr: Instr): string[] {
  return [...instr.scope.keys()].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).sort();
}

/** The scripts of one RUN: its shell-form text and the heredoc bodies a shell reads. */
export function scriptsOf(instr: Instr): ShellcheckScript[] {
  if (instr.keyword !== 'RUN' || instr.exec || isNonPosix(instr.shell)) return [];
  const shell = instr.shell[0] ?? '/bin/sh';
  if (/pwsh|powershell|cmd/i.test(shell)) return [];
  const names = exportedNames(instr);
  const firstLine = instr.args.text.split('\n')[0];
  const command = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim();
  const out: ShellcheckScript[] = [];
  if (command !== '') out.push(build(instr, `#!${shell}`, names, instr.args, 0));
  for (const h of instr.heredocs) {
    const body = h.body;
    const shebang = /^#![^\n]*/.exec(body.text)?.[0];
    if (shebang) {
      if (!SUPPORTED_SHEBANG.test(shebang)) continue;
      const next = body.text.indexOf('\n');
      out.push(build(instr, shebang, names, body, next < 0 ? body.text.length : next + 1));
      continue;
    }
    const reader = heredocShell(instr, h);
    if (reader === '') out.push(build(instr, `#!${shell}`, names, body, 0));
    else if (reader && SHELL_NAMES.has(reader))
      out.push(build(instr, `#!/bin/${reader === 'busybox' ? 'ash' : reader}`, names, body, 0));
  }
  return out;
}

/** One comment of ShellCheck's json1 output. */
export interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Metadata for an SC code, so SC findings carry a docs link like DL ones. */
export function shellcheckMeta(code: string, severity: Severity, message: string): RuleMeta {
  return {
    id: code,
    title: message,
    severity,
    gate: 'lint',
    helpUri: `https://www.shellcheck.net/wiki/${code}`,
    equivalents: [`hadolint:${code}`, `shellcheck:${code}`],
  };
}

/** File offset of a 1-based script line and column, or undefined on a line we added. */
function offsetIn(script: ShellcheckScript, line: number, column: number): number | undefined {
  const l = script.lines[line - 1];
  if (!l) return undefined;
  const idx = Math.min(l.at + column - 1, l.source.text.length);
  return l.source.offsets[idx];
}

/** Turns ShellCheck's json1 comments into findings at Dockerfile positions. */
export function mapComments(
  ctx: LintContext,
  scripts: ShellcheckScript[],
  comments: Json1Comment[],
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const c of comments) {
    const script = scripts[Number(/s(\d+)\.sh$/.exec(c.file)?.[1] ?? -1)];
    if (!script) continue;
    const start = offsetIn(script, c.line, c.column);
    if (start === undefined) continue;
    const end = offsetIn(script, c.endLine, c.endColumn) ?? start;
    const code = `SC${c.code}`;
    const key = `${code}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = LEVELS[c.level] ?? 'error';
    out.push(
      ctx.finding(shellcheckMeta(code, severity, c.message), { start, end: Math.max(end, start) }, c.message),
    );
  }
  return out;
}

/** A hung shellcheck must not hang the gate; the run reports it as an error instead. */
const TIMEOUT_MS = 120_000;

let located: Promise<string | undefined> | undefined;

/** The shellcheck binary on PATH, looked up once per process. */
export function findShellcheck(binary = 'shellcheck'): Promise<string | undefined> {
  if (binary !== 'shellcheck') return Promise.resolve(existsSync(binary) ? binary : undefined);
  located ??= Promise.resolve(
    (process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'shellcheck'))
      .find((p) => existsSync(p)),
  );
  return located;
}

function run(
  binary: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT_MS },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(err);
        else resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/**
 * ShellCheck's comments per script text (with the binary and exclusions). Passing one cache to
 * every file of a run means a script seen before (the many near-identical official-image
 * variants) is not checked again; ShellCheck is deterministic, so a hit gives the same findings.
 */
export class ShellcheckCache {
  private readonly entries = new Map<string, Json1Comment[]>();
  constructor(private readonly limit = 500) {}

  get(key: string): Json1Comment[] | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, comments: Json1Comment[]): void {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, comments);
  }
}

/**
 * Runs ShellCheck once over every RUN script of one Dockerfile (ONBUILD RUN included) and maps
 * its findings back; scripts already in `options.cache` are not checked again. Never throws:
 * a missing binary gives `skipped`, a failing one `error`.
 */
export async function shellcheckFindings(
  ctx: LintContext,
  options: ShellcheckOptions = {},
): Promise<ShellcheckResult> {
  const scripts = ctx.withTriggers.flatMap((i) => scriptsOf(i));
  if (scripts.length === 0) return { findings: [] };
  const binary = await findShellcheck(options.binary);
  if (!binary)
    return { findings: [], skipped: 'shellcheck was not found on PATH; the SC rules were skipped' };
  const exclude = [...HADOLINT_EXCLUDED, ...(options.exclude ?? [])]
    .filter((c) => /^SC\d+$/i.test(c))
    .map((c) => c.slice(2));
  const keyOf = (script: ShellcheckScript) => `${binary}\0${exclude.join(',')}\0${script.text}`;
  const cache = options.cache ?? new ShellcheckCache();
  const todo = new Map(scripts.filter((sc) => !cache.has(keyOf(sc))).map((sc) => [keyOf(sc), sc.text]));
  if (todo.size > 0) {
    const dir = await mkdtemp(join(tmpdir(), 'portcullis-sc-'));
    try {
      const keys = [...todo.keys()];
      const files = keys.map((_k, i) => `s${i}.sh`);
      await Promise.all(keys.map((k, i) => writeFile(join(dir, files[i]), todo.get(k)!)));
      const args = ['--norc', '--format=json1', `--exclude=${exclude.join(',')}`, ...files];
      const result = await run(binary, args, dir);
      if (result.code > 1)
        return { findings: [], error: `shellcheck failed (exit ${result.code}): ${result.stderr.trim()}` };
      const parsed = JSON.parse(result.stdout) as { comments?: Json1Comment[] };
      const byFile = keys.map((): Json1Comment[] => []);
      for (const c of parsed.comments ?? []) byFile[Number(/s(\d+)\.sh$/.exec(c.file)?.[1] ?? -1)]?.push(c);
      for (const [i, k] of keys.entries()) cache.set(k, byFile[i]);
    } catch (e) {
      return { findings: [], error: `shellcheck could not run: ${(e as Error).message}` };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const comments = scripts.flatMap((script, i) =>
    (cache.get(keyOf(script)) ?? []).map((c) => ({ ...c, file: `s${i}.sh` })),
  );
  return { findings: mapComments(ctx, scripts, comments).sort(compareFindings) };
}
