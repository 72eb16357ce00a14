import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/index.js';
import { runScan } from '../../../../src/gates/scan/match/index.js';
import { OciBuilder } from '../support/oci.js';
import { run } from '../support/tools.js';

// A real two-layer image: Debian os-release and dpkg status with an .npmrc holding a token, then
// a layer that deletes the .npmrc. Config: no USER, port 22 exposed.
const work = mkdtempSync(join(tmpdir(), 'pc-run-scan-'));
let ref: string;
let libcVersion: string;

beforeAll(() => {
  const b = new OciBuilder(join(work, 'img'), 'app');
  let root = b.rootfs;
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  mkdirSync(join(root, 'root'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), readFileSync('/usr/lib/os-release'));
  const status = readFileSync('/var/lib/dpkg/status', 'utf8');
  writeFileSync(join(root, 'var/lib/dpkg/status'), status);
  writeFileSync(join(root, 'root/.npmrc'), '//registry.npmjs.org/:_authToken=abcdef0123456789\n');
  b.commit('COPY . /');
  root = b.rootfs;
  rmSync(join(root, 'root/.npmrc'));
  b.commit('RUN rm /root/.npmrc');
  run('umoci', ['config', '--image', b.ref, '--config.exposedports', '22/tcp']);
  ref = `oci:${b.ref}`;
  libcVersion = /Package: libc6\n(?:.+\n)*?Version: (.+)/.exec(status)?.[1] ?? '';
  const osv = join(work, 'osv');
  mkdirSync(osv);
  writeFileSync(
    join(osv, 'DEBIAN-CVE-2099-1.json'),
    JSON.stringify({
      id: 'DEBIAN-CVE-2099-1',
      modified: '2026-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'Debian:12', name: 'glibc' },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${libcVersion}+deb12u99` }] },
          ],
          ecosystem_specific: { urgency: 'high' },
        },
      ],
    }),
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('runScan on a real image', () => {
  it('reports vulnerabilities, a deleted secret still in its layer, and config problems', async () => {
    const outcome = await runScan({
      cwd: work,
      targets: [ref],
      config: {},
      options: { osv: [join(work, 'osv')] },
      env: {},
      log: silentLogger,
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.scanned).toEqual([ref]);
    const byRule = (id: string) => outcome.findings.filter((f) => f.ruleId === id);
    // One finding per binary package built from glibc (libc6, libc-bin, …), matched on the source.
    const glibc = byRule('DEBIAN-CVE-2099-1');
    expect(glibc.map((f) => (f.data as { package: { name: string } }).package.name)).toContain('libc6');
    expect(
      new Set(glibc.map((f) => `${f.severity} ${(f.data as { fixedVersion: string }).fixedVersion}`)),
    ).toEqual(new Set([`high ${libcVersion}+deb12u99`]));
    expect(byRule('PS010').map((f) => f.message)).toEqual([
      '.npmrc with registry credentials in /root/.npmrc (layer 0): abcd************; deleted in layer 1, but still in layer 0 of the image',
    ]);
    expect(byRule('PS101').map((f) => f.message)).toEqual(['the image sets no USER, so it runs as root']);
    expect(byRule('PS102').map((f) => f.message)).toEqual(['the image exposes 22/tcp (SSH)']);
    expect(JSON.stringify(outcome)).not.toContain('abcdef0123456789');
    const images = outcome.extra?.images as { vulnerabilityDb: { digest: string } }[];
    expect(images[0]?.vulnerabilityDb.digest).toMatch(/^sha256:/);
    expect(JSON.parse(outcome.render!['gitlab-container-scanning']!()).vulnerabilities).toHaveLength(
      glibc.length,
    );
  });

  it('no vulnerability data fails closed', async () => {
    const outcome = await runScan({
      cwd: work,
      targets: [ref],
      config: {},
      options: { 'db-dir': join(work, 'none'), scanners: ['vuln'] },
      env: {},
      log: silentLogger,
    });
    expect(outcome.errors.map((e) => e.code)).toEqual(['DB_MISSING']);
  });
});
