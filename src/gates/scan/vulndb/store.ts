import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PortcullisError } from '../../../core/errors.js';
import type { AdvisoryDb, DbMeta, DbSource } from './db.js';
import { VulnDbError } from './errors.js';
import { type OsvRecord, packageKey } from './osv.js';

const POINTER = 'current.json';
const RECORDS = 'records.jsonl';
const INDEX = 'index.json';
const META = 'metadata.json';

/** The default DB directory: `$PORTCULLIS_DB_DIR`, else `$XDG_CACHE_HOME/portcullis/osv`, else `~/.cache/portcullis/osv`. */
export function defaultDbDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.PORTCULLIS_DB_DIR) return env.PORTCULLIS_DB_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'portcullis', 'osv');
}

interface IndexFile {
  offsets: number[];
  keys: Record<string, number[]>;
}

/** Drops duplicate IDs (the newest `modified` wins) and orders by ID, so the digest is stable. */
export function canonicalRecords(records: Iterable<OsvRecord>): OsvRecord[] {
  const byId = new Map<string, OsvRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || r.modified > seen.modified) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function indexKeys(record: OsvRecord): Set<string> {
  const keys = new Set<string>();
  for (const a of record.affected ?? [])
    if (a.package) keys.add(packageKey(a.package.ecosystem, a.package.name));
  return keys;
}

function ecosystemsOf(records: OsvRecord[]): string[] {
  const set = new Set<string>();
  for (const r of records) for (const a of r.affected ?? []) if (a.package) set.add(a.package.ecosystem);
  return [...set].sort();
}

/** An index held in memory, for `--osv PATH` scans that never touch the cache. */
export class MemoryDb implements AdvisoryDb {
  readonly meta: DbMeta;
  private readonly byKey = new Map<string, OsvRecord[]>();

  /** `ecosystems` adds ecosystems that were queried even when no record names them (online mode). */
  constructor(
    records: Iterable<OsvRecord>,
    sources: DbSource[],
    builtAt?: string,
    ecosystems: string[] = [],
  ) {
    const list = canonicalRecords(records);
    const hash = createHash('sha256');
    for (const r of list) {
      hash.update(JSON.stringify(r));
      hash.update('\n');
      for (const key of indexKeys(r)) {
        const bucket = this.byKey.get(key);
        if (bucket) bucket.push(r);
        else this.byKey.set(key, [r]);
      }
    }
    const newest = list.reduce((max, r) => (r.modified > max ? r.modified : max), '');
    this.meta = {
      schema: 1,
      builtAt: builtAt ?? (newest || new Date(0).toISOString()),
      digest: `sha256:${hash.digest('hex')}`,
      records: list.length,
      ecosystems: [...new Set([...ecosystemsOf(list), ...ecosystems])].sort(),
      sources,
    };
  }

  lookup(ecosystem: string, name: string): OsvRecord[] {
    return this.byKey.get(packageKey(ecosystem, name)) ?? [];
  }

  close(): void {}
}

function writeFileDurably(path: string, data: string | Buffer): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a new DB version beside the old one and then swaps the `current.json` pointer with an
 * atomic rename: a crash at any point leaves the previous DB whole and in use. Older versions
 * are removed only after the swap.
 */
export function writeDb(
  dir: string,
  records: Iterable<OsvRecord>,
  sources: DbSource[],
  now = new Date(),
): DbMeta {
  const list = canonicalRecords(records);
  mkdirSync(dir, { recursive: true });
  const version = `v${now.getTime()}-${randomBytes(4).toString('hex')}`;
  const target = join(dir, version);
  mkdirSync(target);
  const hash = createHash('sha256');
  const index: IndexFile = { offsets: [], keys: {} };
  const chunks: Buffer[] = [];
  let offset = 0;
  list.forEach((record, n) => {
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    hash.update(line);
    chunks.push(line);
    index.offsets.push(offset);
    offset += line.length;
    for (const key of indexKeys(record)) {
      const bucket = index.keys[key];
      if (bucket) bucket.push(n);
      else index.keys[key] = [n];
    }
  });
  index.offsets.push(offset);
  const meta: DbMeta = {
    schema: 1,
    builtAt: now.toISOString(),
    digest: `sha256:${hash.digest('hex')}`,
    records: list.length,
    ecosystems: ecosystemsOf(list),
    sources,
  };
  writeFileDurably(join(target, RECORDS), Buffer.concat(chunks));
  writeFileDurably(join(target, INDEX), JSON.stringify(index));
  writeFileDurably(join(target, META), JSON.stringify(meta, null, 2));
  const pointerTmp = join(dir, `.${POINTER}.${version}.tmp`);
  writeFileDurably(pointerTmp, JSON.stringify({ version }));
  renameSync(pointerTmp, join(dir, POINTER));
  for (const entry of readdirSync(dir)) {
    if (entry !== version && /^v\d+-[0-9a-f]+$/.test(entry))
      rmSync(join(dir, entry), { recursive: true, force: true });
    if (entry.startsWith(`.${POINTER}.`) && entry.endsWith('.tmp')) rmSync(join(dir, entry), { force: true });
  }
  return meta;
}

