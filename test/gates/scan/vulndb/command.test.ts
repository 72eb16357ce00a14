import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/harness.js';
import { FIXTURES } from '../match/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'pc-db-cli-'));
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = join(FIXTURES, 'debian');
  const zip = join(work, 'Debian.zip');
  execFileSync('python3', ['-m', 'zipfile', '-c', zip, ...readdirSync(dir)], { cwd: dir });
  const body = readFileSync(zip);
  server = createServer((req, res) => {
    if (req.url === '/Debian/all.zip') return res.end(body);
    res.statusCode = 503;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

describe('portcullis db', () => {
  it('update downloads the dumps from a mirror and status describes the DB', async () => {
    const db = join(work, 'db');
    const update = await cli(
      ['db', 'update', '--db-dir', db, '--ecosystem', 'Debian', '--mirror', base],
      work,
    );
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/advisories: 12\n {2}Debian: 12\n/);
    const status = await cli(['db', 'status', '--db-dir', db], work);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/digest: {5}sha256:[0-9a-f]{64}/);
  });

  it('a failed update exits 3 and leaves no DB; status without a DB exits 3', async () => {
    const db = join(work, 'db-fail');
    const update = await cli(['db', 'update', '--db-dir', db, '--ecosystem', 'PyPI', '--mirror', base], work);
    expect(update.code).toBe(3);
    expect(update.stderr).toMatch(/DB_UPDATE_FAILED: .*PyPI\/all\.zip: HTTP 503/);
    expect((await cli(['db', 'status', '--db-dir', db], work)).code).toBe(3);
    expect((await cli(['db', 'frobnicate'], work)).code).toBe(2);
  }, 30_000);
});
