import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpeCandidates } from '../../../../src/gates/scan/match/cpe-candidates.js';
import { criterionAffects } from '../../../../src/gates/scan/match/cpe-match.js';
import { matchInventory, type VulnMatch } from '../../../../src/gates/scan/match/index.js';
import { COMPARATORS } from '../../../../src/gates/scan/match/versions/index.js';
import {
  type AdvisoryDb,
  MemoryDb,
  parseCpe23,
  readNvdPath,
  readOsvPath,
} from '../../../../src/gates/scan/vulndb/index.js';
import { FIXTURES, inventory, pkg } from './helpers.js';

const NVD = join(FIXTURES, 'nvd');
const SAMPLE = join(FIXTURES, 'nvd-cpe', 'nvdcve-2.0-sample.json');
const work = mkdtempSync(join(tmpdir(), 'pc-nvd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('parseCpe23', () => {
  it.each([
    [
      'cpe:2.3:a:lodash:lodash:*:*:*:*:*:node.js:*:*',
      { part: 'a', vendor: 'lodash', product: 'lodash', version: '*', update: '*', targetSw: 'node.js' },
    ],
    [
      'cpe:2.3:a:themeisle:wp_maintenance_mode_\\&_coming_soon:*:*:*:*:*:wordpress:*:*',
      { vendor: 'themeisle', product: 'wp_maintenance_mode_&_coming_soon', targetSw: 'wordpress' },
    ],
    ['cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*', { version: '2.0', update: 'beta9' }],
  ])('%s', (text, expected) => {
    expect(parseCpe23(text)).toMatchObject(expected);
  });

  it.each(['cpe:/a:lodash:lodash:4.17.20', 'cpe:2.3:a:lodash', 'cpe:2.3:a::lodash:*:*:*:*:*:*:*:*'])(
    'refuses %s',
    (text) => {
      expect(parseCpe23(text)).toBeUndefined();
    },
  );
});

