import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { combine, exitCodeOf, finishGate } from '../../../../src/core/index.js';
import { type AssessInput, assessInventory } from '../../../../src/gates/scan/match/index.js';
import { renderImageScans } from '../../../../src/gates/scan/report/index.js';
import { readOsvPath, writeDb } from '../../../../src/gates/scan/vulndb/index.js';
import { BOOKWORM, FIXTURES, inventory, pkg } from './helpers.js';

const cwd = mkdtempSync(join(tmpdir(), 'pc-assess-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const NOW = new Date('2026-11-25T08:00:00Z');

const inv = inventory(BOOKWORM, [
  pkg({
    name: 'libc6',
    version: '2.36-9+deb12u1',
    ecosystem: 'deb',
    sourceName: 'glibc',
    sourceVersion: '2.36-9+deb12u1',
  }),
  pkg({
    name: 'tar',
    version: '1.34+dfsg-1.2',
    ecosystem: 'deb',
    sourceName: 'tar',
    sourceVersion: '1.34+dfsg-1.2',
  }),
]);

function input(over: Partial<AssessInput> = {}): AssessInput {
  return {
    inventory: inv,
    cwd,
    env: {},
    options: { osv: [join(FIXTURES, 'debian')] },
    config: {},
    toolVersion: '0.1.0',
    now: NOW,
    ...over,
  };
}

async function exitOf(over: Partial<AssessInput> = {}, failOn: 'high' | 'critical' | 'low' = 'high') {
  const r = await assessInventory(input(over));
  const report = finishGate(
    'scan',
    { findings: r.findings, errors: r.errors, rules: r.rules, ...(r.failOn ? { failOn: r.failOn } : {}) },
    { failOn: r.failOn ?? failOn },
    cwd,
  );
  return {
    code: exitCodeOf(combine({ name: 'portcullis', version: '0' }, 'scan', [report], failOn, false)),
    r,
  };
}

describe('assessInventory', () => {
  it('matches with --osv data, records the DB digest, and fails on a high', async () => {
    const { code, r } = await exitOf({ options: { osv: [join(FIXTURES, 'debian')], scanners: ['vuln'] } });
    expect(code).toBe(1);
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual([
      'DEBIAN-CVE-2010-4756',
      'DEBIAN-CVE-2019-1010022',
      'DSA-5514-1',
      'DEBIAN-CVE-2022-48303',
    ]);
    expect(r.extra.vulnerabilityDb).toMatchObject({ records: 12, digest: expect.stringMatching(/^sha256:/) });
    expect(r.notes.join('\n')).toMatch(/vulnerability data: 12 advisories built .*sha256:/);
    const render = renderImageScans([r.report], 'test');
    const gitlab = JSON.parse(render['gitlab-container-scanning']!());
    expect(gitlab.vulnerabilities.map((v: { name: string }) => v.name)).toContain('DSA-5514-1');
    const bom = JSON.parse(render['cyclonedx-vex']!());
    expect(bom.specVersion).toBe('1.6');
    expect(bom.vulnerabilities.map((v: { id: string }) => v.id)).toContain('DSA-5514-1');
  });

  it('no DB gives exit 3 and an error, never a pass', async () => {
    const { code, r } = await exitOf({ options: { 'db-dir': join(cwd, 'no-db'), scanners: ['vuln'] } });
    expect(code).toBe(3);
    expect(r.findings).toEqual([]);
    expect(r.errors.map((e) => e.code)).toEqual(['DB_MISSING']);
  });

  it('a truncated DB gives exit 3 with a message', async () => {
    const dir = join(cwd, 'db');
    writeDb(
      dir,
      (await readOsvPath(join(FIXTURES, 'debian'))).records.map((x) => x.record),
      [],
      NOW,
    );
    const version = JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')).version as string;
    truncateSync(join(dir, version, 'records.jsonl'), 50);
    const { code, r } = await exitOf({ options: { 'db-dir': dir, scanners: ['vuln'] } });
    expect(code).toBe(3);
    expect(r.errors[0]?.message).toMatch(/DB_CORRUPT: .*the records file has 50 bytes/);
  });

  it('an old DB beyond max-db-age gives exit 3', async () => {
    const dir = join(cwd, 'old-db');
    writeDb(dir, [], [], new Date('2026-11-01T00:00:00Z'));
    const { code, r } = await exitOf({ options: { 'db-dir': dir, 'max-db-age': '7d', scanners: ['vuln'] } });
    expect(code).toBe(3);
    expect(r.errors[0]?.code).toBe('DB_TOO_OLD');
  });

  it('reads .trivyignore from the working directory, and an expired entry fails', async () => {
    writeFileSync(join(cwd, '.trivyignore'), 'DSA-5514-1\nCVE-2022-48303 exp:2026-01-01\n');
    try {
      const { code, r } = await exitOf(
        { options: { osv: [join(FIXTURES, 'debian')], scanners: ['vuln'] } },
        'critical',
      );
      const dsa = r.findings.find((f) => f.ruleId === 'DSA-5514-1');
      expect(dsa?.suppressed).toEqual({ kind: 'config', justification: 'ignored (.trivyignore:1)' });
      expect(r.findings.filter((f) => f.ruleId === 'PS201').map((f) => [f.file, f.line])).toEqual([
        ['.trivyignore', 2],
      ]);
      expect(code).toBe(1);
    } finally {
      rmSync(join(cwd, '.trivyignore'));
    }
  });

  it('tiers from the scan section decide the verdict', async () => {
    const config = { policy: { critical: 'fail', high: 'fail-if-fixed', medium: 'warn', low: 'ignore' } };
    const { code, r } = await exitOf({
      config,
      options: { osv: [join(FIXTURES, 'debian')], scanners: ['vuln'] },
    });
    expect(r.failOn).toBe('unknown');
    // DSA-5514-1 is high with a fix: it fails.
    expect(r.findings.filter((f) => !f.suppressed).map((f) => f.ruleId)).toEqual(['DSA-5514-1']);
    expect(code).toBe(1);
  });

  it('reports secrets with their layer and config findings with their history index', async () => {
    const r = await assessInventory(
      input({
        options: { scanners: ['secret', 'config'] },
        secrets: [
          {
            layerIndex: 1,
            removedInLayer: 2,
            hit: {
              ruleId: 'PS006',
              path: 'app/.env',
              line: 2,
              column: 14,
              endColumn: 54,
              masked: 'ghp_****************',
            },
          },
        ],
        imageConfig: {
          config: { User: 'app', Healthcheck: { Test: ['CMD', 'true'] } },
          history: [{ created_by: 'ADD x /' }, { created_by: 'RUN |1 API_TOKEN=abc12345xyz sh -c make' }],
        },
      }),
    );
    expect(r.findings.map((f) => [f.ruleId, f.file, f.line, f.message])).toEqual([
      [
        'PS006',
        'app/.env',
        2,
        'GitHub token in /app/.env (layer 1): ghp_****************; deleted in layer 2, but still in layer 1 of the image',
      ],
      [
        'PS104',
        'docker-archive:test.tar',
        2,
        'history entry 1 sets API_TOKEN to a literal value (ab*********); it stays in the image history even if a later layer removes it',
      ],
    ]);
    expect(r.findings[0]?.data?.layer).toMatchObject({
      index: 1,
      createdBy: 'RUN pip install -r requirements.txt',
    });
    expect(r.errors).toEqual([]);
  });

  it('--secret-severity sets one severity for secrets, and scan.secrets.disable turns a rule off', async () => {
    const secrets = [
      {
        layerIndex: 0,
        hit: {
          ruleId: 'PS006',
          path: 'app/.env',
          line: 1,
          column: 1,
          endColumn: 41,
          masked: 'ghp_****************',
        },
      },
      {
        layerIndex: 0,
        hit: {
          ruleId: 'PS014',
          path: 'root/.ssh/id_rsa',
          line: 1,
          column: 1,
          endColumn: 1,
          masked: '(whole file)',
        },
      },
    ];
    const r = await assessInventory(
      input({
        options: { scanners: ['secret'], 'secret-severity': 'low' },
        config: { secrets: { disable: ['PS014'] } },
        secrets,
      }),
    );
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['PS006', 'low']]);
    await expect(
      assessInventory(input({ options: { scanners: ['secret'], 'secret-severity': 'severe' }, secrets })),
    ).rejects.toThrow(/not a severity/);
  });
});
