import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRange, matchInventory, type VulnMatch } from '../../../../src/gates/scan/match/index.js';
import { type AdvisoryDb, MemoryDb, readOsvPath } from '../../../../src/gates/scan/vulndb/index.js';
import { ALMA9, BOOKWORM, FIXTURES, inventory, pkg } from './helpers.js';

async function dbOf(...dirs: string[]): Promise<AdvisoryDb> {
  const records = [];
  for (const dir of dirs)
    records.push(...(await readOsvPath(join(FIXTURES, dir))).records.map((r) => r.record));
  return new MemoryDb(records, []);
}

const summary = (m: VulnMatch) => [
  m.package.name,
  m.id,
  m.fixedVersion ?? null,
  m.status,
  m.severity,
  m.severitySource,
];

describe('Debian (hand-written DSA/DLA/DEBIAN-CVE records)', () => {
  let db: AdvisoryDb;
  beforeAll(async () => {
    db = await dbOf('debian');
  });
  const packages = [
    pkg({
      name: 'libc6',
      version: '2.36-9+deb12u1',
      ecosystem: 'deb',
      sourceName: 'glibc',
      sourceVersion: '2.36-9+deb12u1',
    }),
    pkg({
      name: 'libc-bin',
      version: '2.36-9+deb12u4',
      ecosystem: 'deb',
      sourceName: 'glibc',
      sourceVersion: '2.36-9+deb12u4',
    }),
    pkg({
      name: 'libkrb5-3',
      version: '1.20.1-2+deb12u1',
      ecosystem: 'deb',
      sourceName: 'krb5',
      sourceVersion: '1.20.1-2+deb12u1',
    }),
    pkg({
      name: 'libsystemd0',
      version: '252.19-1~deb12u1',
      ecosystem: 'deb',
      sourceName: 'systemd',
      sourceVersion: '252.19-1~deb12u1',
    }),
    pkg({
      name: 'libudev1',
      version: '252.22-1~deb12u1',
      ecosystem: 'deb',
      sourceName: 'systemd',
      sourceVersion: '252.22-1~deb12u1',
    }),
    pkg({
      name: 'tar',
      version: '1.34+dfsg-1.2',
      ecosystem: 'deb',
      sourceName: 'tar',
      sourceVersion: '1.34+dfsg-1.2',
    }),
    pkg({
      name: 'zlib1g',
      version: '1:1.2.13.dfsg-1',
      ecosystem: 'deb',
      sourceName: 'zlib',
      sourceVersion: '1:1.2.13.dfsg-1',
    }),
    pkg({
      name: 'libncursesw6',
      version: '6.4-4',
      ecosystem: 'deb',
      sourceName: 'ncurses',
      sourceVersion: '6.4-4',
    }),
  ];

  it('matches on release and source package with the distro severity and status', () => {
    const result = matchInventory(inventory(BOOKWORM, packages), db);
    expect(result.errors).toEqual([]);
    expect(result.osEcosystems).toEqual(['Debian:12']);
    expect(result.packagesChecked).toBe(8);
    expect(result.matches.map(summary)).toEqual([
      ['libc6', 'DEBIAN-CVE-2010-4756', null, 'affected', 'low', 'debian'],
      ['libc6', 'DEBIAN-CVE-2019-1010022', null, 'will_not_fix', 'low', 'debian'],
      ['libc6', 'DSA-5514-1', '2.36-9+deb12u3', 'fixed', 'high', 'debian'],
      ['libc-bin', 'DEBIAN-CVE-2010-4756', null, 'affected', 'low', 'debian'],
      ['libc-bin', 'DEBIAN-CVE-2019-1010022', null, 'will_not_fix', 'low', 'debian'],
      // urgency "not yet assigned" falls through to the CVSS vector (7.5).
      ['libkrb5-3', 'DEBIAN-CVE-2024-26462', null, 'fix_deferred', 'high', 'cvss_v3'],
      ['libsystemd0', 'DEBIAN-CVE-2023-50387', '252.22-1~deb12u1', 'fixed', 'high', 'debian'],
      ['libsystemd0', 'DEBIAN-CVE-2024-0000', null, 'affected', 'medium', 'debian'],
      ['tar', 'DEBIAN-CVE-2022-48303', '1.34+dfsg-1.2+deb12u1', 'fixed', 'low', 'debian'],
      ['zlib1g', 'DEBIAN-CVE-2023-0000', '1:1.2.13.dfsg-1+deb12u1', 'fixed', 'medium', 'debian'],
    ]);
    const dsa = result.matches.find((m) => m.id === 'DSA-5514-1')!;
    expect(dsa.related).toEqual(['CVE-2023-4527', 'CVE-2023-4911']);
    expect(dsa.advisoryPackage).toBe('glibc');
    expect(dsa.layer.createdBy).toMatch(/debian\.sh/);
  });

  it('every decision agrees with dpkg --compare-versions', () => {
    const pairs: [string, string, boolean][] = [];
    for (const p of packages) {
      for (const record of db.lookup('Debian:12', p.sourceName!)) {
        for (const range of record.affected?.[0]?.ranges ?? []) {
          for (const event of range.events) {
            const [kind, bound] = Object.entries(event)[0] as [string, string];
            if (kind !== 'fixed' || record.withdrawn) continue;
            const matched = matchInventory(inventory(BOOKWORM, [p]), db).matches.some(
              (m) => m.id === record.id,
            );
            pairs.push([p.sourceVersion!, bound, matched]);
          }
        }
      }
    }
    expect(pairs.length).toBeGreaterThanOrEqual(7);
    const script =
      'while read -r a b; do if dpkg --compare-versions "$a" lt "$b"; then echo true; else echo false; fi; done';
    const out = execFileSync('bash', ['-c', script], {
      input: `${pairs.map(([a, b]) => `${a} ${b}`).join('\n')}\n`,
      encoding: 'utf8',
    });
    const dpkgSays = out.trim().split('\n');
    expect(pairs.map(([a, b, matched]) => `${a} < ${b}: ${matched}`)).toEqual(
      pairs.map(([a, b], i) => `${a} < ${b}: ${dpkgSays[i]}`),
    );
  });

  it('an unknown OS, an unsupported one and a release missing from the data are all said aloud', () => {
    const unknown = matchInventory(inventory(undefined, packages), db);
    expect(unknown.osCoverage).toBe('unknown-os');
    expect(unknown.notes.join()).toMatch(/OS is unknown: 8 OS packages were not checked/);
    const trixie = matchInventory(inventory({ ...BOOKWORM, versionId: '13' }, packages), db);
    expect(trixie.osCoverage).toBe('unknown-release');
    expect(trixie.notes.join()).toMatch(/no Debian advisories for release 13/);
    const gentoo = matchInventory(
      inventory({ family: 'gentoo', versionId: '2.15', source: 'etc/os-release' }, packages),
      db,
    );
    expect(gentoo.osCoverage).toBe('unsupported-os');
    const noDebianData = matchInventory(inventory(BOOKWORM, packages), new MemoryDb([], []));
    expect(noDebianData.errors.join()).toMatch(
      /no Debian advisories, so the 8 debian packages could not be checked/,
    );
  });

  it('--pkg-types library leaves OS packages alone', () => {
    const result = matchInventory(inventory(BOOKWORM, packages), db, { pkgTypes: ['library'] });
    expect(result.matches).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});

describe('Debian advisories and per-CVE records', () => {
  const glibc = (id: string, cves: string[], fixed: string, extra: Record<string, unknown> = {}) => ({
    id,
    modified: '2024-01-01T00:00:00Z',
    upstream: cves,
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'glibc' },
        ranges: [{ type: 'ECOSYSTEM' as const, events: [{ introduced: '0' }, { fixed }] }],
        ecosystem_specific: { urgency: 'high' },
      },
    ],
    ...extra,
  });
  const libc6 = pkg({
    name: 'libc6',
    version: '2.36-9+deb12u1',
    ecosystem: 'deb',
    sourceName: 'glibc',
    sourceVersion: '2.36-9+deb12u1',
  });

  it('folds a DSA into the DEBIAN-CVE findings when they cover every CVE it fixes', () => {
    const db = new MemoryDb(
      [
        glibc('DSA-5514-1', ['CVE-2023-4911', 'CVE-2023-4527'], '2.36-9+deb12u3'),
        glibc('DEBIAN-CVE-2023-4911', ['CVE-2023-4911'], '2.36-9+deb12u3'),
        glibc('DEBIAN-CVE-2023-4527', ['CVE-2023-4527'], '2.36-9+deb12u3'),
      ],
      [],
    );
    const result = matchInventory(inventory(BOOKWORM, [libc6]), db);
    expect(result.matches.map((m) => [m.id, m.aliases])).toEqual([
      ['DEBIAN-CVE-2023-4527', ['DSA-5514-1']],
      ['DEBIAN-CVE-2023-4911', ['DSA-5514-1']],
    ]);
  });

  it('keeps the DSA when a CVE it fixes has no record of its own', () => {
    const db = new MemoryDb(
      [
        glibc('DSA-5514-1', ['CVE-2023-4911', 'CVE-2023-4527'], '2.36-9+deb12u3'),
        glibc('DEBIAN-CVE-2023-4911', ['CVE-2023-4911'], '2.36-9+deb12u3'),
      ],
      [],
    );
    expect(matchInventory(inventory(BOOKWORM, [libc6]), db).matches.map((m) => m.id)).toEqual([
      'DEBIAN-CVE-2023-4911',
      'DSA-5514-1',
    ]);
  });
});

