import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { LineIndex } from '../../../core/text.js';
import { type ImageRef, parseImage } from './image.js';
import { parseShell, type ShellScript } from './shell.js';
import { chomp, continues, logical, type Mapped, mapped, type Word, words } from './text.js';
import { AUTOMATIC_ARGS, expand, PROXY_ARGS, type Scope } from './vars.js';

export interface Flag {
  name: string;
  value: string | undefined;
  start: number;
  end: number;
}

export interface Heredoc {
  name: string;
  body: Mapped;
  /** Offsets of the `<<NAME` marker. */
  start: number;
  end: number;
  /** False when the file ended before the closing delimiter. */
  terminated: boolean;
}

/** Exec form (`["a", "b"]`) values, reparsed from the raw text so whitespace inside strings survives. */
export interface ExecForm {
  values: string[];
  start: number;
  end: number;
  /** Each value with the file offset of every character inside its JSON string (escapes map to their backslash). */
  spans: Mapped[];
}

export interface Instr {
  /** Upper-case keyword. */
  keyword: string;
  /** Keyword as written (for casing checks). */
  keywordText: string;
  start: number;
  end: number;
  keywordEnd: number;
  flags: Flag[];
  /** Logical arguments after the flags: continuations joined; heredoc bodies kept raw. */
  args: Mapped;
  exec?: ExecForm;
  heredocs: Heredoc[];
  /** Index of the stage, -1 before the first FROM. */
  stage: number;
  /** Variables in scope when this instruction runs (ARG and ENV so far in its stage). */
  scope: Scope;
  /** ONBUILD's trigger instruction. */
  trigger?: Instr;
  /** Set on triggers: the ONBUILD that holds them. */
  onbuild?: Instr;
  /**
   * RUN (and ONBUILD RUN) scripts: the shell-form text, heredoc bodies a shell reads, and the script
   * of an exec-form `["sh", "-c", "…"]`; empty for other exec forms and non-POSIX shells.
   */
  scripts: ShellScript[];
  /** The shell that runs this RUN: SHELL's argv, `/bin/sh -c`, or an exec form's argv up to `-c`. */
  shell: string[];
}

export interface Stage {
  index: number;
  from: Instr;
  image: string;
  ref: ImageRef;
  /** Image text with ARGs expanded; `undefined` when an ARG had no value. */
  resolvedImage?: string;
  alias?: string;
  aliasWord?: Word;
  platform?: Flag;
  instructions: Instr[];
  /** Variables in scope after the stage's last instruction (what a `FROM <this stage>` inherits ENV from). */
  endScope: Scope;
  /** Names set by ENV in this stage or inherited from its parent stage. */
  envNames: Set<string>;
  /** The shell in force after the stage's last instruction. */
  endShell: string[];
}

