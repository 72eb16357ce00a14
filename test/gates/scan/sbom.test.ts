import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../../src/gates/scan/analyze.js';
import type { Inventory } from '../../../src/gates/scan/inventory.js';
import { toCycloneDx, toCycloneDxAggregate, toSpdx } from '../../../src/gates/scan/sbom/index.js';
import { cli } from '../../cli/harness.js';
import { buildAlpineImage, buildRpmImage } from './support/fixtures.js';
import { writeRawLayer } from './support/layers.js';
import type { OciBuilder } from './support/oci.js';

const SPDX_SCHEMA = join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'spdx-2.3.schema.json');
const created = new Date('2026-01-02T03:04:05.678Z');

let work: string;
let alpine: OciBuilder;
let rpm: OciBuilder;
let inv: Inventory;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pc-scan-sbom-'));
  alpine = buildAlpineImage(join(work, 'alpine'));
  rpm = buildRpmImage(join(work, 'rpm')).builder;
  inv = await buildInventory(`oci:${alpine.layout}:alpine`, { cwd: work });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CycloneDX 1.6', () => {
  it('is valid against the CycloneDX 1.6 JSON schema (strict)', async () => {
    const json = toCycloneDx(inv, { created, toolVersion: '0.1.0' });
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull();
    const rpmInv = await buildInventory(`oci:${rpm.layout}:rpm`, { cwd: work });
    const rpmJson = toCycloneDx(rpmInv, { created, toolVersion: '0.1.0' });
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(rpmJson)).toBeNull();
  });

  it('names the image, the OS and each package with purl, license, source package and layer', () => {
    const bom = JSON.parse(toCycloneDx(inv, { created, toolVersion: '0.1.0' }));
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05.678Z');
    expect(bom.metadata.component).toMatchObject({
      type: 'container',
      name: 'alpine',
      version: inv.image.manifestDigest,
    });
    expect(bom.components.find((c: { type: string }) => c.type === 'operating-system')).toMatchObject({
      name: 'alpine',
      version: '3.19.1',
    });
    const crypto = bom.components.find((c: { name: string }) => c.name === 'libcrypto3');
    expect(crypto).toMatchObject({
      type: 'library',
      version: '3.1.4-r5',
      purl: 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
      licenses: [{ license: { id: 'Apache-2.0' } }],
    });
    const props = Object.fromEntries(
      crypto.properties.map((p: { name: string; value: string }) => [p.name, p.value]),
    );
    expect(props).toMatchObject({
      'portcullis:package:sourceName': 'openssl',
      'portcullis:layer:digest': inv.layers[0]?.digest,
      'portcullis:layer:createdBy': 'ADD alpine-minirootfs.tar.gz /',
      'portcullis:location': '/lib/apk/db/installed',
    });
    expect(bom.serialNumber).toBe(
      JSON.parse(toCycloneDx(inv, { created, toolVersion: '0.1.0' })).serialNumber,
    );
  });
});

describe('CycloneDX 1.6 aggregate of several images', () => {
  it('nests each image’s OS and packages under its container, refs prefixed per image', async () => {
    const rpmInv = await buildInventory(`oci:${rpm.layout}:rpm`, { cwd: work });
    const json = toCycloneDxAggregate([inv, rpmInv, inv], { created, toolVersion: '0.1.0' });
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull();
    const bom = JSON.parse(json);
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: 'portcullis scan' });
    const images = bom.components as {
      'bom-ref': string;
      type: string;
      components: { 'bom-ref': string }[];
    }[];
    expect(images.map((c) => [c['bom-ref'], c.type])).toEqual([
      ['image-0', 'container'],
      ['image-1', 'container'],
      ['image-2', 'container'],
    ]);
    // The same image twice still gives two sets of components, each with its own refs.
    const refsOf = (i: number) => images[i]!.components.map((c) => c['bom-ref']);
    expect(refsOf(2)).toEqual(refsOf(0).map((r) => r.replace(/^image-0:/, 'image-2:')));
    expect(refsOf(0)).toContain(
      'image-0:pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
    );
    expect(refsOf(1).length).toBe(rpmInv.packages.length + (rpmInv.os ? 1 : 0));
    expect(bom.serialNumber).not.toBe(
      JSON.parse(toCycloneDxAggregate([inv, rpmInv], { created, toolVersion: '0.1.0' })).serialNumber,
    );
  });
});

