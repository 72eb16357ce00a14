import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { PortcullisError } from './errors.js';
import type { GateError } from './finding.js';

export type FileKind =
  | 'dockerfile'
  | 'github-workflow'
  | 'github-action'
  | 'gitlab-ci'
  | 'compose'
  | 'kubernetes'
  | 'yaml'
  | 'json'
  | 'other';

export interface DiscoveredFile {
  /** Path as the user gave it, or relative to cwd, `/`-separated. */
  path: string;
  absPath: string;
  kind: FileKind;
  /** True when the user named this file directly (not found by a walk or glob). */
  explicit: boolean;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Detects a file's kind from its path alone; YAML that needs a look inside returns `yaml`. */
export function kindFromPath(path: string): FileKind {
  const p = toPosix(path);
  const name = basename(p);
  const lower = name.toLowerCase();
  if (
    lower === 'dockerfile' ||
    lower === 'containerfile' ||
    lower.endsWith('.dockerfile') ||
    lower.endsWith('.containerfile') ||
    lower.startsWith('dockerfile.') ||
    lower.startsWith('containerfile.')
  ) {
    return 'dockerfile';
  }
  if (!/\.ya?ml$/i.test(name)) return /\.json$/i.test(name) ? 'json' : 'other';
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(p)) return 'github-workflow';
  if (/^action\.ya?ml$/i.test(name)) return 'github-action';
  if (/^\.gitlab-ci\.ya?ml$/i.test(name) || /\.gitlab-ci\.ya?ml$/i.test(name)) return 'gitlab-ci';
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name)) return 'compose';
  return 'yaml';
}

const K8S_KIND = /^kind:\s*["']?[A-Za-z]+/m;
const K8S_API = /^apiVersion:\s*\S/m;

/** Refines `yaml` (and `json`) by content: Kubernetes objects carry `apiVersion` and `kind`. */
export function kindFromContent(kind: FileKind, text: string): FileKind {
  if (kind === 'yaml' && K8S_KIND.test(text) && K8S_API.test(text)) return 'kubernetes';
  if (kind === 'json' && /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text)) return 'kubernetes';
  return kind;
}

/**
 * One discovery pass shared by the gates of a run (`portcullis check`): directory walks and
 * content sniffing are done once, whatever number of gates ask.
 */
export class DiscoveryCache {
  readonly walks = new Map<string, string[]>();
  readonly kinds = new Map<string, FileKind>();
}

function detectKind(absPath: string, displayPath: string, cache?: DiscoveryCache): FileKind {
  const key = `${absPath}\0${displayPath}`;
  const known = cache?.kinds.get(key);
  if (known) return known;
  const kind = sniffKind(absPath, displayPath);
  cache?.kinds.set(key, kind);
  return kind;
}

function sniffKind(absPath: string, displayPath: string): FileKind {
  const kind = kindFromPath(displayPath);
  if (kind !== 'yaml' && kind !== 'json') return kind;
  try {
    const fd = readFileSync(absPath, 'utf8');
    return kindFromContent(kind, fd.slice(0, 256 * 1024));
  } catch {
    return kind;
  }
}

function hasGlob(target: string): boolean {
  return /[*?[\]{}]/.test(target);
}

/** Loads the .gitignore files on the way from `root` to `dir`, each scoped to its folder. */
class GitIgnores {
  private readonly byDir = new Map<string, Ignore | null>();
  constructor(private readonly root: string) {}

  private forDir(dir: string): Ignore | null {
    if (!this.byDir.has(dir)) {
      const file = join(dir, '.gitignore');
      this.byDir.set(dir, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null);
    }
    return this.byDir.get(dir) ?? null;
  }

  ignored(absPath: string, isDir: boolean): boolean {
    let dir = this.root;
    const rel = toPosix(relative(this.root, absPath));
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      const ig = this.forDir(dir);
      if (ig) {
        const sub = parts.slice(i).join('/') + (isDir ? '/' : '');
        if (ig.ignores(sub)) return true;
      }
      dir = join(dir, parts[i]);
    }
    return false;
  }
}