export interface CommentLine {
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface Directive {
  name: string;
  value: string;
  start: number;
  end: number;
}

export interface DockerfileModel {
  text: string;
  index: LineIndex;
  /** True when the file began with a byte-order mark, which `text` no longer holds. */
  bom: boolean;
  escapeChar: string;
  directives: Directive[];
  instructions: Instr[];
  comments: CommentLine[];
  stages: Stage[];
  /** ARGs declared before the first FROM. */
  globalArgs: Map<string, string | undefined>;
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;

function basename(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** True when a shell argv names a shell ShellCheck and tree-sitter-bash cannot read. */
export function isNonPosix(shell: readonly string[]): boolean {
  return shell.length > 0 && NON_POSIX.test(basename(shell[0]));
}

/**
 * dockerfile-ast reads a line ending in an escaped escape character (`path\\`) as a continuation, unlike
 * BuildKit. Replacing that last character (same length, so every offset holds) hides it.
 */
function maskEscapedEscapes(text: string, escapeChar: string): string {
  if (!(escapeChar === '`' ? /``[ \t\r]*$/m : /\\\\[ \t\r]*$/m).test(text)) return text;
  return text.replace(/[^\n]*/g, (line) => {
    const body = line.replace(/[ \t\r]+$/, '');
    if (!body.endsWith(escapeChar + escapeChar) || continues(line, escapeChar)) return line;
    return body.slice(0, -1) + '_' + line.slice(body.length);
  });
}

function escapeOf(text: string): string {
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl < 0 ? text.length : nl);
    from = nl < 0 ? text.length + 1 : nl + 1;
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(chomp(line));
    if (!m) break;
    if (m[1].toLowerCase() === 'escape') return m[2] === '`' ? '`' : '\\';
  }
  return '\\';
}

const JSON_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The string literals of valid JSON text `m.text[from, to)`, decoded, each character mapped to the file. */
function jsonStrings(m: Mapped, from: number, to: number): Mapped[] {
  const out: Mapped[] = [];
  for (let i = from; i < to; i++) {
    if (m.text[i] !== '"') continue;
    let text = '';
    const offsets: number[] = [];
    for (i++; i < to && m.text[i] !== '"'; i++) {
      offsets.push(m.offsets[i]);
      if (m.text[i] !== '\\') {
        text += m.text[i];
        continue;
      }
      const e = m.text[++i];
      if (e === 'u') {
        text += String.fromCharCode(Number.parseInt(m.text.slice(i + 1, i + 5), 16));
        i += 4;
      } else text += JSON_ESCAPES[e] ?? e;
    }
    offsets.push(m.offsets[i]);
    out.push({ text, offsets });
  }
  return out;
}

/** Reparses an exec-form argument list; BuildKit falls back to shell form when it is not a JSON string array. */
function execForm(args: Mapped): ExecForm | undefined {
  const firstLine = args.text.split('\n')[0];
  const trimmed = firstLine.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const values = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return undefined;
    const lead = firstLine.length - firstLine.trimStart().length;
    return {
      values,
      start: args.offsets[lead],
      end: args.offsets[lead + trimmed.length - 1] + 1,
      spans: jsonStrings(args, lead, lead + trimmed.length),
    };
  } catch {
    return undefined;
  }
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** The words of one pipeline element, without `sudo` and `VAR=value` prefixes. */
function commandWords(element: string): string[] {
  const ws = element.trim().split(/\s+/).filter(Boolean);
  while (ws.length > 0 && (ws[0] === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(ws[0]))) ws.shift();
  return ws;
}

/** A shell reading its script from stdin: `sh`, `bash -x`, `sh -s`, not `sh -c …` or `sh file`. */
function stdinShell(element: string): string | undefined {
  const [head, ...rest] = commandWords(element);
  const name = head === undefined ? '' : basename(head);
  if (!SHELLS.has(name)) return undefined;
  if (rest.some((w) => !w.startsWith('-') || /^-[A-Za-z]*c/.test(w))) return undefined;
  return name;
}

const MARKER = /<<-?\s*\\?(["']?)[A-Za-z0-9_.-]+\1/g;

/**
 * The shell that reads a heredoc body as its script: `''` for the RUN's own shell (`RUN <<EOF`), a
 * shell's name for `RUN bash <<EOF` and `cat <<EOF | sh`, or undefined when the body is data. A
 * shebang in the body is the caller's to read first.
 */
export function heredocShell(instr: Instr, heredoc: Heredoc): string | undefined {
  const line = firstLine(instr.args);
  if (line.text.replace(MARKER, '').trim() === '') return '';
  const at = line.offsets.indexOf(heredoc.start);
  if (at < 0) return undefined;
  // The pipeline holding the marker: cut at `;`, `&&`, `||`, then split at `|`.
  const parts = line.text.split(/(\|\||&&|;|\|&?)/);
  let from = 0;
  let pipeline: string[] = [];
  let holder = -1;
  for (let k = 0; k < parts.length; k += 2) {
    const to = from + parts[k].length;
    pipeline.push(parts[k].replace(MARKER, ''));
    if (from <= at && at < to) holder = pipeline.length - 1;
    const sep = parts[k + 1];
    if (sep === undefined || !sep.startsWith('|') || sep === '||') {
      if (holder >= 0) break;
      pipeline = [];
    }
    from = to + (sep?.length ?? 0);
  }
  if (holder < 0) return undefined;
  return (
    stdinShell(pipeline[holder]) ??
    (holder < pipeline.length - 1 ? stdinShell(pipeline.at(-1) ?? '') : undefined)
  );
}

/** Heredoc bodies that a shell reads as a script: `RUN <<EOF`, `RUN bash <<EOF`, `cat <<EOF | sh`, or a sh/bash shebang. */
function shellBodies(instr: Instr): Mapped[] {
  return instr.heredocs
    .filter((h) => {
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body.text);
      if (shebang) {
        const prog = basename(shebang[1]) === 'env' ? (shebang[2] ?? '') : basename(shebang[1]);
        return SHELLS.has(prog);
      }
      return heredocShell(instr, h) !== undefined;
    })
    .map((h) => h.body);
}

/** The command line of a heredoc instruction, without the bodies that follow it. */
function firstLine(args: Mapped): Mapped {
  const nl = args.text.indexOf('\n');
  return nl < 0 ? args : { text: args.text.slice(0, nl), offsets: args.offsets.slice(0, nl + 1) };
}

/**
 * `RUN ["bash", "-c", "script"]` (also `-ec`, `-o pipefail -c`, `busybox sh -c`): the argv that runs
 * the script, and the script mapped into its JSON string. Other exec forms give undefined.
 */
export function execShell(exec: ExecForm): { shell: string[]; script: Mapped } | undefined {
  const v = exec.values;
  let i = basename(v[0] ?? '') === 'busybox' ? 1 : 0;
  if (!SHELLS.has(basename(v[i] ?? '')) || basename(v[i]) === 'busybox') return undefined;
  for (i++; i < v.length; i++) {
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(v[i])) {
      const script = exec.spans[i + 1];
      return script && exec.spans.length === v.length ? { shell: v.slice(0, i + 1), script } : undefined;
    }
    if (!/^[-+]/.test(v[i])) return undefined;
    if (/^[-+][A-Za-z]*o$/.test(v[i])) i++;
  }
  return undefined;
}

/**
 * The texts a RUN hands to a shell: the shell-form line, the heredoc bodies a shell reads, or an
 * exec form's `sh -c` script (whose argv then becomes the RUN's shell).
 */
function scriptSources(instr: Instr): Mapped[] {
  if (instr.exec) {
    const sh = execShell(instr.exec);
    if (!sh) return [];
    instr.shell = sh.shell;
    return [sh.script];
  }
  if (isNonPosix(instr.shell)) return [];
  const out: Mapped[] = [];
  const bodies = shellBodies(instr);
  const onlyHeredocs =
    instr.heredocs.length > 0 && /^\s*(<<-?\s*\S+\s*)+$/.test(instr.args.text.split('\n')[0]);
  if (!onlyHeredocs) out.push(instr.heredocs.length > 0 ? firstLine(instr.args) : instr.args);
  out.push(...bodies);
  return out;
}

/** Makes `instr.scripts` parse its sources on first use, so rules that never read commands cost no shell parse. */
function parseScriptsLazily(instr: Instr, sources: Mapped[]): void {
  Object.defineProperty(instr, 'scripts', {
    configurable: true,
    enumerable: true,
    get() {
      const scripts = sources.map((s) => parseShell(s));
      Object.defineProperty(instr, 'scripts', { value: scripts, writable: true, enumerable: true });
      return scripts;
    },
  });
}

interface Builder {
  text: string;
  index: LineIndex;
  escapeChar: string;
}

function offsetOf(b: Builder, p: { line: number; character: number }): number {
  return b.index.offset(p.line + 1, p.character + 1);
}

function toInstr(b: Builder, node: Instruction, stage: number, scope: Scope, shell: string[]): Instr {
  const range = node.getRange() as LspRange;
  const start = offsetOf(b, range.start);
  const end = offsetOf(b, range.end);
  const keywordEnd = offsetOf(b, (node.getInstructionRange() as LspRange).end);
  const flags: Flag[] = [];
  const withFlags = node as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] };
  let argsStart = keywordEnd;
  // dockerfile-ast recomputes an instruction's arguments on every call; only ask when they can matter.
  const wholeArgs = trimStart(logical(b.text, skipBlanks(b.text, keywordEnd, end), end, b.escapeChar));
  const whole = wholeArgs.text;
  const flagNodes = whole.startsWith('--') ? (withFlags.getFlags?.() ?? []) : [];
  for (const f of flagNodes) {
    const fr = f.getRange() as LspRange;
    const fs = offsetOf(b, fr.start);
    const fe = offsetOf(b, fr.end);
    const vr = f.getValueRange() as LspRange | null;
    const value = vr ? b.text.slice(offsetOf(b, vr.start), offsetOf(b, vr.end)) : undefined;
    flags.push({ name: f.getName(), value, start: fs, end: fe });
    argsStart = Math.max(argsStart, fe);
  }
  const args = flags.length
    ? trimStart(logical(b.text, skipBlanks(b.text, argsStart, end), end, b.escapeChar))
    : wholeArgs;
  const keyword = node.getKeyword().toUpperCase();
  const withDocs = node as unknown as { getHeredocs?: () => import('dockerfile-ast').Heredoc[] };
  const heredocNodes = whole.includes('<<') ? (withDocs.getHeredocs?.() ?? []) : [];
  const heredocs: Heredoc[] = heredocNodes.flatMap((h) => {
    const cr = h.getContentRange() as LspRange | null;
    const sr = h.getStartRange() as LspRange;
    const from = cr ? offsetOf(b, cr.start) : offsetOf(b, sr.end);
    const to = cr ? offsetOf(b, cr.end) : from;
    const raw = b.text.slice(from, to);
    return [
      {
        name: h.getName(),
        body: mapped(raw, from),
        start: offsetOf(b, sr.start),
        end: offsetOf(b, (h.getNameRange() as LspRange).end),
        terminated: h.getDelimiterRange() !== null,
      },
    ];
  });
  const exec = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD', 'HEALTHCHECK'].includes(keyword)
    ? execForm(args)
    : undefined;
  const instr: Instr = {
    keyword,
    keywordText: node.getInstruction(),
    start,
    end,
    keywordEnd,
    flags,
    args,
    exec,
    heredocs,
    stage,
    scope,
    scripts: [],
    shell,
  };
  if (keyword === 'ONBUILD') {
    const trigger = (
      node as unknown as { getTriggerInstruction(): Instruction | null }
    ).getTriggerInstruction();
    if (trigger) {
      instr.trigger = toInstr(b, trigger, stage, scope, shell);
      instr.trigger.onbuild = instr;
    }
  }
  return instr;
}

