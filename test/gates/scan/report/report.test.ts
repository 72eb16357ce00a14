import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { applyPolicy, type VulnMatch } from '../../../../src/gates/scan/match/index.js';
import { layerSummary, toGitLabContainerScanning } from '../../../../src/gates/scan/report/index.js';
import { FIXTURES, inventory, pkg } from '../match/helpers.js';

const inv = inventory(undefined, []);
const libssl = pkg({ name: 'libssl3', version: '3.0.11-1~deb12u1', ecosystem: 'deb', sourceName: 'openssl' });
const jinja = pkg({ name: 'jinja2', version: '2.10', ecosystem: 'pypi' });

function m(id: string, over: Partial<VulnMatch>): VulnMatch {
  return {
    id,
    aliases: [],
    related: [],
    package: libssl,
    ecosystem: 'Debian:12',
    advisoryPackage: 'openssl',
    installedVersion: libssl.version,
    status: 'fixed',
    severity: 'high',
    severitySource: 'debian',
    modified: '2026-01-01',
    references: ['https://security-tracker.debian.org/tracker/DSA-5532-1'],
    layer: libssl.layer,
    confidence: 'high',
    ...over,
  };
}

const matches = [
  m('DSA-5532-1', { fixedVersion: '3.0.11-1~deb12u2', related: ['CVE-2023-5363'], severity: 'high' }),
  m('DEBIAN-CVE-2024-1', { severity: 'low', status: 'affected' }),
  m('PYSEC-2021-66', {
    package: jinja,
    layer: jinja.layer,
    aliases: ['CVE-2020-28493', 'GHSA-g3rq-g295-4j3m'],
    fixedVersion: '2.11.3',
    severity: 'medium',
    severitySource: 'ghsa',
    ecosystem: 'PyPI',
  }),
  m('DEBIAN-CVE-2024-9', { severity: 'critical', fixedVersion: '3.0.13-1' }),
];
const { findings } = applyPolicy(
  { matches, imageRef: 'registry.example.com/app:1', osCoverage: 'covered' },
  {
    ignores: [
      { id: 'DEBIAN-CVE-2024-9', reason: 'accepted', file: '.trivyignore', line: 1, source: 'trivyignore' },
    ],
    now: new Date('2026-11-25'),
  },
);

describe('GitLab container_scanning report', () => {
  const report = toGitLabContainerScanning(findings, {
    image: 'registry.example.com/app:1',
    operatingSystem: 'debian 12',
    toolVersion: '0.1.0',
    startTime: new Date('2026-11-25T07:00:00.123Z'),
    endTime: new Date('2026-11-25T07:00:05Z'),
  });

  it("validates against GitLab's container-scanning schema 15.0.7", () => {
    const schema = JSON.parse(
      readFileSync(`${FIXTURES}gitlab-container-scanning-15.0.7.schema.json`, 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
  });

  it('leaves suppressed findings out and maps identifiers, severity and solution', () => {
    const vulns = report.vulnerabilities as Record<string, unknown>[];
    expect(vulns.map((v) => [v.name, v.severity, v.solution ?? null])).toEqual([
      ['DSA-5532-1', 'High', 'Upgrade libssl3 to 3.0.11-1~deb12u2'],
      ['DEBIAN-CVE-2024-1', 'Low', null],
      ['PYSEC-2021-66', 'Medium', 'Upgrade jinja2 to 2.11.3'],
    ]);
    expect(
      (vulns[0]!.identifiers as { type: string; value: string }[]).map((i) => `${i.type}:${i.value}`),
    ).toEqual(['dsa:DSA-5532-1', 'cve:CVE-2023-5363']);
    expect((vulns[2]!.identifiers as { type: string }[]).map((i) => i.type)).toEqual([
      'pysec',
      'cve',
      'ghsa',
    ]);
    expect(vulns[0]?.location).toEqual({
      dependency: { package: { name: 'libssl3' }, version: '3.0.11-1~deb12u1' },
      operating_system: 'debian 12',
      image: 'registry.example.com/app:1',
    });
    expect(vulns[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((report.scan as Record<string, unknown>).start_time).toBe('2026-11-25T07:00:00');
  });
});

describe('layer summary', () => {
  it('groups by layer and counts what a newer base image would fix', () => {
    const text = layerSummary(findings, inv.layers);
    expect(text).toBe(
      [
        '| Layer | Created by | Critical | High | Medium | Low | Unknown | Fixable |',
        '|---|---|---|---|---|---|---|---|',
        '| 0 (base) | `# debian.sh --arch amd64 out/ bookworm` | 0 | 1 | 0 | 1 | 0 | 1 |',
        '| 1 | `RUN pip install -r requirements.txt` | 0 | 0 | 1 | 0 | 0 | 1 |',
        '',
        '1 fixed by updating the base image.',
        '',
      ].join('\n'),
    );
    expect(layerSummary([], inv.layers)).toBe('No vulnerabilities.\n');
  });
});

describe('CycloneDX 1.6 SBOM with VEX', () => {
  it('adds vulnerabilities that validate against the 1.6 schema, with not_affected from VEX', async () => {
    const { Spec, Validation } = await import('@cyclonedx/cyclonedx-library');
    const { toCycloneDx } = await import('../../../../src/gates/scan/sbom/index.js');
    const { addVulnerabilities } = await import('../../../../src/gates/scan/report/index.js');
    const withPackages = inventory(undefined, [libssl, jinja]);
    const vexed = applyPolicy(
      { matches, imageRef: 'registry.example.com/app:1', osCoverage: 'covered' },
      {
        ignores: [
          {
            id: 'CVE-2020-28493',
            reason: 'VEX not_affected: vulnerable_code_not_in_execute_path',
            vexStatus: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
            file: 'app.vex.json',
            line: 0,
            source: 'openvex',
          },
        ],
        now: new Date('2026-11-25'),
      },
    ).findings;
    const json = addVulnerabilities(
      toCycloneDx(withPackages, { created: new Date('2026-11-25T00:00:00Z'), toolVersion: '0.1.0' }),
      withPackages,
      vexed,
    );
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull();
    const bom = JSON.parse(json);
    expect(
      bom.vulnerabilities.map(
        (v: {
          id: string;
          affects: { ref: string }[];
          analysis?: { state: string; justification?: string };
        }) => [v.id, v.affects[0]?.ref, v.analysis?.state ?? null, v.analysis?.justification ?? null],
      ),
    ).toEqual([
      ['DSA-5532-1', libssl.purl, null, null],
      ['DEBIAN-CVE-2024-1', libssl.purl, null, null],
      ['PYSEC-2021-66', jinja.purl, 'not_affected', 'code_not_reachable'],
      ['DEBIAN-CVE-2024-9', libssl.purl, null, null],
    ]);
  });
});
