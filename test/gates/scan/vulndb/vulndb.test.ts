import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadAdvisories,
  MemoryDb,
  openDb,
  parseOsvText,
  readDbMeta,
  readOsvPath,
  updateDb,
  VulnDbError,
  writeDb,
} from '../../../../src/gates/scan/vulndb/index.js';
import { FIXTURES } from '../match/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'pc-vulndb-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a real zip with Python's zipfile module, flat like osv.dev's all.zip. */
function makeZip(dir: string, out: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  execFileSync('python3', ['-m', 'zipfile', '-c', out, ...files], { cwd: dir });
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<VulnDbError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(VulnDbError);
    return error as VulnDbError;
  }
  throw new Error('expected a rejection');
}

describe('OSV parsing', () => {
  it('reads JSON and YAML records and keeps the fields matching needs', () => {
    const yaml = parseOsvText(
      readFileSync(join(FIXTURES, 'pypa/jinja2/PYSEC-2014-8.yaml'), 'utf8'),
      'PYSEC-2014-8.yaml',
    );
    expect(yaml.id).toBe('PYSEC-2014-8');
    expect(yaml.aliases).toEqual(['CVE-2014-1402', 'GHSA-8r7q-cvjq-x353']);
    expect(yaml.affected?.[0]?.package).toEqual({
      name: 'jinja2',
      ecosystem: 'PyPI',
      purl: 'pkg:pypi/jinja2',
    });
    expect(yaml.affected?.[0]?.ranges?.[0]?.events).toEqual([{ introduced: '0' }, { fixed: '2.7.2' }]);
    expect(yaml.references?.length).toBeLessThanOrEqual(3);
    const json = parseOsvText(
      readFileSync(join(FIXTURES, 'debian/DSA-5514-1.json'), 'utf8'),
      'DSA-5514-1.json',
    );
    expect(json.affected?.[0]?.ecosystem_specific).toEqual({ urgency: 'high' });
  });

  it.each([
    ['not JSON', '{', /DB|JSON|Unexpected|Expected/],
    ['no id', '{"modified":"2024-01-01"}', /"id" must be a non-empty string/],
    [
      'bad event',
      '{"id":"X-1","modified":"m","affected":[{"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0","fixed":"1"}]}]}]}',
      /events\[0\] must have exactly one/,
    ],
    [
      'bad range type',
      '{"id":"X-1","modified":"m","affected":[{"ranges":[{"type":"RPM","events":[{"introduced":"0"}]}]}]}',
      /type must be SEMVER, ECOSYSTEM or GIT/,
    ],
  ])('rejects %s with OSV_INVALID and the file name', (_, text, message) => {
    let error: unknown;
    try {
      parseOsvText(text, 'bad.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VulnDbError);
    expect((error as VulnDbError).dbCode).toBe('OSV_INVALID');
    expect((error as Error).message).toMatch(/bad\.json/);
    expect((error as Error).message).toMatch(message);
  });

  it('reads a directory tree of YAML (pypa) and of JSON (AlmaLinux)', async () => {
    const pypa = await readOsvPath(join(FIXTURES, 'pypa'));
    expect(pypa.problems).toEqual([]);
    expect(pypa.records.length).toBe(25);
    const alma = await readOsvPath(join(FIXTURES, 'almalinux9'));
    expect(alma.records.length).toBe(29);
  });

  it('reads an all.zip dump entry by entry', async () => {
    const zip = makeZip(join(FIXTURES, 'debian'), join(work, 'debian-all.zip'));
    const result = await readOsvPath(zip);
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.record.id).sort()).toContain('DSA-5514-1');
    expect(result.records).toHaveLength(12);
    expect(result.records[0]?.file).toMatch(/debian-all\.zip!/);
  });

  it('a truncated zip is DB_CORRUPT, a missing path OSV_UNREADABLE', async () => {
    const zip = makeZip(join(FIXTURES, 'debian'), join(work, 'truncated.zip'));
    truncateSync(zip, 2000);
    expect((await rejection(readOsvPath(zip))).dbCode).toBe('DB_CORRUPT');
    expect((await rejection(readOsvPath(join(work, 'nope')))).dbCode).toBe('OSV_UNREADABLE');
  });
});