/** The first offset from `from` that is not a space or tab (what `trimStart` would drop anyway, without copying the offsets). */
function skipBlanks(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function trimStart(m: Mapped): Mapped {
  const lead = m.text.length - m.text.trimStart().length;
  return lead ? { text: m.text.slice(lead), offsets: m.offsets.slice(lead) } : m;
}

/** `name=value` / `name value` pairs of ENV, ARG and LABEL; the legacy form gives one pair. */
export function keyValues(
  instr: Instr,
): { key: string; value: string | undefined; start: number; end: number }[] {
  const ws = words(instr.args);
  if (ws.length === 0) return [];
  if (instr.keyword !== 'ARG' && !ws[0].text.includes('=')) {
    const rest = instr.args.text.slice(ws[0].text.length).trim();
    return [{ key: ws[0].text, value: rest === '' ? undefined : rest, start: ws[0].start, end: instr.end }];
  }
  return quotedWords(instr.args).map((w) => {
    const eq = w.text.indexOf('=');
    const key = eq >= 0 ? w.text.slice(0, eq) : w.text;
    const value = eq >= 0 ? unquoteValue(w.text.slice(eq + 1)) : undefined;
    return { key: unquoteValue(key), value, start: w.start, end: w.end };
  });
}

function unquoteValue(v: string): string {
  return v.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_m, d: string | undefined, s: string | undefined) =>
    d !== undefined ? d.replace(/\\(.)/g, '$1') : (s ?? ''),
  );
}

