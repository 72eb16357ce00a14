import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../../src/gates/scan/analyze.js';
import type { Inventory, InventoryPackage } from '../../../src/gates/scan/inventory.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../../support/registry.js';
import {
  type AppImage,
  buildAlpineImage,
  buildAppImage,
  buildRpmImage,
  type Expected,
} from './support/fixtures.js';
import { writeRawLayer } from './support/layers.js';
import type { OciBuilder } from './support/oci.js';

let work: string;
let app: AppImage;
let rpm: ReturnType<typeof buildRpmImage>;
let alpine: OciBuilder;
let registry: TestRegistry | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pc-scan-'));
  app = buildAppImage(join(work, 'app'));
  rpm = buildRpmImage(join(work, 'rpm'));
  alpine = buildAlpineImage(join(work, 'alpine'));
  if (!registryAvailable()) throw new Error('docker-registry is missing: run scripts/test-setup.sh');
  registry = await startRegistry();
  app.builder.push(`${registry.host}/scan/app:1`);
  app.builder.push(`${registry.host}/scan/app:v2s2`, 'app', 'v2s2');
}, 300_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

const inventory = (ref: string, extra: Partial<Parameters<typeof buildInventory>[1]> = {}) =>
  buildInventory(ref, { ...extra, cwd: work });

const of = (inv: Inventory, ecosystem: string) => inv.packages.filter((p) => p.ecosystem === ecosystem);
const nv = (list: { name: string; version: string; group?: string }[]) =>
  list.map((p) => `${p.group ? `${p.group}:` : ''}${p.name}@${p.version}`).sort();

/** What must be the same whichever way the image was read: blob digests differ (docker-archive stores layers uncompressed). */
function comparable(inv: Inventory) {
  return {
    os: inv.os,
    problems: inv.problems,
    layers: inv.layers.map((l) => ({ diffId: l.diffId, createdBy: l.createdBy })),
    packages: inv.packages.map((p: InventoryPackage) => ({
      ...p,
      layer: { index: p.layer.index, diffId: p.layer.diffId, createdBy: p.layer.createdBy },
    })),
  };
}