describe('reading NVD CVE API 2.0 data (real records from anchore/vunnel and anchore/grype-db)', () => {
  it('reads an API response page and a single {"cve"} record from a directory', async () => {
    const result = await readNvdPath(NVD);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(39);
    const byId = new Map(result.records.map((r) => [r.record.id, r.record]));
    const log = byId.get('NVD-CVE-2018-5487')!;
    // NVD's own (Primary) scores only: the secondary CVSS 4.0 score is left out.
    expect(log.severity).toEqual([
      { type: 'CVSS_V3', score: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
    ]);
    expect(log.published).toBe('2018-05-24T14:29:00.390Z');
    // The vulnerable application node is kept; the non-vulnerable platform node of the AND is not.
    expect(log.affected).toEqual([
      {
        package: { ecosystem: 'NVD', name: 'netapp:oncommand_unified_manager' },
        database_specific: {
          cpe: [
            {
              criteria: 'cpe:2.3:a:netapp:oncommand_unified_manager:*:*:*:*:*:*:*:*',
              versionStartIncluding: '7.2',
              versionEndIncluding: '7.3',
            },
          ],
        },
      },
    ]);
    // "Awaiting Analysis" records have no configurations yet, so nothing to match on.
    expect(byId.get('NVD-CVE-2023-45602')!.affected).toEqual([]);
  });

  it('reads the same page gzipped, as the yearly feeds are', async () => {
    const gz = join(work, 'nvd-page.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(NVD, 'full-page.json'))));
    const plain = await readNvdPath(join(NVD, 'full-page.json'));
    const zipped = await readNvdPath(gz);
    expect(zipped.records.map((r) => r.record)).toEqual(plain.records.map((r) => r.record));
  });

  it('a truncated gzip feed and a file that is not NVD data are errors', async () => {
    const gz = join(work, 'nvd-truncated.json.gz');
    const whole = gzipSync(readFileSync(join(NVD, 'full-page.json')));
    writeFileSync(gz, whole.subarray(0, whole.length / 2));
    await expect(readNvdPath(gz)).rejects.toThrow(/not readable NVD JSON/);
    await expect(readNvdPath(join(FIXTURES, 'almalinux9', 'ALSA-2022:6157.json'))).rejects.toThrow(
      /no CVE records found/,
    );
    await expect(readNvdPath(join(NVD, 'missing.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('cpeCandidates', () => {
  it.each(
    (
      [
        [pkg({ name: 'lodash', version: '4.17.20', ecosystem: 'npm' }), 'lodash:lodash'],
        [pkg({ name: '@hapi/hoek', version: '9.0.0', ecosystem: 'npm' }), 'hapi:hoek'],
        [pkg({ name: 'requests', version: '2.31.0', ecosystem: 'pypi' }), 'python:requests'],
        [pkg({ name: 'PyYAML', version: '5.3', ecosystem: 'pypi' }), 'pyyaml:pyyaml'],
        [
          pkg({
            name: 'log4j-core',
            group: 'org.apache.logging.log4j',
            version: '2.14.1',
            ecosystem: 'maven',
          }),
          'apache:log4j',
        ],
        [
          pkg({
            name: 'jackson-databind',
            group: 'com.fasterxml.jackson.core',
            version: '2.9.8',
            ecosystem: 'maven',
          }),
          'fasterxml:jackson-databind',
        ],
        [pkg({ name: 'github.com/gin-gonic/gin', version: 'v1.6.0', ecosystem: 'golang' }), 'gin-gonic:gin'],
        [pkg({ name: 'guzzlehttp/guzzle', version: '7.4.0', ecosystem: 'composer' }), 'guzzlehttp:guzzle'],
        [pkg({ name: 'rack', version: '2.2.3', ecosystem: 'gem' }), 'rack_project:rack'],
      ] as const
    ).map(([p, key]) => ({ key, p })),
  )('$key', ({ key, p }) => {
    expect(cpeCandidates(p)?.keys).toContain(key);
  });

  it('gives OS packages none: distro advisories cover them', () => {
    expect(cpeCandidates(pkg({ name: 'openssl', version: '3.0.11-1~deb12u2', ecosystem: 'deb' }))).toBe(
      undefined,
    );
  });
});

describe('criterionAffects', () => {
  const semver = COMPARATORS.semver;
  const range = { criteria: 'cpe:2.3:a:x:y:*:*:*:*:*:*:*:*' };
  it.each([
    ['4.17.20', { ...range, versionEndExcluding: '4.17.21' }, { affected: true, fixed: '4.17.21' }],
    ['4.17.21', { ...range, versionEndExcluding: '4.17.21' }, { affected: false }],
    [
      '2.2.0',
      { ...range, versionStartIncluding: '2.3.0', versionEndExcluding: '2.31.0' },
      { affected: false },
    ],
    ['2.3.0', { ...range, versionStartExcluding: '2.3.0' }, { affected: false }],
    ['4.17.20', { ...range, versionEndIncluding: '4.17.20' }, { affected: true }],
    ['4.17.21', { ...range, versionEndIncluding: '4.17.20' }, { affected: false }],
    ['3.1.6', { criteria: 'cpe:2.3:a:ejs:ejs:3.1.6:*:*:*:*:node.js:*:*' }, { affected: true }],
    ['3.1.7', { criteria: 'cpe:2.3:a:ejs:ejs:3.1.6:*:*:*:*:node.js:*:*' }, { affected: false }],
    ['1.0.0', { criteria: 'cpe:2.3:a:x:y:-:*:*:*:*:*:*:*' }, { affected: false }],
  ])('%s in %j', (version, criterion, expected) => {
    expect(criterionAffects(version, criterion, semver)).toEqual(expected);
  });

  it('compares an exact version with its update field', () => {
    const beta = { criteria: 'cpe:2.3:a:apache:log4j:2.0:beta9:*:*:*:*:*:*' };
    expect(criterionAffects('2.0-beta9', beta, COMPARATORS.maven).affected).toBe(true);
    expect(criterionAffects('2.0', beta, COMPARATORS.maven).affected).toBe(false);
  });
});

describe('matchInventory with cpeMatch (hand-written NVD records, nvd-cpe/)', () => {
  let db: AdvisoryDb;
  beforeAll(async () => {
    const nvd = (await readNvdPath(SAMPLE)).records.map((r) => r.record);
    const pypa = (await readOsvPath(join(FIXTURES, 'pypa'))).records.map((r) => r.record);
    db = new MemoryDb([...nvd, ...pypa], []);
  });
  const row = (m: VulnMatch) => [
    m.package.name,
    m.id,
    m.fixedVersion ?? null,
    m.status,
    m.severity,
    m.confidence,
  ];
  const packages = [
    pkg({ name: 'lodash', version: '4.17.20', ecosystem: 'npm' }),
    pkg({ name: 'requests', version: '2.30.0', ecosystem: 'pypi' }),
    pkg({ name: 'log4j-core', group: 'org.apache.logging.log4j', version: '2.14.1', ecosystem: 'maven' }),
    pkg({ name: 'log4j-api', group: 'org.apache.logging.log4j', version: '2.0-beta9', ecosystem: 'maven' }),
    pkg({ name: 'ejs', version: '3.1.7', ecosystem: 'npm' }),
  ];

  it('finds the CVEs no ecosystem advisory decides, each marked low confidence', () => {
    const result = matchInventory(inventory(undefined, packages), db, { cpeMatch: true });
    expect(result.errors).toEqual([]);
    const low = result.matches.filter((m) => m.confidence === 'low').map(row);
    expect(low).toEqual([
      ['lodash', 'CVE-2021-23337', '4.17.21', 'fixed', 'high', 'low'],
      ['lodash', 'CVE-2023-99003', null, 'affected', 'medium', 'low'],
      ['requests', 'CVE-2024-35195', '2.32.0', 'fixed', 'medium', 'low'],
      ['log4j-core', 'CVE-2021-44228', '2.15.0', 'fixed', 'critical', 'low'],
      ['log4j-api', 'CVE-2021-44228', null, 'affected', 'critical', 'low'],
    ]);
    const lodash = result.matches.find((m) => m.id === 'CVE-2021-23337')!;
    expect(lodash).toMatchObject({
      cpe: 'cpe:2.3:a:lodash:lodash:*:*:*:*:*:node.js:*:*',
      severitySource: 'cvss_v3',
      ecosystem: 'NVD',
      advisoryPackage: 'lodash:lodash',
    });
    // CVE-2023-32681 is decided by the pypa advisory PYSEC-2023-74 (high confidence), not by CPE.
    const requests = result.matches.filter((m) => m.package.name === 'requests');
    expect(requests.find((m) => m.aliases.includes('CVE-2023-32681'))?.confidence).toBe('high');
    expect(requests.some((m) => m.id === 'CVE-2023-32681')).toBe(false);
  });

  it('leaves out other target software, rejected CVEs and fixed versions', () => {
    const fixed = [
      pkg({ name: 'lodash', version: '4.17.21', ecosystem: 'npm' }),
      pkg({ name: 'requests', version: '2.32.3', ecosystem: 'pypi' }),
    ];
    const result = matchInventory(inventory(undefined, fixed), db, { cpeMatch: true });
    expect(result.matches.filter((m) => m.confidence === 'low')).toEqual([]);
  });

  it('is off by default: the same data gives no CPE match', () => {
    const result = matchInventory(inventory(undefined, packages), db);
    expect(result.matches.filter((m) => m.confidence === 'low')).toEqual([]);
  });

  it('asking for it without NVD data is an error, not a quiet pass', async () => {
    const pypa = (await readOsvPath(join(FIXTURES, 'pypa'))).records.map((r) => r.record);
    const result = matchInventory(inventory(undefined, packages), new MemoryDb(pypa, []), { cpeMatch: true });
    expect(result.errors).toEqual([expect.stringMatching(/no NVD records: pass --nvd PATH/)]);
  });
});