describe('AlmaLinux 9 (real AlmaLinux/osv-database errata)', () => {
  let db: AdvisoryDb;
  beforeAll(async () => {
    db = await dbOf('almalinux9');
  });
  const openssl = pkg({
    name: 'openssl-libs',
    version: '3.5.1-7.el9_7',
    epoch: 1,
    release: '7.el9_7',
    ecosystem: 'rpm',
    sourceName: 'openssl',
    sourceVersion: '3.5.1-7.el9_7',
  });
  const curl = pkg({
    name: 'curl',
    version: '7.76.1-35.el9_7.3',
    release: '35.el9_7.3',
    ecosystem: 'rpm',
    sourceName: 'curl',
    sourceVersion: '7.76.1-35.el9_7.3',
  });

  it('compares epoch:version-release and uses the errata severity', () => {
    const result = matchInventory(inventory(ALMA9, [openssl, curl]), db);
    expect(result.osEcosystems).toEqual(['AlmaLinux:9']);
    expect(result.matches.map(summary)).toEqual([
      ['openssl-libs', 'ALSA-2026:19218', '1:3.5.5-2.el9_8', 'fixed', 'medium', 'almalinux'],
      ['openssl-libs', 'ALSA-2026:22312', '1:3.5.5-3.el9_8', 'fixed', 'medium', 'almalinux'],
      ['openssl-libs', 'ALSA-2026:25239', '1:3.5.5-4.el9_8', 'fixed', 'high', 'almalinux'],
      ['curl', 'ALSA-2026:55439', '7.76.1-40.el9_8.5', 'fixed', 'high', 'almalinux'],
    ]);
    expect(result.matches[2]?.related).toContain('CVE-2026-45447');
  });

  it('every decision agrees with rpm.labelCompare', () => {
    const decisions: {
      installed: [string, string, string];
      fixed: [string, string, string];
      matched: boolean;
    }[] = [];
    const evr = (s: string): [string, string, string] => {
      const [e, rest] = s.includes(':') ? (s.split(':') as [string, string]) : ['0', s];
      const dash = rest.lastIndexOf('-');
      return [e, rest.slice(0, dash), rest.slice(dash + 1)];
    };
    for (const p of [openssl, curl]) {
      const matched = new Set(matchInventory(inventory(ALMA9, [p]), db).matches.map((m) => m.id));
      for (const record of [
        ...db.lookup('AlmaLinux:9', p.name),
        ...db.lookup('AlmaLinux:9', p.sourceName!),
      ]) {
        const fixed = record.affected?.[0]?.ranges?.[0]?.events.find((e) => 'fixed' in e) as {
          fixed: string;
        };
        decisions.push({
          installed: evr(`${p.epoch ?? 0}:${p.version}`),
          fixed: evr(fixed.fixed),
          matched: matched.has(record.id),
        });
      }
    }
    expect(decisions.length).toBeGreaterThan(20);
    const program =
      'import json,sys,rpm\nprint(json.dumps([rpm.labelCompare(tuple(d["installed"]), tuple(d["fixed"])) < 0 for d in json.load(sys.stdin)]))';
    const rpmSays = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', program], {
        input: JSON.stringify(decisions),
        encoding: 'utf8',
      }),
    ) as boolean[];
    expect(decisions.map((d) => d.matched)).toEqual(rpmSays);
  });
});