describe('the app image (dpkg, python, npm, go, jar, whiteout, opaque) from an OCI layout', () => {
  let inv: Inventory;
  beforeAll(async () => {
    inv = await inventory(`oci:${app.builder.layout}:app`);
  });

  it('reads the OS from the symlinked os-release', () => {
    expect(inv.os).toMatchObject({ family: 'debian', source: '/etc/os-release' });
    expect(inv.osNote).toBeUndefined();
    expect(inv.problems).toEqual([]);
  });

  it('lists every dpkg package dpkg-query lists, with source package and version', () => {
    const dpkg = of(inv, 'deb');
    expect(
      dpkg
        .map((p) => ({
          name: p.name,
          version: p.version,
          sourceName: p.sourceName,
          sourceVersion: p.sourceVersion,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([...app.dpkg].sort((a, b) => a.name.localeCompare(b.name)));
    expect(dpkg.every((p) => p.layer.index === 0 && p.layer.createdBy === app.createdBy.base)).toBe(true);
    expect(dpkg[0]?.purl).toMatch(/^pkg:deb\/debian\/[^@]+@[^?]+\?arch=\w+&distro=debian-\d+/);
  });

  it('attributes npm, Go, Rust and Java packages to the layer that added them', () => {
    expect(nv(of(inv, 'npm'))).toEqual(nv(app.npm));
    expect(nv(of(inv, 'golang'))).toEqual(nv(app.golang));
    expect(nv(of(inv, 'maven'))).toEqual(nv(app.maven));
    expect(nv(of(inv, 'cargo'))).toEqual(nv(app.cargo));
    expect(of(inv, 'cargo').map((p) => p.purl)).toContain('pkg:cargo/itoa@1.0.9');
    for (const p of [...of(inv, 'npm'), ...of(inv, 'golang'), ...of(inv, 'maven'), ...of(inv, 'cargo')]) {
      expect(p.layer).toMatchObject({ index: 1, createdBy: app.createdBy.app });
    }
    expect(of(inv, 'golang').find((p) => p.name === 'example.com/greeting')).toMatchObject({
      purl: 'pkg:golang/example.com/greeting@v1.4.0',
      locations: ['usr/local/bin/hello'],
    });
    expect(of(inv, 'npm').find((p) => p.name === '@types/semver')?.purl).toMatch(
      /^pkg:npm\/%40types\/semver@/,
    );
    expect(of(inv, 'maven').find((p) => p.name === 'commons-lang3')?.purl).toMatch(
      /^pkg:maven\/org\.apache\.commons\/commons-lang3@/,
    );
  });

  it('drops the npm package a whiteout deleted and the dist-infos an opaque directory hid', () => {
    expect(of(inv, 'npm').map((p) => p.name)).not.toContain(app.deletedNpm[0]);
    const python = of(inv, 'pypi').filter((p) => p.locations[0]?.startsWith('usr/local/'));
    expect(nv(python)).toEqual(nv(app.python));
    expect(python[0]?.layer).toMatchObject({ index: 3, createdBy: app.createdBy.opaque });
    for (const hidden of app.hiddenPython) expect(python.map((p) => p.name)).not.toContain(hidden);
  });

  it('leaves a Python egg-info that a dpkg package owns to the dpkg package', () => {
    if (!app.ownedEggInfo) return;
    expect(
      inv.packages.filter((p) => p.locations.some((l) => l.startsWith(app.ownedEggInfo as string))),
    ).toEqual([]);
  });
});

describe('the same image through every source', () => {
  it('gives identical inventories from oci, docker-archive, oci-archive, zstd layers and the registry', async () => {
    const base = comparable(await inventory(`oci:${app.builder.layout}:app`));
    const da = app.builder.dockerArchive(join(work, 'app.docker.tar'), 'scan/app:1');
    const oa = app.builder.ociArchive(join(work, 'app.oci.tar'));
    const zstd = app.builder.zstdLayout(join(work, 'zstd'));
    const refs = [
      `docker-archive:${da}`,
      `docker-archive:${da}:scan/app:1`,
      `oci-archive:${oa}`,
      `oci:${zstd}:app`,
    ];
    if (registry) refs.push(`docker://${registry.host}/scan/app:1`, `${registry.host}/scan/app:v2s2`);
    for (const ref of refs) {
      const inv = await inventory(ref);
      expect(comparable(inv), ref).toEqual(base);
    }
    const zstdInv = await inventory(`oci:${zstd}:app`);
    expect(zstdInv.layers.every((l) => l.mediaType.endsWith('+zstd'))).toBe(true);
  });

  it('reads the layer cache instead of the layers on a second run', async () => {
    const cacheDir = join(work, 'cache');
    const first = await inventory(`oci:${app.builder.layout}:app`, { cwd: work, cacheDir });
    expect(first.layers.some((l) => l.cached)).toBe(false);
    const second = await inventory(`oci:${app.builder.layout}:app`, { cwd: work, cacheDir });
    expect(second.layers.every((l) => l.cached)).toBe(true);
    expect(second.packages).toEqual(first.packages);
    const layer = join(work, 'extra.tar');
    await writeRawLayer(layer, [
      { name: 'app/node_modules/left-pad/package.json', content: '{"name":"left-pad","version":"1.3.0"}' },
    ]);
    app.builder.addRawLayer(layer, 'RUN npm i left-pad', 'app-plus');
    const third = await inventory(`oci:${app.builder.layout}:app-plus`, { cacheDir });
    expect(third.layers.map((l) => Boolean(l.cached))).toEqual([true, true, true, true, false]);
    expect(third.packages.find((p) => p.name === 'left-pad')?.layer).toMatchObject({
      index: 4,
      createdBy: 'RUN npm i left-pad',
    });
  });
});

describe('rpm and apk databases', () => {
  it('decodes the rpm headers of an rpmdb.sqlite made by rpm, with epoch, release and SOURCERPM', async () => {
    const inv = await inventory(`oci:${rpm.builder.layout}:rpm`);
    expect(inv.os).toMatchObject({ family: 'rocky', versionId: '9.3' });
    const got = of(inv, 'rpm').map((p) => ({
      name: p.name,
      version: p.version,
      epoch: p.epoch,
      sourceName: p.sourceName,
      sourceVersion: p.sourceVersion,
    }));
    const want: (Expected & { epoch: number })[] = rpm.rpm;
    expect(got.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...want].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(of(inv, 'rpm').find((p) => p.name === 'hello')?.purl).toBe(
      'pkg:rpm/rocky/hello@1.2.3-4.el9?arch=noarch&distro=rocky-9.3&epoch=2',
    );
  });

  it('reads the apk database with origins, and leaves apk-owned Python files to apk', async () => {
    const inv = await inventory(`oci:${alpine.layout}:alpine`);
    expect(inv.os).toMatchObject({ family: 'alpine', versionId: '3.19.1', source: '/etc/alpine-release' });
    expect(inv.packages.map((p) => `${p.purl} ${p.sourceName}`)).toEqual([
      'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1 openssl',
      'pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1 musl',
      'pkg:apk/alpine/py3-six@1.16.0-r8?arch=noarch&distro=alpine-3.19.1 py3-six',
    ]);
  });
});
