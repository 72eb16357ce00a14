import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, type Node, Parser } from 'web-tree-sitter';
import type { Mapped } from './text.js';

/** One argument of a simple command, unquoted, with its file offsets. */
export interface ShellArg {
  /** Unquoted text; expansions stay as written (`$X`, `${X}`, `$(…)`). */
  text: string;
  start: number;
  end: number;
  /** True when the word holds an expansion or a command substitution. */
  dynamic: boolean;
}

/** A simple command (hadolint's `Command{name, arguments, flags}`), with file offsets. */
export interface Command {
  name: string;
  args: ShellArg[];
  start: number;
  end: number;
  /** Variable assignments written before the command name (`FOO=1 make`). */
  prefixAssignments: string[];
}

/** What the shell parser found in one script. */
export interface ShellScript {
  commands: Command[];
  /** File ranges of the `|` operators that join a pipeline (`|`, `|&`; not `||`, not `|` between case patterns). */
  pipes: { start: number; end: number }[];
  /** Shell-level assignments `NAME=value` in order, with the file offset where each was made. */
  assignments: { name: string; value: string; at: number }[];
  /** Process substitutions `<(…)` with the commands inside, and the command they feed. */
  processSubs: { feeds: Command | undefined; inner: Command[] }[];
  /** Pipelines as lists of their commands' first-level simple commands. */
  pipelines: Command[][];
}

let parser: Parser | undefined;

/**
 * Where the two WASM files are: next to the running module first (the bundle copies them
 * beside `dist/`), then in node_modules.
 */
export function wasmPaths(): { runtime: string; bash: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const local = (name: string) => [join(here, name), join(here, '..', name)].find((p) => existsSync(p));
  const req = createRequire(import.meta.url);
  return {
    runtime: local('web-tree-sitter.wasm') ?? req.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    bash: local('tree-sitter-bash.wasm') ?? req.resolve('tree-sitter-bash/tree-sitter-bash.wasm'),
  };
}

/** Loads tree-sitter-bash once; later calls are free. */
export async function initShell(): Promise<void> {
  if (parser) return;
  const paths = wasmPaths();
  await Parser.init({ locateFile: () => paths.runtime });
  const lang = await Language.load(paths.bash);
  const p = new Parser();
  p.setLanguage(lang);
  parser = p;
}

const SKIP_CHILDREN = new Set(['heredoc_body', 'heredoc_content', 'comment']);
const WANTED = [
  'command',
  'pipeline',
  '|',
  '|&',
  'process_substitution',
  'variable_assignment',
  ...SKIP_CHILDREN,
];

function unquote(node: Node): { text: string; dynamic: boolean } {
  switch (node.type) {
    case 'word':
    case 'number': {
      const text = node.text;
      return { text: text.includes('\\') ? text.replace(/\\(.)/g, '$1') : text, dynamic: false };
    }
    case 'raw_string':
      return { text: node.text.slice(1, -1), dynamic: false };
    case 'ansi_c_string':
      return { text: node.text.slice(2, -1), dynamic: false };
    case 'string': {
      const inner = node.text.slice(1, -1);
      return { text: inner, dynamic: node.namedChildren.some((c) => c?.type !== 'string_content') };
    }
    case 'concatenation': {
      let text = '';
      let dynamic = false;
      for (const c of node.children) {
        if (!c) continue;
        const u = unquote(c);
        text += u.text;
        dynamic ||= u.dynamic;
      }
      return { text, dynamic };
    }
    default:
      return { text: node.text, dynamic: true };
  }
}