describe('PyPI (real pypa advisory-database records)', () => {
  let db: AdvisoryDb;
  beforeAll(async () => {
    db = await dbOf('pypa');
  });

  it('matches on ecosystem and normalised name, picks the fix of the matching range, and scores CVSS vectors', () => {
    const result = matchInventory(
      inventory(undefined, [
        pkg({ name: 'Jinja2', version: '2.10', ecosystem: 'pypi' }),
        pkg({ name: 'PyYAML', version: '5.3', ecosystem: 'pypi' }),
        pkg({ name: 'urllib3', version: '2.0.4', ecosystem: 'pypi' }),
        pkg({ name: 'requests', version: '99.0.0', ecosystem: 'pypi' }),
      ]),
      db,
    );
    expect(result.osCoverage).toBe('no-os-packages');
    const byPackage = (name: string) => result.matches.filter((m) => m.package.name === name).map(summary);
    expect(byPackage('Jinja2')).toEqual([
      ['Jinja2', 'PYSEC-2019-217', '2.10.1', 'fixed', 'unknown', 'unknown'],
      ['Jinja2', 'PYSEC-2021-66', '2.11.3', 'fixed', 'unknown', 'unknown'],
    ]);
    expect(byPackage('PyYAML').map((m) => m[2])).toEqual(['5.3.1', '5.4']);
    const urllib3 = result.matches.find((m) => m.id === 'PYSEC-2023-192')!;
    expect([urllib3.fixedVersion, urllib3.severity, urllib3.severitySource, urllib3.cvss?.score]).toEqual([
      '2.0.6',
      'high',
      'cvss_v3',
      8.1,
    ]);
    expect(byPackage('requests')).toEqual([]);
  });

  it('merges advisories that alias each other into one finding', () => {
    const records = [
      {
        id: 'PYSEC-2099-1',
        modified: '2024-01-01',
        aliases: ['GHSA-aaaa-bbbb-cccc', 'CVE-2099-1'],
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'demo' },
            ranges: [{ type: 'ECOSYSTEM' as const, events: [{ introduced: '0' }, { fixed: '1.2' }] }],
          },
        ],
      },
      {
        id: 'GHSA-aaaa-bbbb-cccc',
        modified: '2024-01-02',
        aliases: ['CVE-2099-1'],
        database_specific: { severity: 'CRITICAL' },
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'demo' },
            ranges: [{ type: 'ECOSYSTEM' as const, events: [{ introduced: '0' }, { fixed: '1.2.1' }] }],
          },
        ],
      },
    ];
    const result = matchInventory(
      inventory(undefined, [pkg({ name: 'demo', version: '1.0', ecosystem: 'pypi' })]),
      new MemoryDb(records, []),
    );
    expect(
      result.matches.map((m) => [m.id, m.aliases, m.fixedVersion, m.severity, m.severitySource]),
    ).toEqual([['GHSA-aaaa-bbbb-cccc', ['CVE-2099-1', 'PYSEC-2099-1'], '1.2.1', 'critical', 'ghsa']]);
  });
});

