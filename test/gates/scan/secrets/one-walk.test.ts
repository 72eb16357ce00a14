import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeImage } from '../../../../src/gates/scan/analyze.js';
import { secretCataloger, secretsFromLayers } from '../../../../src/gates/scan/secrets/index.js';
import { openImage } from '../../../../src/gates/scan/source/index.js';
import { writeRawLayer } from '../support/layers.js';
import { OciBuilder } from '../support/oci.js';

const GH = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;

let work: string;
let ref: string;

/**
 * A real three-layer OCI image (umoci): layer 0 adds an npm package whose package.json holds a token
 * and a `.env` with a token; layer 1 deletes the `.env` (whiteout) and adds `opt/app/keep.env`;
 * layer 2 hides `opt/app` with an opaque marker.
 */
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pc-scan-one-walk-'));
  const layers = [
    [
      {
        name: 'app/node_modules/left-pad/package.json',
        content: JSON.stringify({ name: 'left-pad', version: '1.3.0', token: GH }),
      },
      { name: 'app/.env', content: `A=1\nGITHUB_TOKEN=${GH}\n` },
    ],
    [
      { name: 'app/.wh..env', content: '' },
      { name: 'opt/app/keep.env', content: `GITHUB_TOKEN=${GH}\n` },
    ],
    [{ name: 'opt/app/.wh..wh..opq', content: '' }],
  ];
  let builder = new OciBuilder(join(work, 'img'), 'l0');
  for (const [i, entries] of layers.entries()) {
    const file = join(work, `layer${i}.tar`);
    await writeRawLayer(file, entries);
    builder.addRawLayer(file, `RUN step ${i}`, `l${i + 1}`);
    builder = new OciBuilder(join(work, 'img'), `l${i + 1}`, false);
  }
  ref = `oci:${builder.layout}:l3`;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function walkOnce(cacheDir?: string, extrasKey?: string) {
  const source = await openImage(ref, { cwd: work });
  try {
    return await analyzeImage(source, {
      cwd: work,
      extraCatalogers: [secretCataloger()],
      ...(cacheDir ? { cacheDir } : {}),
      ...(extrasKey ? { extrasKey } : {}),
    });
  } finally {
    await source.close?.();
  }
}

describe('one layer walk for packages and secrets', () => {
  it('yields the packages and the secrets, with their layers and the layer that deleted them', async () => {
    const { inventory, layers } = await walkOnce();
    expect(inventory.packages.map((p) => `${p.name}@${p.version} layer ${p.layer.index}`)).toEqual([
      'left-pad@1.3.0 layer 0',
    ]);
    const secrets = secretsFromLayers(layers).map(
      (s) =>
        `${s.hit.ruleId} ${s.hit.path}:${s.hit.line} layer ${s.layerIndex} removed ${s.removedInLayer ?? '-'}`,
    );
    expect(secrets.sort()).toEqual([
      'PS006 app/.env:2 layer 0 removed 1',
      'PS006 app/node_modules/left-pad/package.json:1 layer 0 removed -',
      'PS006 opt/app/keep.env:1 layer 1 removed 2',
    ]);
    expect(JSON.stringify(layers)).not.toContain(GH);
  });

  it('caches extras only under their key, and gives them back to a walk with that key', async () => {
    const cacheDir = join(work, 'keyed-cache');
    const first = await walkOnce(cacheDir, 'secrets v1');
    expect(first.inventory.layers.some((l) => l.cached)).toBe(false);
    const again = await walkOnce(cacheDir, 'secrets v1');
    expect(again.inventory.layers.every((l) => l.cached)).toBe(true);
    expect(secretsFromLayers(again.layers)).toEqual(secretsFromLayers(first.layers));
    const otherKey = await walkOnce(cacheDir, 'secrets v2');
    expect(otherKey.inventory.layers.some((l) => l.cached)).toBe(false);
  });

  it('without a key, leaves extras out of the layer cache and still finds secrets on a rescan', async () => {
    const cacheDir = join(work, 'cache');
    await walkOnce(cacheDir);
    const source = await openImage(ref, { cwd: work });
    try {
      const plain = await analyzeImage(source, { cwd: work, cacheDir });
      expect(plain.inventory.layers.every((l) => l.cached)).toBe(true);
      expect(plain.layers.some((l) => l.analysis.extras)).toBe(false);
    } finally {
      await source.close?.();
    }
    const again = await walkOnce(cacheDir);
    expect(secretsFromLayers(again.layers)).toHaveLength(3);
  });
});
