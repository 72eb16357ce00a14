import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/finding.js';
import type { GateOutcome } from '../../../../src/core/gate.js';
import { silentLogger } from '../../../../src/core/index.js';
import { buildInventory } from '../../../../src/gates/scan/analyze.js';
import { runScan } from '../../../../src/gates/scan/match/index.js';
import { addVulnerabilities, renderImageScans } from '../../../../src/gates/scan/report/index.js';
import { toCycloneDx } from '../../../../src/gates/scan/sbom/index.js';
import { VERSION } from '../../../../src/version.js';
import { cli } from '../../../cli/harness.js';
import { BOOKWORM, FIXTURES, inventory, pkg } from '../match/helpers.js';
import { buildAlpineImage } from '../support/fixtures.js';
import { OciBuilder } from '../support/oci.js';

// Two real images in one run: a Debian image (this machine's os-release and dpkg status) as an
// OCI layout, and an Alpine image as a docker-archive, each with a package an OSV record hits.
const work = mkdtempSync(join(tmpdir(), 'pc-scan-multi-'));
const release = /^VERSION_ID="?([^"\n]+)/m.exec(readFileSync('/usr/lib/os-release', 'utf8'))?.[1] ?? '';
let debian: string;
let debianArchive: string;
let alpine: string;
const START = Date.now();

function osv(id: string, ecosystem: string, name: string, fixed: string, extra: object): void {
  writeFileSync(
    join(work, 'osv', `${id}.json`),
    JSON.stringify({
      id,
      modified: '2026-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem, name },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
          ...extra,
        },
      ],
    }),
  );
}

beforeAll(() => {
  const b = new OciBuilder(join(work, 'debian'), 'app');
  const root = b.rootfs;
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), readFileSync('/usr/lib/os-release'));
  const status = readFileSync('/var/lib/dpkg/status', 'utf8');
  writeFileSync(join(root, 'var/lib/dpkg/status'), status);
  b.commit('COPY . /');
  debian = `oci:${b.ref}`;
  debianArchive = `docker-archive:${b.dockerArchive(join(work, 'debian.tar'), 'debian-app:1')}`;
  const a = buildAlpineImage(join(work, 'alpine'));
  alpine = `docker-archive:${a.dockerArchive(join(work, 'alpine.tar'), 'alpine-app:1')}`;
  const tarVersion = /Package: tar\n(?:.+\n)*?Version: (.+)/.exec(status)?.[1] ?? '';
  mkdirSync(join(work, 'osv'));
  osv('DEBIAN-CVE-2099-11', `Debian:${release}`, 'tar', `${tarVersion}+deb12u99`, {
    ecosystem_specific: { urgency: 'high' },
  });
  // Shaped like the Alpine secdb records on osv.dev: source package, apk version, no severity.
  osv('ALPINE-CVE-2099-12', 'Alpine:v3.19', 'openssl', '3.1.4-r6', {});
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scan(targets: string[]): Promise<GateOutcome> {
  return runScan({
    cwd: work,
    targets,
    config: {},
    options: { osv: [join(work, 'osv')], scanners: ['vuln'] },
    env: {},
    log: silentLogger,
  });
}

interface Location {
  image: string;
  operating_system: string;
  dependency: { package: { name: string } };
}
interface Component {
  'bom-ref': string;
  type: string;
  name: string;
  components?: Component[];
}

function bomRefs(components: Component[] = []): string[] {
  return components.flatMap((c) => [c['bom-ref'], ...bomRefs(c.components)]);
}

const schema = JSON.parse(readFileSync(`${FIXTURES}gitlab-container-scanning-15.0.7.schema.json`, 'utf8'));
const validateGitLab = new Ajv({ strict: false }).compile(schema);