describe('local DB', () => {
  it('writes, opens and looks up per package, with digest and build time', async () => {
    const dir = join(work, 'db1');
    const records = (await readOsvPath(join(FIXTURES, 'debian'))).records.map((r) => r.record);
    const meta = writeDb(
      dir,
      records,
      [{ name: 'Debian', records: records.length, skipped: 0 }],
      new Date('2026-11-20T00:00:00Z'),
    );
    expect(meta.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(meta.ecosystems).toEqual(['Debian:11', 'Debian:12']);
    const db = await openDb(dir);
    expect(db.meta).toEqual(meta);
    expect(db.lookup('Debian:12', 'glibc').map((r) => r.id)).toEqual([
      'DEBIAN-CVE-2010-4756',
      'DEBIAN-CVE-2019-1010022',
      'DSA-5514-1',
    ]);
    expect(db.lookup('Debian:11', 'glibc').map((r) => r.id)).toEqual(['DLA-3152-1']);
    expect(db.lookup('Debian:12', 'libc6')).toEqual([]);
    db.close();
    // The same content gives the same digest, whatever the order it came in.
    expect(new MemoryDb([...records].reverse(), []).meta.digest).toBe(meta.digest);
  });

  it('normalises PyPI names (PEP 503) on both sides', async () => {
    const records = (await readOsvPath(join(FIXTURES, 'pypa'))).records.map((r) => r.record);
    const db = new MemoryDb(records, []);
    expect(db.lookup('PyPI', 'PyYAML').length).toBe(db.lookup('PyPI', 'pyyaml').length);
    expect(db.lookup('PyPI', 'Jinja2').length).toBe(5);
  });

  it('a crash before the pointer swap leaves the previous DB in use', async () => {
    const dir = join(work, 'db2');
    const records = (await readOsvPath(join(FIXTURES, 'debian'))).records.map((r) => r.record);
    const before = writeDb(dir, records, []);
    // A half-written next version: records written, no index, pointer not swapped.
    mkdirSync(join(dir, 'v9999999999999-deadbeef'));
    writeFileSync(join(dir, 'v9999999999999-deadbeef', 'records.jsonl'), '{"id":');
    const db = await openDb(dir);
    expect(db.meta.digest).toBe(before.digest);
    db.close();
  });

  it('no DB is DB_MISSING; a truncated or altered one is DB_CORRUPT', async () => {
    expect((await rejection(openDb(join(work, 'empty')))).dbCode).toBe('DB_MISSING');
    const dir = join(work, 'db3');
    const records = (await readOsvPath(join(FIXTURES, 'debian'))).records.map((r) => r.record);
    writeDb(dir, records, []);
    const version = JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')).version as string;
    const file = join(dir, version, 'records.jsonl');
    const original = readFileSync(file);
    truncateSync(file, 100);
    const truncated = await rejection(openDb(dir));
    expect(truncated.dbCode).toBe('DB_CORRUPT');
    expect(truncated.message).toMatch(/bytes, the index expects/);
    const altered = Buffer.from(original);
    altered[10] = altered[10] === 0x41 ? 0x42 : 0x41;
    writeFileSync(file, altered);
    expect((await rejection(openDb(dir))).message).toMatch(/content digest .* does not match/);
    writeFileSync(join(dir, version, 'index.json'), '{');
    expect((await rejection(openDb(dir))).message).toMatch(/index is unreadable/);
  });
});

describe('db update from a local server', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  let flaky = 0;
  beforeAll(async () => {
    const debianZip = readFileSync(makeZip(join(FIXTURES, 'debian'), join(work, 'Debian.zip')));
    const almaDir = join(work, 'alma');
    cpSync(join(FIXTURES, 'almalinux9'), almaDir, { recursive: true });
    const almaZip = readFileSync(makeZip(almaDir, join(work, 'AlmaLinux.zip')));
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/Debian/all.zip') return res.end(debianZip);
      if (req.url === '/AlmaLinux/all.zip') {
        // The first request fails with 503, the retry succeeds.
        if (flaky++ === 0) {
          res.statusCode = 503;
          return res.end('busy');
        }
        return res.end(almaZip);
      }
      if (req.url === '/Rocky%20Linux/all.zip') {
        res.statusCode = 429;
        return res.end('slow down');
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads each all.zip, retries a 5xx, and records sources, build time and digest', async () => {
    const dir = join(work, 'db-update');
    const now = new Date('2026-11-25T06:00:00Z');
    const { meta } = await updateDb({
      dir,
      ecosystems: ['Debian', 'AlmaLinux'],
      baseUrl: base,
      retryDelayMs: 1,
      now,
    });
    expect(hits).toContain('/Debian/all.zip');
    expect(hits.filter((h) => h === '/AlmaLinux/all.zip')).toHaveLength(2);
    expect(meta.builtAt).toBe(now.toISOString());
    expect(meta.records).toBe(12 + 29);
    expect(meta.sources.map((s) => [s.name, s.records])).toEqual([
      ['Debian', 12],
      ['AlmaLinux', 29],
    ]);
    expect(meta.ecosystems).toContain('AlmaLinux:9');
    const db = await openDb(dir);
    expect(db.lookup('AlmaLinux:9', 'openssl').length).toBeGreaterThan(5);
    db.close();
    expect(readdirSync(dir).filter((f) => f.startsWith('.download'))).toEqual([]);
  });

  it('a failed refresh keeps the old DB and falls back to it within max-db-age', async () => {
    const dir = join(work, 'db-fallback');
    const built = new Date('2026-11-24T06:00:00Z');
    await updateDb({ dir, ecosystems: ['Debian'], baseUrl: base, now: built });
    const before = readDbMeta(dir);
    const update = { ecosystems: ['Debian', 'Rocky Linux'], baseUrl: base, retryDelayMs: 1, attempts: 2 };
    const later = new Date('2026-11-25T06:00:00Z');
    const loaded = await loadAdvisories({ dbDir: dir, update, maxAgeHours: 48, now: later });
    expect(loaded.db.meta.digest).toBe(before?.digest);
    expect(loaded.notes.join('\n')).toMatch(
      /DB refresh failed \(.*HTTP 429\); using the cached DB built 2026-11-24T06:00:00.000Z \(24h old\)/,
    );
    loaded.db.close();
    const tooOld = await rejection(loadAdvisories({ dbDir: dir, update, maxAgeHours: 12, now: later }));
    expect(tooOld.dbCode).toBe('DB_TOO_OLD');
    expect(tooOld.message).toMatch(/over max-db-age 12h/);
    expect(readDbMeta(dir)?.digest).toBe(before?.digest);
  });

  it('a refresh with no cached DB fails closed; an old DB without refresh is DB_TOO_OLD', async () => {
    const dir = join(work, 'db-none');
    const failed = await rejection(
      loadAdvisories({ dbDir: dir, update: { ecosystems: ['Nope'], baseUrl: base, attempts: 1 } }),
    );
    expect(failed.dbCode).toBe('DB_UPDATE_FAILED');
    expect(existsSync(join(dir, 'current.json'))).toBe(false);
    expect((await rejection(loadAdvisories({ dbDir: dir }))).dbCode).toBe('DB_MISSING');
    writeDb(dir, [], [], new Date('2026-01-01T00:00:00Z'));
    const old = await rejection(
      loadAdvisories({ dbDir: dir, maxAgeHours: 24, now: new Date('2026-11-25T00:00:00Z') }),
    );
    expect(old.dbCode).toBe('DB_TOO_OLD');
  });
});

describe('--osv paths', () => {
  it('loads several paths in memory, and fails closed on an invalid file', async () => {
    const { db } = await loadAdvisories({
      dbDir: join(work, 'unused'),
      osvPaths: [join(FIXTURES, 'pypa'), join(FIXTURES, 'debian')],
    });
    expect(db.meta.sources.map((s) => s.records)).toEqual([25, 12]);
    expect(db.meta.ecosystems).toEqual(['Debian:11', 'Debian:12', 'PyPI']);
    const bad = join(work, 'bad-osv');
    mkdirSync(bad);
    writeFileSync(join(bad, 'X.json'), '{"id": "X"}');
    const error = await rejection(loadAdvisories({ dbDir: work, osvPaths: [bad] }));
    expect(error.dbCode).toBe('OSV_INVALID');
    expect(error.file).toBe(join(bad, 'X.json'));
    mkdirSync(join(work, 'empty-osv'));
    expect(
      (await rejection(loadAdvisories({ dbDir: work, osvPaths: [join(work, 'empty-osv')] }))).dbCode,
    ).toBe('OSV_UNREADABLE');
  });
});
