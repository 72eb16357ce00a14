import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/harness.js';
import { OciBuilder } from '../support/oci.js';
import { FIXTURES } from './helpers.js';

// `--cpe-match` end to end: a real umoci image with an npm package, NVD data from a feed mirror
// (`db update --nvd`) or from a file (`--nvd`), and the low-confidence finding in the JSON report.
const work = mkdtempSync(join(tmpdir(), 'pc-cpe-cli-'));
const SAMPLE = join(FIXTURES, 'nvd-cpe', 'nvdcve-2.0-sample.json');
let server: Server;
let base: string;
let ref: string;

beforeAll(async () => {
  const b = new OciBuilder(join(work, 'img'), 'app');
  const app = join(b.rootfs, 'srv/app/node_modules/lodash');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'lodash', version: '4.17.20' }));
  b.commit('RUN npm install lodash@4.17.20');
  ref = `oci:${b.ref}`;
  const npm = join(work, 'npm');
  mkdirSync(npm);
  writeFileSync(
    join(npm, 'GHSA-0000-0000-0001.json'),
    JSON.stringify({
      id: 'GHSA-0000-0000-0001',
      modified: '2026-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, versions: ['0.0.1'] }],
    }),
  );
  execFileSync('python3', ['-m', 'zipfile', '-c', join(work, 'npm.zip'), 'GHSA-0000-0000-0001.json'], {
    cwd: npm,
  });
  const zip = readFileSync(join(work, 'npm.zip'));
  const feed = gzipSync(readFileSync(SAMPLE));
  server = createServer((req, res) => {
    if (/^\/[^/]+\/all\.zip$/.test(req.url ?? '')) return res.end(zip);
    if (/^\/nvd\/nvdcve-2\.0-\d{4}\.json\.gz$/.test(req.url ?? '')) return res.end(feed);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

const lowConfidence = (stdout: string) =>
  (
    JSON.parse(stdout).findings as { ruleId: string; message: string; data: Record<string, unknown> }[]
  ).filter((f) => f.data?.confidence === 'low');

describe('portcullis scan --cpe-match', () => {
  it('db update --nvd stores the feeds, and the scan reports CPE matches as low confidence', async () => {
    const db = join(work, 'db');
    const update = await cli(
      [
        'db',
        'update',
        '--db-dir',
        db,
        '--ecosystem',
        'npm',
        '--mirror',
        base,
        '--nvd',
        '--nvd-mirror',
        `${base}/nvd`,
      ],
      work,
    );
    expect(update.stderr).not.toMatch(/DB_UPDATE_FAILED/);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/NVD 2002: 8\n/);
    const scan = await cli(
      [
        'scan',
        ref,
        '--db-dir',
        db,
        '--scanners',
        'vuln',
        '--cpe-match',
        '--fail-on',
        'critical',
        '-f',
        'json',
      ],
      work,
    );
    expect(scan.code).toBe(0);
    const found = lowConfidence(scan.stdout);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['CVE-2021-23337', 'CVE-2023-99003']);
    expect(found[0]!.message).toMatch(/low confidence: matched on the guessed CPE cpe:2\.3:a:lodash:lodash:/);
    expect(found.find((f) => f.ruleId === 'CVE-2021-23337')!.data).toMatchObject({
      matchedBy: 'cpe',
      fixedVersion: '4.17.21',
      severitySource: 'cvss_v3',
    });
    // Without the flag the same DB gives no CPE finding.
    const plain = await cli(['scan', ref, '--db-dir', db, '--scanners', 'vuln', '-f', 'json'], work);
    expect(lowConfidence(plain.stdout)).toEqual([]);
  }, 60_000);

  it('reads --nvd next to the cached DB; without any NVD data it exits 3', async () => {
    const db = join(work, 'db-osv-only');
    expect(
      (await cli(['db', 'update', '--db-dir', db, '--ecosystem', 'npm', '--mirror', base], work)).code,
    ).toBe(0);
    const withFile = await cli(
      [
        'scan',
        ref,
        '--db-dir',
        db,
        '--scanners',
        'vuln',
        '--cpe-match',
        '--nvd',
        SAMPLE,
        '--fail-on',
        'high',
        '-f',
        'json',
      ],
      work,
    );
    expect(withFile.code).toBe(1);
    expect(lowConfidence(withFile.stdout).map((f) => f.ruleId)).toContain('CVE-2021-23337');
    const sarif = await cli(
      ['scan', ref, '--db-dir', db, '--scanners', 'vuln', '--cpe-match', '--nvd', SAMPLE, '-f', 'sarif'],
      work,
    );
    const results = JSON.parse(sarif.stdout).runs[0].results as { ruleId: string; properties: object }[];
    expect(results.find((r) => r.ruleId === 'CVE-2021-23337')?.properties).toMatchObject({
      precision: 'low',
    });
    const without = await cli(['scan', ref, '--db-dir', db, '--scanners', 'vuln', '--cpe-match'], work);
    expect(without.code).toBe(3);
    expect(without.stdout + without.stderr).toMatch(/no NVD records: pass --nvd PATH/);
  }, 60_000);

  it('scan --update-db --cpe-match refreshes the OSV dumps and the NVD feeds from the mirrors', async () => {
    const scan = await cli(
      [
        'scan',
        ref,
        '--db-dir',
        join(work, 'db-refreshed'),
        '--update-db',
        '--scanners',
        'vuln',
        '--cpe-match',
        '-f',
        'json',
      ],
      work,
      { PORTCULLIS_OSV_MIRROR: base, PORTCULLIS_NVD_MIRROR: `${base}/nvd` },
    );
    expect(scan.code).toBe(1);
    expect(lowConfidence(scan.stdout).map((f) => f.ruleId)).toContain('CVE-2021-23337');
  }, 60_000);

  it('an NVD file with a record that is not a CVE, or a feed mirror that fails, exits 3 and keeps the DB', async () => {
    const bad = join(work, 'bad-nvd.json');
    writeFileSync(
      bad,
      JSON.stringify({ vulnerabilities: [{ cve: { id: 'not-a-cve', lastModified: '2024-01-01' } }] }),
    );
    const db = join(work, 'db-osv-only');
    const scan = await cli(
      ['scan', ref, '--db-dir', db, '--scanners', 'vuln', '--cpe-match', '--nvd', bad],
      work,
    );
    expect(scan.code).toBe(3);
    expect(scan.stdout + scan.stderr).toMatch(
      /1 invalid NVD record\(s\) under .*bad-nvd\.json, first .*not an NVD CVE record/,
    );
    const update = await cli(
      [
        'db',
        'update',
        '--db-dir',
        db,
        '--ecosystem',
        'npm',
        '--mirror',
        base,
        '--nvd',
        '--nvd-mirror',
        `${base}/gone`,
      ],
      work,
    );
    expect(update.code).toBe(3);
    expect(update.stderr).toMatch(/DB_UPDATE_FAILED: .*\/gone\/nvdcve-2\.0-2002\.json\.gz: HTTP 404/);
    const status = await cli(['db', 'status', '--db-dir', db], work);
    expect(status.code).toBe(0);
    expect(status.stdout).not.toMatch(/NVD/);
  }, 60_000);
});