describe('language ecosystems', () => {
  const rec = (
    id: string,
    ecosystem: string,
    name: string,
    type: 'SEMVER' | 'ECOSYSTEM',
    events: Record<string, string>[],
  ) => ({
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem, name }, ranges: [{ type, events: events as never }] }],
  });
  const db = new MemoryDb(
    [
      rec('GHSA-npm1-0000-0000', 'npm', 'semver', 'SEMVER', [{ introduced: '7.0.0' }, { fixed: '7.5.2' }]),
      rec('GO-2023-0001', 'Go', 'golang.org/x/net', 'SEMVER', [{ introduced: '0' }, { fixed: '0.7.0' }]),
      rec('GO-2023-0002', 'Go', 'github.com/docker/docker', 'SEMVER', [
        { introduced: '0' },
        { fixed: '20.10.24+incompatible' },
      ]),
      rec('GHSA-mvn1-0000-0000', 'Maven', 'org.apache.logging.log4j:log4j-core', 'ECOSYSTEM', [
        { introduced: '2.0-beta9' },
        { fixed: '2.15.0' },
      ]),
      rec('GHSA-gem1-0000-0000', 'RubyGems', 'rack', 'ECOSYSTEM', [
        { introduced: '0' },
        { fixed: '2.2.6.3' },
      ]),
      rec('RUSTSEC-2023-0001', 'crates.io', 'tokio', 'SEMVER', [
        { introduced: '1.7.0' },
        { fixed: '1.18.4' },
      ]),
      rec('GHSA-php1-0000-0000', 'Packagist', 'guzzlehttp/guzzle', 'ECOSYSTEM', [
        { introduced: '7.0.0' },
        { fixed: '7.4.5' },
      ]),
    ],
    [],
  );
  it.each([
    [pkg({ name: 'semver', version: '7.5.1', ecosystem: 'npm' }), 'GHSA-npm1-0000-0000', '7.5.2'],
    [pkg({ name: 'semver', version: '7.5.2', ecosystem: 'npm' }), null, null],
    [
      pkg({ name: 'golang.org/x/net', version: 'v0.0.0-20210226172049-e18ecbb05110', ecosystem: 'golang' }),
      'GO-2023-0001',
      '0.7.0',
    ],
    [pkg({ name: 'golang.org/x/net', version: 'v0.7.0', ecosystem: 'golang' }), null, null],
    [
      pkg({ name: 'github.com/docker/docker', version: 'v20.10.7+incompatible', ecosystem: 'golang' }),
      'GO-2023-0002',
      '20.10.24+incompatible',
    ],
    [
      pkg({ name: 'log4j-core', group: 'org.apache.logging.log4j', version: '2.14.1', ecosystem: 'maven' }),
      'GHSA-mvn1-0000-0000',
      '2.15.0',
    ],
    [
      pkg({
        name: 'log4j-core',
        group: 'org.apache.logging.log4j',
        version: '2.15.0.RELEASE',
        ecosystem: 'maven',
      }),
      null,
      null,
    ],
    [pkg({ name: 'rack', version: '2.2.6.2', ecosystem: 'gem' }), 'GHSA-gem1-0000-0000', '2.2.6.3'],
    [pkg({ name: 'tokio', version: '1.18.3', ecosystem: 'cargo' }), 'RUSTSEC-2023-0001', '1.18.4'],
    [
      pkg({ name: 'guzzlehttp/guzzle', version: 'v7.4.4', ecosystem: 'composer' }),
      'GHSA-php1-0000-0000',
      '7.4.5',
    ],
  ])('case %#', (p, id, fixed) => {
    const result = matchInventory(inventory(undefined, [p]), db);
    expect(result.notes).toEqual([]);
    expect(result.matches.map((m) => [m.id, m.fixedVersion])).toEqual(id ? [[id, fixed]] : []);
  });
});