describe('scanning two images in one run', () => {
  let outcome: GateOutcome;
  beforeAll(async () => {
    outcome = await scan([debian, alpine]);
  }, 60_000);

  it('writes one GitLab container_scanning report with both images’ findings', () => {
    expect(outcome.errors).toEqual([]);
    const text = outcome.render!['gitlab-container-scanning']!();
    const report = JSON.parse(text);
    expect(validateGitLab(report) ? [] : validateGitLab.errors).toEqual([]);
    const vulns = report.vulnerabilities as { id: string; name: string; location: Location }[];
    expect(vulns.map((v) => [v.name, v.location.image, v.location.operating_system])).toEqual([
      ['DEBIAN-CVE-2099-11', debian, `debian ${release}`],
      ['ALPINE-CVE-2099-12', alpine, 'alpine 3.19.1'],
    ]);
    expect(vulns[1]?.location.dependency.package.name).toBe('libcrypto3');
    expect(report.scan.start_time >= new Date(START).toISOString().slice(0, 19)).toBe(true);
    expect(report.scan.start_time <= report.scan.end_time).toBe(true);
  });

  it('writes one CycloneDX 1.6 BOM: each image a container with its own OS and packages', async () => {
    const json = outcome.render!['cyclonedx-vex']!();
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull();
    const bom = JSON.parse(json);
    expect(bom.metadata.component).toMatchObject({
      type: 'application',
      name: 'portcullis scan',
      'bom-ref': 'scan',
    });
    const images = bom.components as Component[];
    expect(images.map((c) => [c['bom-ref'], c.type, c.name])).toEqual([
      ['image-0', 'container', 'app'],
      ['image-1', 'container', 'docker.io/library/alpine-app:1'],
    ]);
    const os = images.map((c) => c.components?.find((x) => x.type === 'operating-system'));
    expect(os.map((c) => [c?.['bom-ref'], c?.name])).toEqual([
      ['image-0:os', 'debian'],
      ['image-1:os', 'alpine'],
    ]);
    // six's dist-info belongs to the py3-six apk, so it is that package, not a second one.
    expect(images[1]?.components?.map((c) => c.name).sort()).toEqual([
      'alpine',
      'libcrypto3',
      'musl',
      'py3-six',
    ]);
    const refs = bomRefs(images);
    expect(new Set(refs).size).toBe(refs.length);
    for (const [i, image] of images.entries())
      for (const ref of bomRefs(image.components)) expect(ref.startsWith(`image-${i}:`)).toBe(true);
    const known = new Set([...refs, 'scan']);
    const deps = bom.dependencies as { ref: string; dependsOn?: string[] }[];
    expect(deps.find((d) => d.ref === 'scan')?.dependsOn).toEqual(['image-0', 'image-1']);
    expect(deps.find((d) => d.ref === 'image-1')?.dependsOn).toContain('image-1:os');
    for (const d of deps)
      for (const ref of [d.ref, ...(d.dependsOn ?? [])]) expect(known.has(ref)).toBe(true);
  });

  it('points each vulnerability at its own image’s package', () => {
    const bom = JSON.parse(outcome.render!['cyclonedx-vex']!());
    const refs = new Set(bomRefs(bom.components));
    const vulns = bom.vulnerabilities as { 'bom-ref': string; id: string; affects: { ref: string }[] }[];
    expect(vulns.map((v) => [v['bom-ref'], v.id])).toEqual([
      ['vuln-0', 'DEBIAN-CVE-2099-11'],
      ['vuln-1', 'ALPINE-CVE-2099-12'],
    ]);
    for (const v of vulns) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
    expect(vulns[0]?.affects.map((a) => a.ref)).toEqual([
      expect.stringMatching(/^image-0:pkg:deb\/debian\/tar@/),
    ]);
    expect(vulns[1]?.affects.map((a) => a.ref)).toEqual([
      'image-1:pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
    ]);
  });

  it('gives each image its own heading in the layer summary', () => {
    const text = outcome.render!['layer-summary']!();
    expect(text.match(/^### .*$/gm)).toEqual([`### Image \`${debian}\``, `### Image \`${alpine}\``]);
    expect(text.match(/^\| 0 \(base\) \| `[^`]*` \| 0 \| 1 \| 0 \| 0 \| 0 \| 1 \|$/gm)).toHaveLength(1);
  });
});

describe('the same image twice', () => {
  it('keeps GitLab ids and BOM refs distinct per image', async () => {
    const outcome = await scan([debian, debianArchive]);
    expect(outcome.errors).toEqual([]);
    const report = JSON.parse(outcome.render!['gitlab-container-scanning']!());
    expect(validateGitLab(report) ? [] : validateGitLab.errors).toEqual([]);
    const ids = (report.vulnerabilities as { id: string; location: Location }[]).map((v) => v.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const bom = JSON.parse(outcome.render!['cyclonedx-vex']!());
    const affected = (bom.vulnerabilities as { affects: { ref: string }[] }[]).map((v) => v.affects[0]?.ref);
    expect(affected.map((r) => r?.split(':')[0])).toEqual(['image-0', 'image-1']);
    expect(affected[0]?.replace(/^image-0:/, '')).toBe(affected[1]?.replace(/^image-1:/, ''));
  }, 60_000);
});

describe('merged report times', () => {
  it('starts at the first image’s start and ends when rendered', () => {
    const first = {
      inventory: inventory(BOOKWORM, []),
      findings: [],
      startTime: new Date('2026-11-25T07:00:00Z'),
    };
    const second = { ...first, startTime: new Date('2026-11-25T07:05:00Z') };
    const before = new Date().toISOString().slice(0, 19);
    const scan = JSON.parse(renderImageScans([first, second], '0.1.0')['gitlab-container-scanning']!()).scan;
    expect(scan.start_time).toBe('2026-11-25T07:00:00');
    expect(scan.end_time >= before).toBe(true);
  });
});

describe('merged GitLab ids', () => {
  it('stay distinct when one reference is scanned twice', () => {
    const tar = pkg({ name: 'tar', version: '1.34+dfsg-1.2', ecosystem: 'deb' });
    const finding: Finding = {
      ruleId: 'DEBIAN-CVE-2099-11',
      severity: 'high',
      message: 'tar is affected',
      file: 'docker-archive:test.tar',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      data: { kind: 'vulnerability', package: { name: tar.name, version: tar.version, purl: tar.purl } },
    };
    const scan = { inventory: inventory(BOOKWORM, [tar]), findings: [finding], startTime: new Date() };
    const report = JSON.parse(renderImageScans([scan, scan], '0.1.0')['gitlab-container-scanning']!());
    expect(validateGitLab(report) ? [] : validateGitLab.errors).toEqual([]);
    const ids = (report.vulnerabilities as { id: string }[]).map((v) => v.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('one image', () => {
  it('keeps the image’s own SBOM and report', async () => {
    const outcome = await scan([alpine]);
    const inv = await buildInventory(alpine, { cwd: work });
    const bomJson = outcome.render!['cyclonedx-vex']!();
    const bom = JSON.parse(bomJson);
    const created = new Date(bom.metadata.timestamp);
    // The BOM records the vulnerability data it was matched against; apart from that it is the image's own.
    const dbProperties = bom.metadata.properties.filter((p: { name: string }) =>
      p.name.startsWith('portcullis:vulnerability-db:'),
    );
    expect(dbProperties).toEqual([
      { name: 'portcullis:vulnerability-db:digest', value: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      { name: 'portcullis:vulnerability-db:built-at', value: expect.any(String) },
    ]);
    const own = JSON.parse(
      addVulnerabilities(toCycloneDx(inv, { created, toolVersion: VERSION }), inv, outcome.findings),
    );
    own.metadata.properties = [...(own.metadata.properties ?? []), ...dbProperties];
    expect(bom).toEqual(own);
    expect(bom.metadata.component).toMatchObject({ type: 'container', 'bom-ref': 'image' });
    expect(bom.vulnerabilities[0].affects).toEqual([
      { ref: 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1' },
    ]);
    expect(outcome.render!['layer-summary']!()).not.toContain('###');
  }, 60_000);
});

describe('GitLab scan status and messages', () => {
  it('an image that cannot be read makes the report a failure with a fatal message; notes are info', async () => {
    writeFileSync(join(work, 'broken.tar'), 'this is not a tar archive');
    const outcome = await scan([alpine, 'docker-archive:broken.tar']);
    const report = JSON.parse(outcome.render!['gitlab-container-scanning']!());
    expect(validateGitLab(report) ? [] : validateGitLab.errors).toEqual([]);
    expect(report.scan.status).toBe('failure');
    expect(report.scan.messages).toEqual(
      expect.arrayContaining([
        { level: 'fatal', value: expect.stringMatching(/^docker-archive:broken\.tar: LAYER_TRUNCATED/) },
        {
          level: 'info',
          value: expect.stringMatching(/^vulnerability data: \d+ advisories built .*sha256:/),
        },
      ]),
    );
    const ok = JSON.parse((await scan([alpine])).render!['gitlab-container-scanning']!());
    expect(ok.scan.status).toBe('success');
    expect(ok.scan.messages.every((m: { level: string }) => m.level === 'info')).toBe(true);
  }, 60_000);
});

describe('portcullis scan with two images', () => {
  it('writes one GitLab report file for both', async () => {
    const r = await cli(
      [
        'scan',
        debian,
        alpine,
        '--osv',
        'osv',
        '--scanners',
        'vuln',
        '-f',
        'gitlab-container-scanning=gl.json',
        '--no-fail',
      ],
      work,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'gl.json'), 'utf8'));
    expect(validateGitLab(report) ? [] : validateGitLab.errors).toEqual([]);
    expect(report.vulnerabilities.map((v: { location: Location }) => v.location.image)).toEqual([
      debian,
      alpine,
    ]);
  }, 60_000);
});
