import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateContext } from '../../../src/core/gate.js';
import { silentLogger } from '../../../src/core/gate.js';

const REPO = join(import.meta.dirname, '../../fixtures/pin/repo');
const run = async (ctx: GateContext) => (await import('../../../src/gates/pin/run.js')).run(ctx);

function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pin-gate-'));
  cpSync(REPO, dir, { recursive: true });
  return dir;
}

function context(cwd: string, over: Partial<GateContext> = {}): GateContext {
  return {
    cwd,
    targets: ['.'],
    config: { 'allowed-registries': ['docker.io'] },
    options: {},
    env: { PORTCULLIS_TODAY: '2026-11-24' },
    log: silentLogger,
    ...over,
  };
}

type Row = [file: string, rule: string, line: number, column: number, endColumn: number, suppressed: boolean];

describe('pin gate, offline policy', () => {
  it('reports every finding at its exact range, keeps suppressed ones, and checks other files past a broken one', async () => {
    const out = await run(context(copyRepo()));
    const rows: Row[] = out.findings
      .map((f): Row => [f.file, f.ruleId, f.line, f.column, f.endColumn, !!f.suppressed])
      .sort((a, b) => (a.join() < b.join() ? -1 : 1));
    expect(rows).toEqual(
      (
        [
          ['.github/workflows/ci.yml', 'PP002', 6, 15, 34, false],
          ['.github/workflows/ci.yml', 'PP002', 9, 15, 29, true],
          ['Dockerfile', 'PP001', 3, 6, 20, false],
          ['Dockerfile', 'PP001', 5, 6, 22, true],
          ['Dockerfile', 'PP001', 9, 6, 26, false],
          ['Dockerfile', 'PP003', 8, 6, 91, false],
          ['Dockerfile', 'PP005', 9, 6, 26, false],
          ['Dockerfile', 'PP006', 3, 6, 20, false],
          ['Dockerfile', 'PP008', 7, 6, 22, false],
          ['compose.yml', 'PP004', 3, 12, 92, false],
          ['k8s/deploy.yaml', 'PP006', 10, 18, 100, false],
        ] as Row[]
      ).sort((a, b) => (a.join() < b.join() ? -1 : 1)),
    );
    expect(out.errors).toEqual([
      expect.objectContaining({
        file: 'broken/compose.yml',
        message: expect.stringMatching(/^broken\/compose\.yml:4:1: invalid YAML/),
      }),
    ]);
    expect(out.extra).toMatchObject({ lifecycleSnapshot: '2026-11-24', lifecycleSource: 'bundled' });
    expect(out.scanned).toContain('k8s/deploy.yaml');
  });

  it('makes no network request without --fix, --resolve or --check-stale', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pin-net-'));
      writeFileSync(join(dir, 'Dockerfile'), `FROM 127.0.0.1:${port}/app:1\n`);
      mkdirSync(join(dir, '.github/workflows'), { recursive: true });
      writeFileSync(join(dir, '.github/workflows/ci.yml'), 'jobs:\n  a:\n    steps:\n      - uses: o/r@v1\n');
      const out = await run(
        context(dir, {
          config: {},
          env: { PORTCULLIS_TODAY: '2026-11-24', PORTCULLIS_GIT_BASE_URL: `http://127.0.0.1:${port}` },
        }),
      );
      expect(out.findings.map((f) => f.ruleId).sort()).toEqual(['PP001', 'PP002']);
      expect(requests).toBe(0);
      expect(out.extra?.registryRequests).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('a named file of another kind is skipped with a note, never silently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pin-skip-'));
    writeFileSync(join(dir, 'notes.txt'), 'FROM node:20\n');
    const out = await run(context(dir, { targets: ['notes.txt'] }));
    expect(out.findings).toEqual([]);
    expect(out.notes).toEqual(['not a file kind pin reads, skipped: notes.txt']);
  });

  it('an ignore glob drops the reference; allowed-registries from the option wins over config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pin-ign-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ghcr.io/myorg/dev-tool:1\nFROM quay.io/x/y:1\n');
    const out = await run(
      context(dir, {
        config: { ignore: ['ghcr.io/myorg/dev-*'], 'allowed-registries': ['docker.io'] },
        options: { 'allowed-registries': ['quay.io'] },
      }),
    );
    expect(out.findings.map((f) => [f.ruleId, f.line])).toEqual([['PP001', 2]]);
  });

  it.each([
    [{ 'stale-after': 'soon' }, /stale-after/],
    [{ platform: 'amd64' }, /--platform/],
    [{ 'lifecycle-warn-days': -1 }, /lifecycle-warn-days/],
  ])('bad option %j is a usage error', async (options, message) => {
    await expect(run(context(copyRepo(), { options }))).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(message),
    });
  });

  it('a refreshed lifecycle file is used and named in the report', async () => {
    const dir = copyRepo();
    const snap = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../src/gates/pin/lifecycle/snapshot.json'), 'utf8'),
    );
    snap.date = '2027-01-01';
    snap.products.nodejs = [{ cycle: '16', eol: false }];
    writeFileSync(join(dir, 'eol.json'), JSON.stringify(snap));
    const out = await run(context(dir, { config: { lifecycle: { file: 'eol.json' } } }));
    expect(out.extra).toMatchObject({ lifecycleSnapshot: '2027-01-01' });
    expect(out.findings.filter((f) => f.ruleId === 'PP006').map((f) => f.file)).toEqual(['k8s/deploy.yaml']);
  });
});
