import { describe, expect, it } from 'vitest';
import {
  combine,
  exitCodeOf,
  finishGate,
  type GateOutcome,
  type Threshold,
} from '../../../../src/core/index.js';
import {
  applyPolicy,
  type IgnoreEntry,
  IgnoreFileError,
  parseOwnIgnores,
  parseTrivyignore,
  parseTrivyignoreYaml,
  parseVex,
  type ScanPolicy,
  type VulnMatch,
} from '../../../../src/gates/scan/match/index.js';
import { pkg } from './helpers.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const openssl = pkg({
  name: 'libssl3',
  version: '3.0.11-1~deb12u1',
  ecosystem: 'deb',
  sourceName: 'openssl',
  purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u1?arch=amd64',
});
const jinja = pkg({ name: 'jinja2', version: '2.10', ecosystem: 'pypi', purl: 'pkg:pypi/jinja2@2.10' });

function match(over: Partial<VulnMatch> & Pick<VulnMatch, 'id' | 'severity'>): VulnMatch {
  return {
    aliases: [],
    related: [],
    package: openssl,
    ecosystem: 'Debian:12',
    advisoryPackage: 'openssl',
    installedVersion: openssl.version,
    status: 'fixed',
    fixedVersion: '3.0.13-1~deb12u1',
    severitySource: 'debian',
    modified: '2026-01-01T00:00:00Z',
    published: '2026-01-01T00:00:00Z',
    references: [],
    layer: openssl.layer,
    confidence: 'high',
    ...over,
  };
}

const CRITICAL_FIXED = match({ id: 'DSA-1-1', severity: 'critical' });
const HIGH_UNFIXED = match({
  id: 'DEBIAN-CVE-2026-2',
  severity: 'high',
  status: 'affected',
  fixedVersion: undefined,
});
const HIGH_FIXED = match({ id: 'DEBIAN-CVE-2026-3', severity: 'high' });
const MEDIUM_FIXED = match({ id: 'DEBIAN-CVE-2026-4', severity: 'medium', aliases: ['CVE-2026-4'] });
const LOW_WONTFIX = match({
  id: 'DEBIAN-CVE-2026-5',
  severity: 'low',
  status: 'will_not_fix',
  fixedVersion: undefined,
});
const HIGH_FRESH_FIX = match({
  id: 'GHSA-fres-hfix-0001',
  severity: 'high',
  package: jinja,
  published: '2026-11-20T00:00:00Z',
});

/** Runs the policy through the core pipeline and returns the exit code and what counted. */
function verdict(matches: VulnMatch[], policy: Partial<ScanPolicy>, failOn?: Threshold) {
  const result = applyPolicy(
    { matches, imageRef: 'img.tar', osCoverage: 'covered' },
    { ignores: [], now: NOW, ...policy },
  );
  const outcome: GateOutcome = {
    findings: result.findings,
    errors: [],
    rules: result.rules,
    ...(result.failOn ? { failOn: result.failOn } : {}),
  };
  const report = finishGate('scan', outcome, { failOn: failOn ?? outcome.failOn ?? 'high' }, process.cwd());
  const counted = report.findings.filter((f) => !f.suppressed).map((f) => f.ruleId);
  return {
    exit: exitCodeOf(combine({ name: 'portcullis', version: '0' }, 'scan', [report], 'high', false)),
    counted,
    result,
  };
}