describe('SPDX 2.3', () => {
  it('is valid against the SPDX 2.3 JSON schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      JSON.parse(readFileSync(SPDX_SCHEMA, 'utf8')),
    );
    const doc = JSON.parse(toSpdx(inv, { created, toolVersion: '0.1.0' }));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes the image, which contains the OS and every package with its purl', () => {
    const doc = JSON.parse(toSpdx(inv, { created, toolVersion: '0.1.0' }));
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      creationInfo: { created: '2026-01-02T03:04:05Z' },
    });
    const crypto = doc.packages.find((p: { name: string }) => p.name === 'libcrypto3');
    expect(crypto.externalRefs).toEqual([
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1',
      },
    ]);
    expect(crypto.sourceInfo).toBe('built package from: openssl 3.1.4-r5');
    expect(doc.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: crypto.SPDXID,
    });
    expect(
      doc.relationships.filter((r: { relationshipType: string }) => r.relationshipType === 'CONTAINS'),
    ).toHaveLength(inv.packages.length + 1);
  });
});

describe('portcullis sbom', () => {
  it('writes CycloneDX to stdout by default and SPDX or JSON on request', async () => {
    const ref = `oci:${alpine.layout}:alpine`;
    const env = { SOURCE_DATE_EPOCH: '1767323045' };
    const cdx = await cli(['sbom', ref], work, env);
    expect(cdx).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(cdx.stdout)).toMatchObject({
      bomFormat: 'CycloneDX',
      metadata: { timestamp: '2026-01-02T03:04:05.000Z' },
    });
    const spdx = await cli(['sbom', ref, '--format', 'spdx', '-o', 'out.spdx.json'], work, env);
    expect(spdx).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(work, 'out.spdx.json'), 'utf8')).spdxVersion).toBe('SPDX-2.3');
    const json = await cli(['sbom', ref, '-f', 'json'], work);
    expect(JSON.parse(json.stdout).packages).toHaveLength(3);
  });

  it('uses the layer cache given by --cache-dir and reports progress with --verbose', async () => {
    const ref = `oci:${alpine.layout}:alpine`;
    const first = await cli(['sbom', ref, '--cache-dir', 'cache', '--verbose'], work, { CI: 'true' });
    expect(first.stderr).toMatch(/layer 1\/1: .* MB/);
    expect(first.stderr).toContain('3 packages in 1 layers (0 from the cache)');
    const second = await cli(['sbom', ref, '--cache-dir', 'cache', '--verbose'], work, { CI: 'true' });
    expect(second.stderr).toBe('portcullis: 3 packages in 1 layers (1 from the cache)\n');
    expect(JSON.parse(second.stdout).components).toEqual(JSON.parse(first.stdout).components);
  });

  it('exits 2 on a bad format or a missing archive, 3 on an unreadable image, with a message', async () => {
    expect(await cli(['sbom', `oci:${alpine.layout}:alpine`, '-f', 'xml'], work)).toMatchObject({
      code: 2,
      stderr: 'portcullis: unknown SBOM format "xml": use cyclonedx, spdx, json\n',
    });
    const missing = await cli(['sbom', 'docker-archive:nope.tar'], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `portcullis: IMAGE_NOT_FOUND: image archive ${join(work, 'nope.tar')} not found\n`,
    );
    writeFileSync(join(work, 'not-a-tar.tar'), 'hello');
    const bad = await cli(['sbom', 'oci-archive:not-a-tar.tar'], work);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(
      /^portcullis: (MANIFEST_INVALID|LAYER_TRUNCATED): .*not-a-tar\.tar is not a readable tar archive/,
    );
  });

  it('writes the SBOM but exits 3 when hostile entries were skipped, naming each', async () => {
    const layer = join(work, 'hostile.tar');
    mkdirSync(work, { recursive: true });
    await writeRawLayer(layer, [{ name: '../escape.txt', content: 'x' }]);
    alpine.addRawLayer(layer, 'hostile', 'hostile');
    const result = await cli(['sbom', `oci:${alpine.layout}:hostile`], work);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout).components).toHaveLength(4);
    expect(result.stderr).toBe(
      'portcullis: error: PATH_TRAVERSAL: entry path "../escape.txt" climbs out of the root with ".." and was skipped\n',
    );
  });

  it('says when the OS is unknown instead of reporting nothing', async () => {
    const layer = join(work, 'no-os.tar');
    await writeRawLayer(layer, [{ name: 'etc/.wh.alpine-release', content: '' }]);
    alpine.addRawLayer(layer, 'rm /etc/alpine-release', 'no-os');
    const result = await cli(['sbom', `oci:${alpine.layout}:no-os`], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'portcullis: note: OS unknown: none of /etc/os-release, /usr/lib/os-release, /etc/alpine-release, /etc/debian_version names one\n',
    );
  });
});