/** The files under `root`, honouring .gitignore, in name order; walked once per cache. */
function walkOnce(root: string, cache?: DiscoveryCache): string[] {
  const known = cache?.walks.get(root);
  if (known) return known;
  const files: string[] = [];
  walk(root, new GitIgnores(root), files);
  cache?.walks.set(root, files);
  return files;
}

function walk(dir: string, ignores: GitIgnores, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new PortcullisError('PATH_UNREADABLE', `cannot read directory ${dir}`, { file: dir, cause });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (ALWAYS_SKIPPED.has(e.name)) continue;
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (!ignores.ignored(abs, true)) walk(abs, ignores, out);
    } else if (e.isFile() && !ignores.ignored(abs, false)) {
      out.push(abs);
    }
  }
}

export interface DiscoverOptions {
  cwd: string;
  targets: string[];
  /** Kinds the gate wants from walks and globs; explicitly named files are always returned. */
  kinds: readonly FileKind[];
  /** Extra glob patterns to leave out, relative to cwd. */
  exclude?: readonly string[];
  /** Shares walks between the gates of one run. */
  cache?: DiscoveryCache;
}

/**
 * Expands paths, directories and globs into files of the wanted kinds. Directories are walked
 * recursively, honouring .gitignore. A named path that does not exist is an error, never an
 * empty, passing run.
 */
export function discover(options: DiscoverOptions): DiscoveredFile[] {
  const { cwd } = options;
  const excluded = options.exclude?.length
    ? picomatch(options.exclude as string[], { dot: true })
    : () => false;
  const found = new Map<string, DiscoveredFile>();
  const display = (abs: string, given?: string) => toPosix(given ?? (relative(cwd, abs) || '.'));
  const addWalked = (abs: string) => {
    const path = display(abs);
    if (excluded(path) || found.has(abs)) return;
    const kind = detectKind(abs, path, options.cache);
    if (options.kinds.includes(kind)) found.set(abs, { path, absPath: abs, kind, explicit: false });
  };
  for (const target of options.targets) {
    if (target === '-') {
      found.set('-', { path: '-', absPath: '-', kind: 'other', explicit: true });
      continue;
    }
    const abs = isAbsolute(target) ? target : resolve(cwd, target);
    if (!hasGlob(target) || existsSync(abs)) {
      let stat: import('node:fs').Stats;
      try {
        stat = statSync(abs);
      } catch (cause) {
        throw new PortcullisError('PATH_NOT_FOUND', `no such file or directory: ${target}`, {
          file: target,
          cause,
        });
      }
      if (stat.isDirectory()) {
        for (const f of walkOnce(abs, options.cache)) addWalked(f);
      } else {
        const path = display(abs, isAbsolute(target) ? undefined : target.replace(/^\.\//, ''));
        found.set(abs, { path, absPath: abs, kind: detectKind(abs, path, options.cache), explicit: true });
      }
      continue;
    }
    const match = picomatch(toPosix(target).replace(/^\.\//, ''), { dot: false });
    const files = walkOnce(cwd, options.cache);
    const before = found.size;
    for (const f of files) if (match(display(f))) addWalked(f);
    if (found.size === before && !files.some((f) => match(display(f)))) {
      throw new PortcullisError('PATH_NOT_FOUND', `no files match ${target}`, { file: target });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads a discovered file as UTF-8 text, or says why not as a gate error naming it (fail closed). */
export function readDiscovered(
  file: Pick<DiscoveredFile, 'path' | 'absPath'>,
): { text: string } | { error: GateError } {
  try {
    return { text: readFileSync(file.absPath, 'utf8') };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      error: { file: file.path, message: `cannot read ${file.path}: ${reason}`, code: 'PATH_UNREADABLE' },
    };
  }
}