describe('gate policy', () => {
  const all = [CRITICAL_FIXED, HIGH_UNFIXED, HIGH_FIXED, MEDIUM_FIXED, LOW_WONTFIX];
  it.each<[string, VulnMatch[], Partial<ScanPolicy>, Threshold | undefined, number, string[]]>([
    ['no findings passes', [], {}, 'low', 0, []],
    [
      '--fail-on critical with a critical fails',
      all,
      {},
      'critical',
      1,
      ['DSA-1-1', 'DEBIAN-CVE-2026-2', 'DEBIAN-CVE-2026-3', 'DEBIAN-CVE-2026-4', 'DEBIAN-CVE-2026-5'],
    ],
    [
      '--fail-on critical with only highs passes',
      [HIGH_FIXED, HIGH_UNFIXED],
      {},
      'critical',
      0,
      ['DEBIAN-CVE-2026-3', 'DEBIAN-CVE-2026-2'],
    ],
    ['--fail-on high fails on an unfixed high', [HIGH_UNFIXED], {}, 'high', 1, ['DEBIAN-CVE-2026-2']],
    [
      '--ignore-unfixed drops the unfixed high and the will_not_fix low',
      [HIGH_UNFIXED, LOW_WONTFIX],
      { ignoreUnfixed: true },
      'low',
      0,
      [],
    ],
    [
      '--ignore-status will_not_fix keeps the unfixed high',
      [HIGH_UNFIXED, LOW_WONTFIX],
      { ignoreStatus: ['will_not_fix'] },
      'high',
      1,
      ['DEBIAN-CVE-2026-2'],
    ],
    [
      'tiers: critical fail fails',
      all,
      { tiers: { critical: 'fail', high: 'fail-if-fixed', medium: 'warn', low: 'ignore' } },
      undefined,
      1,
      ['DSA-1-1', 'DEBIAN-CVE-2026-3'],
    ],
    [
      'tiers: high fail-if-fixed without a fix only warns',
      [HIGH_UNFIXED, MEDIUM_FIXED],
      { tiers: { critical: 'fail', high: 'fail-if-fixed', medium: 'warn', low: 'ignore' } },
      undefined,
      0,
      [],
    ],
    [
      'tiers: medium warn passes',
      [MEDIUM_FIXED, LOW_WONTFIX],
      { tiers: { medium: 'warn', low: 'ignore' } },
      undefined,
      0,
      [],
    ],
    [
      'max-days-since-fix: a 5-day-old fix only warns',
      [HIGH_FRESH_FIX],
      { maxDaysSinceFix: 30 },
      'high',
      0,
      [],
    ],
    [
      'max-days-since-fix: an older fix fails',
      [HIGH_FIXED],
      { maxDaysSinceFix: 30 },
      'high',
      1,
      ['DEBIAN-CVE-2026-3'],
    ],
  ])('%s', (_, matches, policy, failOn, exit, counted) => {
    const v = verdict(matches, policy, failOn);
    expect(v.exit).toBe(exit);
    expect(v.counted.sort()).toEqual(counted.sort());
  });

  it('ignored and warned findings stay visible with their reason', () => {
    const { result } = verdict([MEDIUM_FIXED, LOW_WONTFIX], { tiers: { medium: 'warn', low: 'ignore' } });
    expect(result.findings.map((f) => [f.ruleId, f.suppressed?.justification, f.data?.policy])).toEqual([
      ['DEBIAN-CVE-2026-4', 'policy: medium: warn', 'warn'],
      ['DEBIAN-CVE-2026-5', 'policy: low: ignore', 'ignore'],
    ]);
    expect(result.notes).toEqual([]);
  });

  it('puts the JSON fields of a vulnerability finding in data', () => {
    const { result } = verdict([HIGH_FIXED], {});
    const f = result.findings[0]!;
    expect([f.ruleId, f.severity, f.file, f.security]).toEqual([
      'DEBIAN-CVE-2026-3',
      'high',
      'var/lib/dpkg/status',
      true,
    ]);
    expect(f.message).toBe(
      'libssl3 3.0.11-1~deb12u1 is affected by DEBIAN-CVE-2026-3; fixed in 3.0.13-1~deb12u1',
    );
    expect(f.data).toMatchObject({
      aliases: [],
      package: { name: 'libssl3', version: '3.0.11-1~deb12u1', purl: openssl.purl, sourceName: 'openssl' },
      fixedVersion: '3.0.13-1~deb12u1',
      status: 'fixed',
      severitySource: 'debian',
      layer: { index: 0, createdBy: '# debian.sh --arch amd64 out/ bookworm' },
    });
  });

  it('--fail-on-eol-os fails an unknown OS; without it the gate passes', () => {
    const run = (failOnEolOs: boolean) =>
      applyPolicy(
        {
          matches: [],
          imageRef: 'img.tar',
          osCoverage: 'unknown-release',
          osName: 'debian 9',
          osSource: 'etc/os-release',
        },
        { ignores: [], now: NOW, failOnEolOs },
      );
    expect(run(true).findings.map((f) => [f.ruleId, f.severity, f.file, f.message])).toEqual([
      [
        'PS200',
        'critical',
        'etc/os-release',
        'debian 9 is end of life or unknown to the vulnerability data, so its packages could not be checked (fail-on-eol-os)',
      ],
    ]);
    expect(run(false).findings).toEqual([]);
  });
});

