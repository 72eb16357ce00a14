import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/actions/run-action.js';
import type { Logger } from '../../src/core/index.js';
import { scanGate } from '../../src/gates/scan/definition.js';
import { restoreActionCaches, saveActionCaches } from '../../src/platform/github/cache.js';
import { OciBuilder } from '../gates/scan/support/oci.js';

const TOKEN = 'runtime-token-for-the-stand-in';

interface Entry {
  id: number;
  key: string;
  version: string;
  chunks: Map<number, Buffer>;
  archive?: Buffer;
}

interface Reply {
  status: number;
  value?: unknown;
}

const reply = (status: number, value?: unknown): Reply => ({ status, value });

/**
 * A stand-in for the GitHub Actions cache service, v1 REST protocol, as @actions/cache 6.x speaks
 * it (lib/internal/cacheHttpClient.js): GET `_apis/artifactcache/cache?keys=&version=` (200 with
 * `archiveLocation`, or 204 on a miss; exact key first, then each key as a prefix, newest first),
 * POST `caches` to reserve, PATCH `caches/:id` with `Content-Range` chunks, POST `caches/:id` with
 * the size to commit. `failWith` answers every API call with that status.
 */
class CacheService {
  readonly entries: Entry[] = [];
  readonly calls: string[] = [];
  failWith?: number;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const body: Buffer[] = [];
      req.on('data', (c: Buffer) => body.push(c));
      req.on('end', () => {
        const { status, value } = this.handle(req, Buffer.concat(body));
        if (Buffer.isBuffer(value)) res.writeHead(status, { 'content-length': value.length }).end(value);
        else
          res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(value === undefined ? undefined : JSON.stringify(value));
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }

  private handle(req: IncomingMessage, body: Buffer): Reply {
    const url = new URL(req.url ?? '/', this.url);
    this.calls.push(`${req.method} ${url.pathname}`);
    const download = /^\/download\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && download) {
      const archive = this.entries.find((e) => e.id === Number(download[1]))?.archive;
      return archive ? reply(200, archive) : reply(404);
    }
    if (this.failWith) return reply(this.failWith, { message: 'stand-in outage' });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(401, { message: 'no token' });
    if (!String(req.headers.accept).includes('api-version=6.0-preview.1'))
      return reply(400, { message: 'no api version' });
    const path = url.pathname.replace(/^\/_apis\/artifactcache\//, '');
    if (req.method === 'GET' && path === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      const done = this.entries.filter((e) => e.archive && e.version === version).reverse();
      const hit =
        done.find((e) => e.key === keys[0]) ??
        keys.map((k) => done.find((e) => e.key.startsWith(k))).find(Boolean);
      if (!hit) return reply(204);
      return reply(200, {
        cacheKey: hit.key,
        scope: 'refs/heads/main',
        archiveLocation: `${this.url}download/${hit.id}`,
      });
    }
    if (req.method === 'POST' && path === 'caches') {
      const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
      if (this.entries.some((e) => e.key === key && e.version === version))
        return reply(409, { message: `cache ${key} exists` });
      const entry: Entry = { id: this.entries.length + 1, key, version, chunks: new Map() };
      this.entries.push(entry);
      return reply(201, { cacheId: entry.id });
    }
    const entry = this.entries.find((e) => `caches/${e.id}` === path);
    if (!entry) return reply(404, { message: 'no such cache' });
    if (req.method === 'PATCH') {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range']));
      if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.length) return reply(400);
      entry.chunks.set(Number(range[1]), body);
      return reply(204);
    }
    if (req.method === 'POST') {
      const archive = Buffer.concat(
        [...entry.chunks.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c),
      );
      if (archive.length !== (JSON.parse(body.toString()) as { size: number }).size) return reply(400);
      entry.archive = archive;
      return reply(204);
    }
    return reply(405);
  }
}

