import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/harness.js';
import { OciBuilder } from '../support/oci.js';

// `portcullis scan` end to end through the CLI, on a real umoci image and OSV files on disk.
const work = mkdtempSync(join(tmpdir(), 'pc-scan-cli-'));
let ref: string;

beforeAll(() => {
  const b = new OciBuilder(join(work, 'img'), 'app');
  const root = b.rootfs;
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), readFileSync('/usr/lib/os-release'));
  const status = readFileSync('/var/lib/dpkg/status', 'utf8');
  writeFileSync(join(root, 'var/lib/dpkg/status'), status);
  b.commit('COPY . /');
  ref = `oci:${b.ref}`;
  const tarVersion = /Package: tar\n(?:.+\n)*?Version: (.+)/.exec(status)?.[1] ?? '';
  mkdirSync(join(work, 'osv'));
  writeFileSync(
    join(work, 'osv', 'DEBIAN-CVE-2099-7.json'),
    JSON.stringify({
      id: 'DEBIAN-CVE-2099-7',
      modified: '2026-01-01T00:00:00Z',
      aliases: ['CVE-2099-7'],
      affected: [
        {
          package: { ecosystem: 'Debian:12', name: 'tar' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${tarVersion}+deb12u99` }] }],
          ecosystem_specific: { urgency: 'medium' },
        },
      ],
    }),
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('portcullis scan', () => {
  it('fails on a medium with --fail-on medium and writes JSON with the vulnerability fields', async () => {
    const r = await cli(
      ['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '--fail-on', 'medium', '-f', 'json'],
      work,
    );
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const finding = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'DEBIAN-CVE-2099-7');
    expect(finding.data).toMatchObject({
      aliases: ['CVE-2099-7'],
      status: 'fixed',
      severitySource: 'debian',
      package: { name: 'tar' },
    });
    // The DB's digest is recorded in the report, and in the SARIF run's notifications.
    expect(doc.images[0].vulnerabilityDb.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const sarif = await cli(['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '-f', 'sarif'], work);
    const notes = JSON.parse(sarif.stdout).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toContainEqual({
      level: 'note',
      message: {
        text: `vulnerability data: 1 advisories built 2026-01-01T00:00:00Z, ${doc.images[0].vulnerabilityDb.digest}`,
      },
    });
  });

  it('passes below the threshold, and accepts an ignore with a reason from portcullis.yaml', async () => {
    expect(
      (await cli(['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '--fail-on', 'high'], work)).code,
    ).toBe(0);
    writeFileSync(
      join(work, 'portcullis.yaml'),
      'scan:\n  ignore:\n    - id: CVE-2099-7\n      reason: tar is never run\n',
    );
    try {
      expect(
        (await cli(['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '--fail-on', 'low'], work)).code,
      ).toBe(0);
    } finally {
      rmSync(join(work, 'portcullis.yaml'));
    }
  });

  it('--severity reports and gates only the listed severities, as Trivy does', async () => {
    const base = ['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '--fail-on', 'low', '-f', 'json'];
    const high = await cli([...base, '--severity', 'HIGH,CRITICAL'], work);
    expect(high.code).toBe(0);
    const doc = JSON.parse(high.stdout);
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('DEBIAN-CVE-2099-7');
    expect(JSON.stringify(doc)).toMatch(
      /finding\(s\) of other severities left out \(--severity HIGH,CRITICAL\)/,
    );
    expect((await cli([...base, '--severity', 'medium'], work)).code).toBe(1);
    const bad = await cli([...base, '--severity', 'SEVERE'], work);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"severe" is not a severity/);
  });

  it('--sbom-output to a path that cannot be written exits 3 and says why', async () => {
    const r = await cli(
      [
        'scan',
        ref,
        '--osv',
        'osv',
        '--scanners',
        'vuln',
        '--sbom-output',
        'osv/DEBIAN-CVE-2099-7.json/app.cdx.json',
      ],
      work,
    );
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/could not write the SBOM: /);
  });

  it('--sbom-output writes a CycloneDX SBOM whose vulnerabilities affect the package', async () => {
    const r = await cli(
      ['scan', ref, '--osv', 'osv', '--scanners', 'vuln', '--sbom-output', 'out/app.cdx.json'],
      work,
    );
    expect(r.code).toBe(0);
    const bom = JSON.parse(readFileSync(join(work, 'out/app.cdx.json'), 'utf8'));
    const vuln = bom.vulnerabilities.find((v: { id: string }) => v.id === 'DEBIAN-CVE-2099-7');
    const tar = bom.components.find((c: { name: string }) => c.name === 'tar');
    expect(vuln.affects.map((a: { ref: string }) => a.ref)).toContain(tar['bom-ref']);
  });

  it('exits 3 without vulnerability data', async () => {
    const r = await cli(['scan', ref, '--db-dir', 'nothing-here', '--scanners', 'vuln'], work);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/DB_MISSING/);
  });

  it('writes the GitLab container scanning report', async () => {
    const r = await cli(
      [
        'scan',
        ref,
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
    expect(report.scan.type).toBe('container_scanning');
    expect(report.vulnerabilities.length).toBeGreaterThan(0);
  });

  it('lists its own rules', async () => {
    const r = await cli(['scan', '--list-rules'], work);
    expect(r.code).toBe(0);
    for (const id of ['PS001', 'PS014', 'PS101', 'PS105', 'PS200', 'PS201']) expect(r.stdout).toContain(id);
  });
});