describe('ignore files and VEX', () => {
  const ignoring = (entries: IgnoreEntry[], matches: VulnMatch[]) =>
    applyPolicy(
      { matches, imageRef: 'img.tar', osCoverage: 'covered' },
      { ignores: entries, now: NOW },
    ).findings.map((f) => [f.ruleId, f.suppressed?.kind ?? null, f.suppressed?.justification ?? null]);

  it('.trivyignore matches an ID or an alias; an expired entry no longer suppresses and fails the gate', () => {
    const entries = parseTrivyignore(
      '# accepted risks\nCVE-2026-4\nDEBIAN-CVE-2026-3 exp:2026-01-01\n\nDSA-1-1    exp:2027-01-01 # until the base moves\n',
      '.trivyignore',
    );
    expect(entries.map((e) => [e.id, e.expires ?? null, e.line])).toEqual([
      ['CVE-2026-4', null, 2],
      ['DEBIAN-CVE-2026-3', '2026-01-01', 3],
      ['DSA-1-1', '2027-01-01', 5],
    ]);
    expect(ignoring(entries, [MEDIUM_FIXED, HIGH_FIXED, CRITICAL_FIXED])).toEqual([
      ['DEBIAN-CVE-2026-4', 'config', 'ignored (.trivyignore:2)'],
      ['DEBIAN-CVE-2026-3', null, null],
      ['DSA-1-1', 'config', 'ignored (.trivyignore:5)'],
      ['PS201', null, null],
    ]);
    const v = verdict([], { ignores: entries }, 'high');
    expect(v.exit).toBe(1);
    expect(v.result.findings[0]?.message).toBe(
      'the ignore of DEBIAN-CVE-2026-3 expired on 2026-01-01: renew it with a reason or fix the finding',
    );
    expect(() => parseTrivyignore('CVE-1 exp:tomorrow', 'x')).toThrow(
      /line|x:1: expiry "tomorrow" is not YYYY-MM-DD/,
    );
  });

  it('.trivyignore.yaml limits entries to purls and paths, with statements as reasons', () => {
    const entries = parseTrivyignoreYaml(
      [
        'vulnerabilities:',
        '  - id: DEBIAN-CVE-2026-3',
        '    purls: ["pkg:deb/debian/libssl3"]',
        '    statement: not reachable in our use',
        '  - id: DSA-1-1',
        '    purls: ["pkg:pypi/other"]',
        '  - id: GHSA-fres-hfix-0001',
        '    paths: ["usr/lib/python3/**"]',
        '    expired_at: 2027-03-01',
        'secrets:',
        '  - id: aws-access-key-id',
        '    paths: ["app/test/**"]',
      ].join('\n'),
      '.trivyignore.yaml',
    );
    expect(entries.map((e) => [e.id, e.line, e.expires ?? null])).toEqual([
      ['DEBIAN-CVE-2026-3', 2, null],
      ['DSA-1-1', 5, null],
      ['GHSA-fres-hfix-0001', 7, '2027-03-01'],
      ['aws-access-key-id', 11, null],
    ]);
    expect(ignoring(entries, [HIGH_FIXED, CRITICAL_FIXED, HIGH_FRESH_FIX])).toEqual([
      ['DEBIAN-CVE-2026-3', 'config', 'not reachable in our use (.trivyignore.yaml:2)'],
      ['DSA-1-1', null, null],
      ['GHSA-fres-hfix-0001', 'config', 'ignored (.trivyignore.yaml:7)'],
    ]);
    expect(() => parseTrivyignoreYaml('vulnerabilities:\n  - paths: [x]\n', 'f.yaml')).toThrow(
      IgnoreFileError,
    );
  });

  it('portcullis ignores require a reason', () => {
    const entries = parseOwnIgnores(
      [
        {
          id: 'CVE-2026-4',
          purl: 'pkg:deb/debian/libssl3',
          reason: 'mitigated by config',
          expires: '2027-01-01',
        },
      ],
      'portcullis.yaml',
    );
    expect(ignoring(entries, [MEDIUM_FIXED])).toEqual([
      ['DEBIAN-CVE-2026-4', 'config', 'mitigated by config (portcullis.yaml)'],
    ]);
    expect(() => parseOwnIgnores([{ id: 'CVE-1' }], 'portcullis.yaml')).toThrow(/needs a "reason"/);
  });

  it('OpenVEX not_affected with a justification suppresses by purl; affected does not', () => {
    const doc = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/1',
      author: 'Example',
      timestamp: '2026-11-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'CVE-2026-4' },
          products: [
            { '@id': 'pkg:oci/app', subcomponents: [{ '@id': 'pkg:deb/debian/libssl3@3.0.11-1~deb12u1' }] },
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
        {
          vulnerability: { name: 'DSA-1-1' },
          products: [{ '@id': 'pkg:deb/debian/libssl3' }],
          status: 'affected',
        },
      ],
    };
    const entries = parseVex(JSON.stringify(doc), 'app.openvex.json');
    expect(ignoring(entries, [MEDIUM_FIXED, CRITICAL_FIXED])).toEqual([
      [
        'DEBIAN-CVE-2026-4',
        'external',
        'VEX not_affected: vulnerable_code_not_in_execute_path (app.openvex.json)',
      ],
      ['DSA-1-1', null, null],
    ]);
    const noJustification = {
      ...doc,
      statements: [{ vulnerability: 'CVE-1', products: [], status: 'not_affected' }],
    };
    expect(() => parseVex(JSON.stringify(noJustification), 'v.json')).toThrow(/needs a justification/);
  });

  it('CycloneDX VEX suppresses through bom-refs', () => {
    const doc = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ 'bom-ref': 'jinja', type: 'library', name: 'jinja2', purl: 'pkg:pypi/jinja2@2.10' }],
      vulnerabilities: [
        {
          id: 'GHSA-fres-hfix-0001',
          analysis: { state: 'not_affected', justification: 'code_not_reachable' },
          affects: [{ ref: 'jinja' }],
        },
      ],
    };
    expect(ignoring(parseVex(JSON.stringify(doc), 'bom.cdx.json'), [HIGH_FRESH_FIX])).toEqual([
      ['GHSA-fres-hfix-0001', 'external', 'VEX not_affected: code_not_reachable (bom.cdx.json)'],
    ]);
    expect(() => parseVex('{"hello":1}', 'x.json')).toThrow(/neither an OpenVEX nor a CycloneDX/);
  });
});