/** Every file under `dir` with its content, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length + 1)] = readFileSync(join(e.parentPath, e.name), 'hex');
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'pc-action-cache-'));
const service = new CacheService();
const saved = { ...process.env };
let stdout: string[] = [];
const logged: string[] = [];
const log: Logger = {
  info: (m) => logged.push(`info ${m}`),
  warn: (m) => logged.push(`warn ${m}`),
  debug: () => {},
};

beforeAll(() => service.start());
afterAll(async () => {
  await service.stop();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  for (const name of [
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_MODE',
    'RUNNER_DEBUG',
  ])
    delete process.env[name];
  Object.assign(process.env, {
    ACTIONS_CACHE_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: TOKEN,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: mkdtempSync(join(work, 'runner-temp-')),
    RUNNER_OS: 'Linux',
    PORTCULLIS_DB_DIR: join(work, 'default-db'),
  });
  service.failWith = undefined;
  stdout = [];
  logged.length = 0;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

describe('restoreActionCaches / saveActionCaches against the v1 cache service', () => {
  const layers = join(work, 'layers');
  const db = join(work, 'db');
  const day1 = new Date('2026-11-24T10:00:00Z');
  const day2 = new Date('2026-11-25T10:00:00Z');

  it('misses quietly, saves real archives, restores them into empty directories, keys the DB by day', async () => {
    const options: Record<string, unknown> = { 'cache-dir': layers, 'db-dir': db };
    const first = await restoreActionCaches(scanGate, options as never, process.env, log, day1);
    expect(first.map((r) => [r.key.replace(/24-[0-9a-z]+$/, '24-<unique>'), r.restoredKey])).toEqual([
      ['portcullis-scan-layers-Linux-2026-11-24-<unique>', undefined],
      ['portcullis-scan-osv-db-Linux-2026-11-24', undefined],
    ]);
    expect(options['update-db']).toBe(true);
    expect(logged.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(stdout.join('')).not.toContain('::warning::');

    mkdirSync(join(layers, 'sha256'), { recursive: true });
    writeFileSync(join(layers, 'sha256/abc.json'), '{"packages":[]}');
    mkdirSync(db, { recursive: true });
    writeFileSync(join(db, 'metadata.json'), '{"builtAt":"2026-11-24T09:00:00Z"}');
    writeFileSync(join(db, 'records.bin'), Buffer.from([0, 1, 2, 255, 254]));
    const want = { layers: tree(layers), db: tree(db) };
    await saveActionCaches(first, log);
    expect(logged.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(service.entries.filter((e) => e.archive).map((e) => e.key)).toEqual([
      first[0]?.key,
      first[1]?.key,
    ]);
    // The upload is a real compressed tar of the directory (GNU tar detects zstd or gzip itself).
    const archive = join(work, 'uploaded');
    writeFileSync(archive, service.entries[1]?.archive ?? Buffer.alloc(0));
    expect(execFileSync('tar', ['-tf', archive], { encoding: 'utf8' })).toMatch(/db\/records\.bin/);

    rmSync(layers, { recursive: true });
    rmSync(db, { recursive: true });
    const again: Record<string, unknown> = { 'cache-dir': layers, 'db-dir': db };
    const second = await restoreActionCaches(scanGate, again as never, process.env, log, day1);
    expect(second.map((r) => r.restoredKey)).toEqual([first[0]?.key, first[1]?.key]);
    expect({ layers: tree(layers), db: tree(db) }).toEqual(want);
    // Today's DB was there: no refresh asked for; nothing changed: nothing saved again.
    expect(again['update-db']).toBeUndefined();
    const reserves = service.calls.filter((c) => c === 'POST /_apis/artifactcache/caches').length;
    await saveActionCaches(second, log);
    expect(service.calls.filter((c) => c === 'POST /_apis/artifactcache/caches').length).toBe(reserves);

    // The next day yesterday's DB is restored by prefix and a refresh is asked for, unless the input said no.
    rmSync(db, { recursive: true });
    const next: Record<string, unknown> = { 'db-dir': db, 'update-db': false };
    const third = await restoreActionCaches(scanGate, next as never, process.env, log, day2);
    expect(third[1]).toMatchObject({
      key: 'portcullis-scan-osv-db-Linux-2026-11-25',
      restoredKey: first[1]?.key,
    });
    expect(next['update-db']).toBe(false);
    expect(tree(db)).toEqual(want.db);
    expect(next['cache-dir']).toBe(join(process.env.RUNNER_TEMP ?? '', 'portcullis-layers'));
  });

  it('only warns when the service answers 500, and saves nothing', async () => {
    service.failWith = 500;
    const dir = mkdtempSync(join(work, 'down-'));
    const options: Record<string, unknown> = { 'cache-dir': join(dir, 'l'), 'db-dir': join(dir, 'd') };
    const restored = await restoreActionCaches(scanGate, options as never, process.env, log, day1);
    expect(restored.map((r) => r.restoredKey)).toEqual([undefined, undefined]);
    expect(stdout.join('')).toMatch(
      /::warning::Failed to restore: (getCacheEntry failed: )?Cache service responded with 500/,
    );
    mkdirSync(join(dir, 'l'));
    writeFileSync(join(dir, 'l/x.json'), '{}');
    const before = service.entries.length;
    await saveActionCaches(restored, log);
    expect(logged).toContain(
      `warn The layers cache was not saved (${restored[0]?.key}); the next run starts without it.`,
    );
    expect(service.entries.length).toBe(before);
  });
});

describe('runAction("scan") and runAction("check") with the cache', () => {
  let image: string;
  const osv = join(work, 'osv');

  beforeAll(() => {
    const b = new OciBuilder(join(work, 'img'), 'app');
    const root = b.rootfs;
    mkdirSync(join(root, 'etc'), { recursive: true });
    mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(join(root, 'etc/os-release'), 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian 12"\n');
    writeFileSync(
      join(root, 'var/lib/dpkg/status'),
      'Package: zlib1g\nStatus: install ok installed\nVersion: 1:1.2.13.dfsg-1\nSource: zlib\nArchitecture: amd64\n\n',
    );
    b.commit('COPY . /');
    image = `oci:${b.ref}`;
    mkdirSync(osv);
    writeFileSync(
      join(osv, 'DEBIAN-CVE-2099-2.json'),
      JSON.stringify({
        id: 'DEBIAN-CVE-2099-2',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'Debian:12', name: 'zlib' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1:1.2.11-1' }] }],
          },
        ],
      }),
    );
  }, 120_000);

  /** One step of the scan action, or of another; returns its outputs file and whether the step failed. */
  async function step(
    inputs: Record<string, string>,
    action = 'scan',
  ): Promise<{ outputs: string; failed: boolean }> {
    const outputs = join(mkdtempSync(join(work, 'step-')), 'github-output');
    writeFileSync(outputs, '');
    process.env.GITHUB_OUTPUT = outputs;
    const all: Record<string, string> = {
      paths: image,
      'working-directory': work,
      scanners: 'vuln',
      'fail-on': 'critical',
      annotations: 'false',
      summary: 'false',
      'cache-dir': join(work, 'step-layers'),
      ...inputs,
    };
    for (const [name, value] of Object.entries(all)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    await runAction(action);
    return { outputs: readFileSync(outputs, 'utf8'), failed: process.exitCode === 1 };
  }

  it('passes or fails on the gate alone, whether the service works, answers 500 or is absent', async () => {
    rmSync(join(work, 'step-layers'), { recursive: true, force: true });
    const healthy = await step({ osv });
    expect(healthy.failed).toBe(false);
    expect(healthy.outputs).toMatch(/^passed<<.*\ntrue\n/m);
    // The real scan's layer inventories were saved.
    const layerEntry = service.entries.find(
      (e) => e.key.startsWith('portcullis-scan-layers-Linux-') && e.archive,
    );
    expect(layerEntry).toBeDefined();

    process.exitCode = undefined;
    service.failWith = 500;
    const broken = await step({ osv });
    expect(broken.failed).toBe(false);
    expect(broken.outputs).toMatch(/^passed<<.*\ntrue\n/m);
    expect(stdout.join('')).toMatch(
      /::warning::Failed to restore: (getCacheEntry failed: )?Cache service responded with 500/,
    );

    process.exitCode = undefined;
    delete process.env.ACTIONS_CACHE_URL;
    const absent = await step({ osv });
    expect(absent.failed).toBe(false);
    expect(absent.outputs).toMatch(/^passed<<.*\ntrue\n/m);
  }, 120_000);

  it('the root action restores and saves the caches of scan when it selects scan', async () => {
    const layers = join(work, 'check-layers');
    const check = { gates: 'scan', osv, 'cache-dir': layers };
    const before = service.entries.length;
    const first = await step(check, 'check');
    expect(first.failed).toBe(false);
    expect(first.outputs).toMatch(/^scan-passed<<.*\ntrue\n/m);
    const saved = service.entries.slice(before).filter((e) => e.archive);
    const layerKey = saved.find((e) => e.key.startsWith('portcullis-scan-layers-Linux-'))?.key;
    expect(layerKey).toBeDefined();
    const want = tree(layers);
    expect(Object.keys(want).length).toBeGreaterThan(0);

    rmSync(layers, { recursive: true });
    stdout = [];
    const second = await step(check, 'check');
    expect(second.failed).toBe(false);
    expect(stdout.join('')).toContain(`Restored layers cache ${layerKey} into ${layers}`);
    expect(tree(layers)).toEqual(want);
  }, 120_000);

  it('the root action leaves the cache service alone when no selected gate declares caches', async () => {
    const dir = mkdtempSync(join(work, 'lint-only-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:12\n');
    const calls = service.calls.length;
    const result = await step({ gates: 'lint', paths: 'Dockerfile', 'working-directory': dir }, 'check');
    expect(result.outputs).toMatch(/^lint-passed<</m);
    expect(result.outputs).not.toMatch(/^scan-passed/m);
    expect(service.calls.length).toBe(calls);
  }, 120_000);

  it('still fails closed (exit 3) with no DB when the service answers 500', async () => {
    service.failWith = 500;
    const result = await step({ 'db-dir': join(work, 'no-db'), 'update-db': 'false' });
    expect(result.failed).toBe(true);
    expect(result.outputs).toMatch(/^passed<<.*\nfalse\n/m);
    expect(stdout.join('')).toMatch(/::error::portcullis scan could not complete: /);
  }, 120_000);

  it('the scan action takes its images from the `image` input and writes `sbom-output`', async () => {
    const sbom = join(work, 'out', 'sbom.cdx.json');
    try {
      const result = await step({ paths: '', image, osv, 'sbom-output': sbom, severity: 'HIGH,CRITICAL' });
      expect(result.failed).toBe(false);
      expect(result.outputs).toMatch(/^passed<<.*\ntrue\n/m);
      const bom = JSON.parse(readFileSync(sbom, 'utf8'));
      expect(bom.bomFormat).toBe('CycloneDX');
      expect(bom.components.map((c: { name: string }) => c.name)).toContain('zlib1g');
    } finally {
      for (const name of ['IMAGE', 'SBOM-OUTPUT', 'SEVERITY']) delete process.env[`INPUT_${name}`];
    }
  }, 120_000);
});
