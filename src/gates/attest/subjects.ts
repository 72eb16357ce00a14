import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { errorMessage, PortcullisError } from '../../core/errors.js';

/**
 * An in-toto ResourceDescriptor naming one artifact by digest.
 * https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md
 */
export interface Subject {
  name: string;
  digest: Record<string, string>;
}

const HEX: Record<string, RegExp> = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** SHA-256 of a file, streamed so release archives of any size fit. */
export function sha256File(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('error', fail)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')));
  });
}

/** SHA-256 and SHA-512 of a file in one read, to match subjects named either way (npm uses SHA-512). */
export function fileDigests(path: string): Promise<{ sha256: string; sha512: string }> {
  return new Promise((done, fail) => {
    const a = createHash('sha256');
    const b = createHash('sha512');
    createReadStream(path)
      .on('error', fail)
      .on('data', (chunk) => {
        a.update(chunk);
        b.update(chunk);
      })
      .on('end', () => done({ sha256: a.digest('hex'), sha512: b.digest('hex') }));
  });
}

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) walk(abs, out);
    else if (e.isFile()) out.push(abs);
  }
}

/**
 * Expands paths and globs to files. Unlike discovery for linting, .gitignore is not honoured:
 * release artifacts usually live in ignored folders such as dist/. A pattern that matches
 * nothing is an error, never an empty statement.
 */
export function expandSubjectPaths(cwd: string, patterns: readonly string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const scan = picomatch.scan(toPosix(pattern));
    if (!scan.isGlob) {
      let isFile = false;
      try {
        isFile = statSync(abs).isFile();
      } catch (cause) {
        throw new PortcullisError('PATH_NOT_FOUND', `subject not found: ${pattern}`, {
          file: pattern,
          cause,
        });
      }
      if (!isFile) throw new PortcullisError('USAGE', `subject is not a file: ${pattern}`, { file: pattern });
      found.add(abs);
      continue;
    }
    const base = isAbsolute(scan.base) ? scan.base : resolve(cwd, scan.base || '.');
    const match = picomatch(scan.glob, { dot: false });
    const files: string[] = [];
    try {
      walk(base, files);
    } catch (cause) {
      throw new PortcullisError('PATH_NOT_FOUND', `no files match ${pattern}`, { file: pattern, cause });
    }
    const hits = files.filter((f) => match(toPosix(relative(base, f))));
    if (!hits.length)
      throw new PortcullisError('PATH_NOT_FOUND', `no files match ${pattern}`, { file: pattern });
    for (const f of hits) found.add(f);
  }
  return [...found].sort();
}

/**
 * Subjects for files, named by their base name and digested with SHA-256, as GitHub's
 * attest action names `subject-path` files. Duplicates (same name and digest) are dropped.
 */
export async function fileSubjects(cwd: string, patterns: readonly string[]): Promise<Subject[]> {
  const subjects: Subject[] = [];
  for (const file of expandSubjectPaths(cwd, patterns)) {
    let digest: string;
    try {
      digest = await sha256File(file);
    } catch (cause) {
      throw new PortcullisError('PATH_UNREADABLE', `cannot read ${file}: ${errorMessage(cause)}`, {
        file,
        cause,
      });
    }
    subjects.push({ name: basename(file), digest: { sha256: digest } });
  }
  return dedupe(subjects);
}

export interface ChecksumLine {
  algorithm: 'sha256' | 'sha512';
  digest: string;
  name: string;
  line: number;
}

const GNU_LINE = /^\\?([A-Fa-f0-9]+) [ *](.+)$/;
const BSD_LINE = /^(SHA256|SHA512) \((.+)\) = ([A-Fa-f0-9]+)$/;

/**
 * Parses a checksums file in GNU coreutils format (`<hex>  <name>` or `<hex> *<name>`, as
 * `sha256sum` and goreleaser write) or BSD tag format (`SHA256 (<name>) = <hex>`). The
 * algorithm follows from the digest length. Any line that is not a checksum is an error with
 * its line number, because a half-read file would silently drop subjects.
 */
export function parseChecksums(text: string, file: string): ChecksumLine[] {
  const out: ChecksumLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim()) return;
    let hex: string | undefined;
    let name: string | undefined;
    const bsd = BSD_LINE.exec(line);
    const gnu = GNU_LINE.exec(line);
    if (bsd) {
      hex = bsd[3];
      name = bsd[2];
    } else if (gnu) {
      hex = gnu[1];
      name = gnu[2];
    }
    const digest = hex?.toLowerCase() ?? '';
    const algorithm = HEX.sha256.test(digest) ? 'sha256' : HEX.sha512.test(digest) ? 'sha512' : undefined;
    if (!name || !algorithm || (bsd && bsd[1].toLowerCase() !== algorithm)) {
      throw new PortcullisError('PARSE_FAILED', `${file}:${i + 1}: not a sha256 or sha512 checksum line`, {
        file,
      });
    }
    out.push({ algorithm, digest, name, line: i + 1 });
  });
  if (!out.length) throw new PortcullisError('PARSE_FAILED', `${file}: no checksums in the file`, { file });
  return out;
}

/** Subjects from a checksums file, as actions/attest's `subject-checksums` reads it. */
export function checksumSubjects(cwd: string, path: string): Subject[] {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `checksums file not found: ${path}`, { file: path, cause });
  }
  return dedupe(
    parseChecksums(text, path).map((c) => ({ name: c.name, digest: { [c.algorithm]: c.digest } })),
  );
}

const DIGEST_REF = /^(.+?)@(sha256|sha512):([a-f0-9]+)$/;

/** True for `name@sha256:<hex>` (optionally with a tag before the digest). */
export function isDigestReference(ref: string): boolean {
  const m = DIGEST_REF.exec(ref);
  return Boolean(m && HEX[m[2]]?.test(m[3]));
}

/**
 * A subject for an image given by digest. The name drops the tag, as GitHub's attest action
 * names image subjects (`ghcr.io/owner/app`), so the same image under two tags is one subject.
 */
export function digestReferenceSubject(ref: string): Subject {
  const m = DIGEST_REF.exec(ref.trim());
  if (!m || !HEX[m[2]]?.test(m[3])) {
    throw new PortcullisError('USAGE', `not a digest reference (name@sha256:<64 hex>): ${ref}`);
  }
  return { name: stripTag(m[1]), digest: { [m[2]]: m[3] } };
}

/** `registry:5000/app:1.0` → `registry:5000/app`; a port is not a tag. */
export function stripTag(name: string): string {
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > slash ? name.slice(0, colon) : name;
}

/** `sha256:<hex>` as given on the command line, validated. */
export function parseDigest(text: string): { algorithm: string; hex: string } {
  const m = /^(sha256|sha512):([a-f0-9]+)$/.exec(text.trim());
  if (!m || !HEX[m[1]].test(m[2])) throw new PortcullisError('USAGE', `not a digest: ${text}`);
  return { algorithm: m[1], hex: m[2] };
}

function dedupe(subjects: Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((s) => {
    const key = `${s.name}\0${JSON.stringify(s.digest)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Merges subject lists, keeping the first of each name+digest pair. */
export function mergeSubjects(...lists: Subject[][]): Subject[] {
  return dedupe(lists.flat());
}
