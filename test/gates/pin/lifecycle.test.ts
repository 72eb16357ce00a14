import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_SNAPSHOT,
  loadSnapshot,
  readSnapshot,
  updateSnapshot,
} from '../../../src/gates/pin/lifecycle/load.js';
import { cycleStatus, cyclesFor } from '../../../src/gates/pin/lifecycle/match.js';

const TODAY = '2026-11-24';

describe('lifecycle matching', () => {
  it.each([
    ['library/node', '16-alpine', ['nodejs 16 (Gallium)']],
    ['library/node', '20.11.1-bookworm-slim', ['nodejs 20 (Iron)', 'debian 12 (Bookworm)']],
    ['library/node', 'hydrogen-alpine3.15', ['nodejs 18 (Hydrogen)', 'alpine-linux 3.15']],
    ['library/python', '3.8-slim', ['python 3.8']],
    ['library/python', '3.11-slim-buster', ['python 3.11', 'debian 10 (Buster)']],
    ['library/debian', 'buster-slim', ['debian 10 (Buster)']],
    ['library/debian', '10.13', ['debian 10 (Buster)']],
    ['library/ubuntu', '18.04', ['ubuntu 18.04 (Bionic Beaver)']],
    ['library/ubuntu', 'jammy', ['ubuntu 22.04 (Jammy Jellyfish)']],
    ['library/alpine', '3.15.4', ['alpine-linux 3.15']],
    ['library/centos', 'centos7', ['centos 7']],
    ['library/eclipse-temurin', '11-jre', ['eclipse-temurin 11']],
    ['library/eclipse-temurin', '17-jdk-focal', ['eclipse-temurin 17', 'ubuntu 20.04 (Focal Fossa)']],
    ['library/openjdk', '8u342-jdk', ['eclipse-temurin 8']],
    ['library/golang', '1.22-alpine', ['go 1.22']],
    ['library/postgres', '14.10', ['postgresql 14']],
    ['mirror.example.com/docker/library/redis', '7.2', ['redis 7.2']],
    ['library/node', 'latest', []],
    ['library/node', undefined, []],
    ['myorg/app', '16', []],
  ])('%s:%s → %j', (repo, tag, labels) => {
    expect(cyclesFor(BUNDLED_SNAPSHOT, repo, tag).map((m) => m.label)).toEqual(labels);
  });

  it.each([
    ['library/debian', 'buster', 'eol', '2022-09-10'],
    ['library/centos', '7', 'eol', '2024-06-30'],
    ['library/node', '16', 'eol', '2023-09-11'],
    ['library/node', '18', 'eol', '2025-04-30'],
    ['library/node', '20', 'eol', '2026-04-30'],
    ['library/python', '3.8', 'eol', '2024-10-07'],
    ['library/python', '3.9', 'eol', '2025-10-31'],
    ['library/alpine', '3.15', 'eol', '2023-11-01'],
    ['library/php', '8.2', 'near', '2026-12-31'],
    ['library/node', '24', 'ok', '2028-04-30'],
  ])('%s:%s is %s (%s)', (repo, tag, state, date) => {
    const [m] = cyclesFor(BUNDLED_SNAPSHOT, repo, tag);
    expect(cycleStatus(m.cycle, TODAY, 90, false)).toMatchObject({ state, date });
  });

  it('extended support moves the end date when asked', () => {
    const [m] = cyclesFor(BUNDLED_SNAPSHOT, 'library/debian', 'bullseye');
    expect(cycleStatus(m.cycle, TODAY, 90, false).state).toBe('eol');
    expect(cycleStatus(m.cycle, '2026-07-01', 90, true)).toMatchObject({ state: 'near', date: '2026-08-31' });
  });

  it('the bundled snapshot is dated and covers every product', () => {
    expect(BUNDLED_SNAPSHOT.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of [
      'debian',
      'ubuntu',
      'alpine-linux',
      'centos',
      'almalinux',
      'rocky-linux',
      'nodejs',
      'python',
      'go',
      'eclipse-temurin',
      'ruby',
      'php',
      'nginx',
      'postgresql',
      'redis',
    ])
      expect(BUNDLED_SNAPSHOT.products[p]?.length, p).toBeGreaterThan(1);
  });
});

describe('--update-lifecycle against a local endoflife.date-shaped server', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  let broken = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const product = /^\/api\/([a-z-]+)\.json$/.exec(req.url ?? '')?.[1];
      if (!product || product === broken) {
        res.writeHead(product === broken ? 503 : 404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify([
          { cycle: '99', releaseDate: '2026-01-01', eol: '2031-01-01', latest: '99.1', lts: false },
        ]),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('writes a dated snapshot that the gate then prefers', async () => {
    broken = '';
    const file = join(mkdtempSync(join(tmpdir(), 'pin-eol-')), 'lifecycle.json');
    const snap = await updateSnapshot({ baseUrl: base, file, today: '2027-01-02', timeoutMs: 5000 });
    expect(snap.date).toBe('2027-01-02');
    expect(requests).toContain('/api/nodejs.json');
    const read = readSnapshot(file);
    expect(read.products.nodejs).toEqual([
      { cycle: '99', releaseDate: '2026-01-01', eol: '2031-01-01', latest: '99.1', lts: false },
    ]);
    expect(loadSnapshot(file)).toMatchObject({ from: file, snapshot: { date: '2027-01-02' } });
  });

  it('a failing product fails the refresh with the URL and status and writes nothing', async () => {
    broken = 'python';
    const file = join(mkdtempSync(join(tmpdir(), 'pin-eol-')), 'lifecycle.json');
    await expect(updateSnapshot({ baseUrl: base, file, today: TODAY, timeoutMs: 5000 })).rejects.toThrow(
      /cannot refresh lifecycle data: http:\/\/127\.0\.0\.1:\d+\/api\/python\.json: HTTP 503/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('an unreachable server is a NETWORK error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pin-eol-')), 'lifecycle.json');
    await expect(
      updateSnapshot({ baseUrl: 'http://127.0.0.1:9/api', file, today: TODAY, timeoutMs: 2000 }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('a damaged snapshot file is an error, never ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pin-eol-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"date": 1}');
    expect(() => loadSnapshot(file)).toThrow(/not a lifecycle snapshot/);
    expect(readFileSync(file, 'utf8')).toBe('{"date": 1}');
  });
});