/** Parses shell text whose characters map back to file offsets, and lists its simple commands. */
export function parseShell(script: Mapped): ShellScript {
  let local = cache.get(script.text);
  if (!local) {
    local = parseLocal(script.text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(script.text, local);
  }
  return relocate(local, script);
}

/**
 * Scripts parsed so far, in script-relative offsets. Repositories of generated Dockerfile variants
 * (docker-library, for one) repeat the same RUN text many times; each is parsed once per run.
 */
const cache = new Map<string, ShellScript>();
const CACHE_LIMIT = 5000;

/** Forgets parsed scripts (for measurements that must start cold). */
export function clearShellCache(): void {
  cache.clear();
}

/** Moves a script parsed at offset 0 onto the file offsets of `script`; shared commands stay shared. */
function relocate(local: ShellScript, script: Mapped): ShellScript {
  const len = script.text.length;
  const at = (i: number) => script.offsets[Math.min(i, len)];
  const endAt = (i: number) => (i > 0 ? at(i - 1) + 1 : at(0));
  const moved = new Map<Command, Command>();
  const move = (c: Command): Command => {
    let m = moved.get(c);
    if (!m) {
      m = {
        name: c.name,
        args: c.args.map((a) => ({
          text: a.text,
          start: at(a.start),
          end: endAt(a.end),
          dynamic: a.dynamic,
        })),
        start: at(c.start),
        end: endAt(c.end),
        prefixAssignments: c.prefixAssignments,
      };
      moved.set(c, m);
    }
    return m;
  };
  return {
    commands: local.commands.map(move),
    pipes: local.pipes.map((p) => ({ start: at(p.start), end: endAt(p.end) })),
    assignments: local.assignments.map((a) => ({ name: a.name, value: a.value, at: at(a.at) })),
    processSubs: local.processSubs.map((p) => ({
      feeds: p.feeds && move(p.feeds),
      inner: p.inner.map(move),
    })),
    pipelines: local.pipelines.map((p) => p.map(move)),
  };
}

/** Parses shell text; offsets in the result are indices into `text` (ends exclusive). */
function parseLocal(text: string): ShellScript {
  if (!parser) throw new Error('initShell() must run before parseShell()');
  const tree = parser.parse(text);
  const out: ShellScript = { commands: [], pipes: [], assignments: [], processSubs: [], pipelines: [] };
  if (!tree) return out;
  const made = new Map<number, Command | undefined>();
  const toCommand = (node: Node): Command | undefined => {
    if (made.has(node.id)) return made.get(node.id);
    const c = makeCommand(node);
    made.set(node.id, c);
    return c;
  };
  const makeCommand = (node: Node): Command | undefined => {
    const nameNode = node.childForFieldName('name');
    if (!nameNode) return undefined;
    const args: ShellArg[] = [];
    const prefixAssignments: string[] = [];
    for (const c of node.namedChildren) {
      if (!c || c.startIndex < nameNode.startIndex) {
        if (c?.type === 'variable_assignment') prefixAssignments.push(c.text);
        continue;
      }
      if (c === nameNode || c.id === nameNode.id) continue;
      if (c.type === 'file_redirect' || c.type === 'heredoc_redirect' || c.type === 'herestring_redirect')
        continue;
      const u = unquote(c);
      args.push({ text: u.text, start: c.startIndex, end: c.endIndex, dynamic: u.dynamic });
    }
    const name = unquote(nameNode.firstNamedChild ?? nameNode).text;
    return { name, args, start: node.startIndex, end: node.endIndex, prefixAssignments };
  };
  const firstCommand = (node: Node): Command | undefined => {
    const n = node.type === 'command' ? node : node.descendantsOfType('command')[0];
    return n ? toCommand(n) : undefined;
  };
  const enclosingCommand = (node: Node): Command | undefined => {
    for (let p = node.parent; p; p = p.parent) if (p.type === 'command') return toCommand(p);
    return undefined;
  };
  // One query in WASM instead of walking every node from JavaScript: far fewer node objects.
  const nodes = tree.rootNode.descendantsOfType([...WANTED]);
  const skipped = nodes.filter((n) => SKIP_CHILDREN.has(n.type)).map((n) => [n.startIndex, n.endIndex]);
  const inSkipped = (n: Node) => skipped.some(([a, b]) => n.startIndex >= a && n.endIndex <= b);
  for (const node of nodes) {
    if (SKIP_CHILDREN.has(node.type) || (skipped.length > 0 && inSkipped(node))) continue;
    switch (node.type) {
      case 'command': {
        const c = toCommand(node);
        if (c) out.commands.push(c);
        break;
      }
      case 'pipeline':
        out.pipelines.push(
          node.namedChildren.flatMap((c) => {
            const first = c ? firstCommand(c) : undefined;
            return first ? [first] : [];
          }),
        );
        break;
      case '|':
      case '|&':
        // tree-sitter-bash also uses `|` between case patterns (`amd64|arm64)`); only a pipeline's joins pipes.
        if (node.parent?.type !== 'pipeline') break;
        out.pipes.push({ start: node.startIndex, end: node.endIndex });
        break;
      case 'process_substitution':
        out.processSubs.push({
          feeds: enclosingCommand(node),
          inner: node.descendantsOfType('command').flatMap((n) => toCommand(n) ?? []),
        });
        break;
      case 'variable_assignment': {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (name && node.parent?.type !== 'command')
          out.assignments.push({ name, value: value ? unquote(value).text : '', at: node.startIndex });
        break;
      }
    }
  }
  tree.delete();
  return out;
}

/**
 * The flags of a command as hadolint splits them: `--name=v` gives `name`, `-yqq` gives `y`, `q`, `q`.
 * Arguments after `--` are not flags.
 */
export function flagsOf(cmd: Command): string[] {
  const out: string[] = [];
  for (const a of cmd.args) {
    if (a.text === '--') break;
    if (a.text.startsWith('--')) out.push(a.text.slice(2).split('=')[0]);
    else if (a.text.startsWith('-') && a.text.length > 1) out.push(...a.text.slice(1).split(''));
  }
  return out;
}

export function hasFlag(cmd: Command, ...names: string[]): boolean {
  const flags = flagsOf(cmd);
  return names.some((n) => flags.includes(n));
}

/** The argument given to the first of `names` (`-t x`, `--target=x`, `-tx`), if any. */
export function flagValue(cmd: Command, ...names: string[]): string | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const t = cmd.args[i].text;
    for (const n of names) {
      const dash = n.length === 1 ? `-${n}` : `--${n}`;
      if (t === dash) return cmd.args[i + 1]?.text;
      if (n.length > 1 && t.startsWith(`${dash}=`)) return t.slice(dash.length + 1);
      if (n.length === 1 && t.startsWith(dash) && !t.startsWith('--') && t.length > 2) return t.slice(2);
    }
  }
  return undefined;
}

/**
 * Arguments that are not flags, also dropping the value that follows any flag in
 * `valued` (hadolint's `dropFlagArg`, e.g. `-t jessie-backports`).
 */
export function argsNoFlags(cmd: Command, valued: readonly string[] = []): ShellArg[] {
  const out: ShellArg[] = [];
  let afterDashes = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i];
    if (afterDashes) {
      out.push(a);
      continue;
    }
    if (a.text === '--') {
      afterDashes = true;
      continue;
    }
    if (a.text.startsWith('--')) {
      if (!a.text.includes('=') && valued.includes(a.text.slice(2))) i++;
      continue;
    }
    if (a.text.startsWith('-') && a.text.length > 1) {
      // getopt clusters: in `-yt jessie` the valued `t` is last and takes the next word; in `-tjessie` it has its value.
      const cluster = a.text.slice(1);
      const first = [...cluster].findIndex((c) => valued.includes(c));
      if (valued.includes(cluster) || (first === cluster.length - 1 && !cluster.includes('='))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** True when any argument (flags included) equals one of `words`. */
export function hasArg(cmd: Command, ...words: string[]): boolean {
  return cmd.args.some((a) => words.includes(a.text));
}