/** Reads the metadata of the DB in `dir`, or undefined when there is none. */
export function readDbMeta(dir: string): DbMeta | undefined {
  const pointer = join(dir, POINTER);
  if (!existsSync(pointer)) return undefined;
  try {
    const { version } = JSON.parse(readFileSync(pointer, 'utf8')) as { version: string };
    return JSON.parse(readFileSync(join(dir, version, META), 'utf8')) as DbMeta;
  } catch (error) {
    throw new VulnDbError('DB_CORRUPT', `${dir}: unreadable DB metadata (${(error as Error).message})`, {
      file: dir,
      cause: error,
    });
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** A DB on disk: the index is in memory, records are read by offset on lookup. */
class DiskDb implements AdvisoryDb {
  private readonly cache = new Map<number, OsvRecord>();
  constructor(
    readonly meta: DbMeta,
    private readonly index: IndexFile,
    private readonly fd: number,
    private readonly file: string,
  ) {}

  private record(n: number): OsvRecord {
    const cached = this.cache.get(n);
    if (cached) return cached;
    const start = this.index.offsets[n];
    const end = this.index.offsets[n + 1];
    if (start === undefined || end === undefined || end < start)
      throw new VulnDbError('DB_CORRUPT', `${this.file}: index entry ${n} is out of range`);
    const buffer = Buffer.alloc(end - start);
    readSync(this.fd, buffer, 0, buffer.length, start);
    try {
      const record = JSON.parse(buffer.toString('utf8')) as OsvRecord;
      this.cache.set(n, record);
      return record;
    } catch (error) {
      throw new VulnDbError('DB_CORRUPT', `${this.file}: record ${n} is not valid JSON`, {
        file: this.file,
        cause: error,
      });
    }
  }

  lookup(ecosystem: string, name: string): OsvRecord[] {
    return (this.index.keys[packageKey(ecosystem, name)] ?? []).map((n) => this.record(n));
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface OpenDbOptions {
  /** Hash the records file and compare with the recorded digest (default true). */
  verify?: boolean;
}

/**
 * Opens the DB in `dir`. No DB is `DB_MISSING`; a truncated or altered one is `DB_CORRUPT`.
 * Both stop the scan with exit 3: never "0 vulnerabilities" for want of data.
 */
export async function openDb(dir: string, options: OpenDbOptions = {}): Promise<AdvisoryDb> {
  const meta = readDbMeta(dir);
  if (!meta)
    throw new VulnDbError(
      'DB_MISSING',
      `no vulnerability DB in ${dir}: run \`portcullis db update\` or pass --osv PATH`,
      { file: dir },
    );
  const { version } = JSON.parse(readFileSync(join(dir, POINTER), 'utf8')) as { version: string };
  const recordsPath = join(dir, version, RECORDS);
  const corrupt = (why: string, cause?: unknown): VulnDbError =>
    new VulnDbError(
      'DB_CORRUPT',
      `${join(dir, version)}: ${why}; run \`portcullis db update\` to rebuild it`,
      { file: dir, cause },
    );
  let index: IndexFile;
  try {
    index = JSON.parse(readFileSync(join(dir, version, INDEX), 'utf8')) as IndexFile;
  } catch (error) {
    throw corrupt('the index is unreadable', error);
  }
  if (
    !Array.isArray(index.offsets) ||
    typeof index.keys !== 'object' ||
    index.offsets.length !== meta.records + 1
  )
    throw corrupt('the index does not match the metadata');
  let size: number;
  try {
    size = statSync(recordsPath).size;
  } catch (error) {
    throw corrupt('the records file is missing', error);
  }
  if (size !== index.offsets[index.offsets.length - 1])
    throw corrupt(`the records file has ${size} bytes, the index expects ${index.offsets.at(-1)}`);
  if (options.verify !== false) {
    const digest = await sha256File(recordsPath);
    if (digest !== meta.digest) throw corrupt(`content digest ${digest} does not match ${meta.digest}`);
  }
  return new DiskDb(meta, index, openSync(recordsPath, 'r'), recordsPath);
}

/** Age of a DB in hours. */
export function dbAge(meta: DbMeta, now = new Date()): number {
  return (now.getTime() - Date.parse(meta.builtAt)) / 3_600_000;
}

/** Parses `max-db-age` values such as `24h`, `7d` or a number of hours. */
export function parseMaxAge(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([hd]?)$/i.exec(value.trim());
  if (!m) throw new PortcullisError('USAGE', `max-db-age "${value}" is not a duration like 24h or 7d`);
  return Number(m[1]) * (m[2]?.toLowerCase() === 'd' ? 24 : 1);
}