describe('OSV range evaluation', () => {
  const cmp = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  it.each([
    ['1.5', [{ introduced: '1.0' }, { fixed: '2.0' }], { affected: true, fixed: '2.0' }],
    ['2.0', [{ introduced: '1.0' }, { fixed: '2.0' }], { affected: false }],
    ['0.9', [{ introduced: '1.0' }, { fixed: '2.0' }], { affected: false }],
    ['2.0', [{ introduced: '0' }, { last_affected: '2.0' }], { affected: true, lastAffected: '2.0' }],
    ['2.1', [{ introduced: '0' }, { last_affected: '2.0' }], { affected: false }],
    ['5.0', [{ introduced: '0' }], { affected: true }],
    [
      '3.5',
      [{ introduced: '1.0' }, { fixed: '2.0' }, { introduced: '3.0' }, { fixed: '4.0' }],
      { affected: true, fixed: '4.0' },
    ],
    [
      '2.5',
      [{ introduced: '1.0' }, { fixed: '2.0' }, { introduced: '3.0' }, { fixed: '4.0' }],
      { affected: false },
    ],
    ['3.0', [{ introduced: '0' }, { limit: '3.0' }], { affected: false }],
    ['2.9', [{ introduced: '0' }, { limit: '3.0' }], { affected: true }],
  ])('%s in %j', (version, events, expected) => {
    expect(evaluateRange(version, { type: 'ECOSYSTEM', events }, cmp)).toEqual(expected);
  });
});