/** Splits on whitespace outside quotes (ENV/LABEL/ARG `k="a b"`). */
export function quotedWords(m: Mapped): Word[] {
  const out: Word[] = [];
  const re = /(?:"(?:[^"\\]|\\.)*"?|'[^']*'?|\\.|[^\s"'\\])+/g;
  for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
    const from = match.index;
    const to = from + match[0].length;
    out.push({ text: match[0], start: m.offsets[from], end: m.offsets[to - 1] + 1 });
  }
  return out;
}

function fromParts(
  instr: Instr,
  scope: Scope,
): Omit<Stage, 'index' | 'instructions' | 'endScope' | 'envNames' | 'endShell'> {
  const ws = words(instr.args);
  const image = ws[0]?.text ?? '';
  const asWord = ws[1]?.text.toLowerCase() === 'as' ? ws[2] : undefined;
  const exp = expand(image, scope);
  return {
    from: instr,
    image,
    ref: parseImage(exp.complete ? exp.value : image),
    resolvedImage: exp.complete ? exp.value : undefined,
    alias: asWord?.text.toLowerCase(),
    aliasWord: asWord,
    platform: instr.flags.find((f) => f.name === 'platform'),
  };
}

/** Applies an ARG or ENV to the scope that follows it. */
function declare(instr: Instr, scope: Map<string, string | undefined>, globals: Scope): void {
  for (const kv of keyValues(instr)) {
    if (!kv.key) continue;
    const raw = kv.value === undefined ? undefined : expand(kv.value, scope).value;
    if (instr.keyword === 'ARG' && raw === undefined)
      scope.set(kv.key, scope.get(kv.key) ?? globals.get(kv.key));
    else scope.set(kv.key, raw);
  }
}

/** BuildKit's parser directive form (frontend/dockerfile/parser/directives.go). */
const DIRECTIVE = /^#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*\S/;

function commentAt(b: Builder, r: LspRange): CommentLine {
  const start = offsetOf(b, r.start);
  const nl = b.text.indexOf('\n', start);
  const end = nl < 0 ? b.text.length : nl;
  return {
    text: chomp(b.text.slice(start, end)),
    start,
    end: end - (b.text[end - 1] === '\r' ? 1 : 0),
    line: r.start.line + 1,
  };
}

/** Reads `# hadolint shell=…` / `# portcullis shell=…` pragmas. */
function shellPragma(comment: string): string | undefined {
  return /^#\s*(?:hadolint|portcullis)\s+shell\s*=\s*(\S+)/.exec(comment)?.[1];
}

/**
 * Parses a Dockerfile with dockerfile-ast and works around its bugs: the escaped escape character at line
 * end, whitespace lost in exec-form strings, and image references with a port, tag and digest.
 */
export function parseDockerfile(source: string): DockerfileModel {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const escapeChar = escapeOf(text);
  const index = new LineIndex(text);
  const b: Builder = { text, index, escapeChar };
  const ast = DockerfileParser.parse(maskEscapedEscapes(text, escapeChar));
  const comments = ast.getComments().map((c) => commentAt(b, c.getRange() as LspRange));
  const directives: Directive[] = [];
  for (const d of ast.getDirectives()) {
    const r = d.getRange() as LspRange;
    const line = commentAt(b, { start: { line: r.start.line, character: 0 }, end: r.end });
    // dockerfile-ast also takes `# word word=value` for a directive; BuildKit does not, and
    // stops reading directives at the first line that is not one.
    if (!comments.some((c) => c.start < line.start) && DIRECTIVE.test(line.text)) {
      directives.push({
        name: d.getName().toLowerCase(),
        value: d.getValue(),
        start: line.start,
        end: line.end,
      });
    } else comments.push(line);
  }
  comments.sort((x, y) => x.start - y.start);
  const globals = new Map<string, string | undefined>();
  for (const p of PROXY_ARGS) globals.set(p, undefined);
  const stages: Stage[] = [];
  const instructions: Instr[] = [];
  let scope = new Map<string, string | undefined>(globals);
  let shell = ['/bin/sh', '-c'];
  const pragmaShells = comments
    .map((c) => ({ line: c.line, shell: shellPragma(c.text) }))
    .filter((p): p is { line: number; shell: string } => p.shell !== undefined);
  let nextPragma = 0;
  let scopeCopy: Scope | undefined;
  for (const node of ast.getInstructions()) {
    const line = (node.getRange() as LspRange).start.line + 1;
    let pragmaShell: string[] | undefined;
    for (; nextPragma < pragmaShells.length && pragmaShells[nextPragma].line < line; nextPragma++)
      pragmaShell = [pragmaShells[nextPragma].shell, '-c'];
    if (pragmaShell) shell = pragmaShell;
    const stageIndex = stages.length - 1;
    // Instructions between two ARG/ENV/FROM see the same variables: they share one read-only copy.
    scopeCopy ??= new Map(scope);
    const instr = toInstr(b, node, stageIndex, scopeCopy, shell);
    if (instr.keyword === 'ARG' || instr.keyword === 'ENV' || instr.keyword === 'FROM') scopeCopy = undefined;
    if (instr.keyword === 'FROM') {
      const fromScope = new Map(globals);
      for (const a of AUTOMATIC_ARGS) fromScope.set(a, fromScope.get(a) ?? '');
      instr.scope = fromScope;
      instr.stage = stages.length;
      const parts = fromParts(instr, fromScope);
      const parent = stages.find(
        (s) => s.alias && s.alias === parts.ref.path.toLowerCase() && !parts.ref.tag,
      );
      scope = new Map(PROXY_ARGS.map((p) => [p, undefined]));
      const envNames = new Set(parent?.envNames);
      for (const [k, v] of parent?.endScope ?? []) if (envNames.has(k)) scope.set(k, v);
      shell = pragmaShell ?? (parent ? [...parent.endShell] : ['/bin/sh', '-c']);
      // endScope and endShell are the live values until the next FROM takes copies of its own.
      stages.push({
        ...parts,
        index: stages.length,
        instructions: [instr],
        endScope: scope,
        envNames,
        endShell: shell,
      });
      instr.shell = shell;
    } else {
      const stage = stages[stageIndex];
      if (stage) stage.instructions.push(instr);
      if (instr.keyword === 'ARG' && stageIndex < 0) declare(instr, globals, globals);
      if (instr.keyword === 'ARG' || instr.keyword === 'ENV') declare(instr, scope, globals);
      if (instr.keyword === 'ENV' && stage)
        for (const kv of keyValues(instr)) if (kv.key) stage.envNames.add(kv.key);
      if (instr.keyword === 'SHELL' && instr.exec?.values.length) shell = instr.exec.values;
      if (stage) stage.endShell = shell;
    }
    instructions.push(instr);
  }
  for (const instr of instructions) {
    const target = instr.keyword === 'ONBUILD' ? instr.trigger : instr;
    if (target?.keyword !== 'RUN') continue;
    const sources = scriptSources(target);
    if (sources.length > 0) parseScriptsLazily(target, sources);
  }
  return {
    text,
    index,
    bom,
    escapeChar,
    directives,
    instructions,
    comments,
    stages,
    globalArgs: globals,
  };
}
