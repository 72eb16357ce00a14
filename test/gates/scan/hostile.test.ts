import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../../src/gates/scan/analyze.js';
import { ScanError } from '../../../src/gates/scan/errors.js';
import type { ScanLimits } from '../../../src/gates/scan/limits.js';
import { type RawEntry, writeRawLayer } from './support/layers.js';
import { OciBuilder } from './support/oci.js';

interface Manifest {
  layers: { mediaType: string; digest: string; size: number }[];
}

let work: string;
let base: OciBuilder;
let tagCount = 0;

const OS_RELEASE = 'ID=debian\nVERSION_ID="12"\n';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pc-scan-hostile-'));
  base = new OciBuilder(join(work, 'img'), 'base');
  const root = base.rootfs;
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), OS_RELEASE);
  base.commit('ADD base');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A real image: the base plus one layer made from these entries, added with `umoci raw add-layer`. */
async function imageWith(entries: RawEntry[]): Promise<string> {
  const tag = `t${++tagCount}`;
  const file = join(work, `${tag}.tar`);
  await writeRawLayer(file, entries);
  // umoci raw add-layer appends to the named image and stores the result under --tag.
  base.addRawLayer(file, `hostile ${tag}`, tag);
  return `oci:${base.layout}:${tag}`;
}

const scan = (ref: string, limits: Partial<ScanLimits> = {}) =>
  buildInventory(ref, { cwd: join(work, 'cwd'), limits });

async function scanError(ref: string, limits: Partial<ScanLimits> = {}): Promise<ScanError> {
  try {
    await scan(ref, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ScanError);
    return error as ScanError;
  }
  throw new Error('expected the scan to fail');
}

describe('hostile entries are skipped and reported, never followed', () => {
  it.each([
    ['PATH_TRAVERSAL', [{ name: '../../../evil.txt', content: 'x' }], '../../../evil.txt'],
    ['PATH_TRAVERSAL', [{ name: 'app/../../evil.txt', content: 'x' }], 'app/../../evil.txt'],
    ['ABSOLUTE_PATH', [{ name: '/etc/passwd', content: 'root::0:0::/:/bin/sh' }], '/etc/passwd'],
    [
      'SYMLINK_ESCAPE',
      [{ name: 'etc/escape', type: 'symlink', linkname: '../../../../outside' }],
      'etc/escape',
    ],
    [
      'HARDLINK_MISSING',
      [{ name: 'usr/bin/tool', type: 'link', linkname: 'usr/bin/missing' }],
      'usr/bin/tool',
    ],
  ] as [string, RawEntry[], string][])('%s: %j', async (code, entries, path) => {
    const inv = await scan(await imageWith(entries));
    expect(inv.problems).toEqual([
      expect.objectContaining({ code, path, layerDigest: inv.layers[1]?.digest }),
    ]);
    expect(inv.os?.family).toBe('debian');
    expect(existsSync(join(work, 'evil.txt'))).toBe(false);
    expect(existsSync(join(work, 'cwd'))).toBe(false);
  });

  it('reads a layer that appears twice in the manifest once, and attributes to the first', async () => {
    const file = join(work, 'twice.tar');
    await writeRawLayer(file, [
      { name: 'app/node_modules/a/package.json', content: '{"name":"a","version":"1.0.0"}' },
    ]);
    base.addRawLayer(file, 'COPY a', 'twice1');
    const dup = new OciBuilder(join(work, 'img'), 'twice1', false);
    dup.addRawLayer(file, 'COPY a again', 'twice2');
    const inv = await scan(`oci:${base.layout}:twice2`);
    expect(inv.layers[1]?.digest).toBe(inv.layers[2]?.digest);
    expect(inv.packages.map((p) => `${p.name}@${p.layer.index}`)).toEqual(['a@1']);
  });

  it('reports a symlink loop and does not follow it (the OS is then unknown)', async () => {
    const inv = await scan(
      await imageWith([
        { name: 'etc/.wh.os-release', content: '' },
        { name: 'etc/os-release', type: 'symlink', linkname: 'os-release.d' },
        { name: 'etc/os-release.d', type: 'symlink', linkname: '/etc/os-release' },
      ]),
    );
    expect(inv.problems.map((p) => [p.code, p.path])).toEqual([
      ['SYMLINK_LOOP', 'etc/os-release'],
      ['SYMLINK_LOOP', 'etc/os-release.d'],
    ]);
    expect(inv.os).toBeUndefined();
    expect(inv.osNote).toMatch(/^OS unknown/);
  });

  it('does not read a database over the file cap (FILE_TOO_LARGE)', async () => {
    const ref = await imageWith([{ name: 'var/lib/dpkg/status', zeros: 3 * 1024 * 1024 }]);
    const inv = await scan(ref, { maxFileBytes: 1024 * 1024 });
    expect(inv.problems).toEqual([
      expect.objectContaining({ code: 'FILE_TOO_LARGE', path: 'var/lib/dpkg/status' }),
    ]);
  });

  it('names rpm databases it cannot read (UNSUPPORTED_RPMDB)', async () => {
    const inv = await scan(await imageWith([{ name: 'var/lib/rpm/Packages', content: 'bdb' }]));
    expect(inv.problems).toEqual([
      expect.objectContaining({
        code: 'UNSUPPORTED_RPMDB',
        message: 'unsupported rpm database format: not a Berkeley DB hash file (/var/lib/rpm/Packages)',
      }),
    ]);
  });
});

describe('hostile layers stop the scan with their documented error', () => {
  it('DECOMPRESSION_BOMB: a layer that expands past the ratio cap', async () => {
    const ref = await imageWith([{ name: 'zeros.bin', zeros: 32 * 1024 * 1024 }]);
    const error = await scanError(ref, { ratioGraceBytes: 4 * 1024 * 1024, maxCompressionRatio: 50 });
    expect(error.scanCode).toBe('DECOMPRESSION_BOMB');
  });

  it('LAYER_TOO_LARGE and IMAGE_TOO_LARGE: the uncompressed caps', async () => {
    const ref = await imageWith([{ name: 'big.bin', zeros: 3 * 1024 * 1024 }]);
    expect((await scanError(ref, { maxLayerBytes: 1024 * 1024 })).scanCode).toBe('LAYER_TOO_LARGE');
    expect((await scanError(ref, { maxImageBytes: 2 * 1024 * 1024 })).scanCode).toBe('IMAGE_TOO_LARGE');
  });

  describe('corrupted blobs in a copy of a layout', () => {
    function copyWithLayer(edit: (blob: Buffer) => Buffer): string {
      const dir = join(work, `copy${++tagCount}`);
      cpSync(base.layout, dir, { recursive: true });
      const blob = (digest: string) => join(dir, 'blobs/sha256', digest.slice('sha256:'.length));
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
        manifests: { digest: string; annotations?: Record<string, string> }[];
      };
      const entry = index.manifests.find(
        (m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'base',
      );
      const manifest = JSON.parse(readFileSync(blob(entry?.digest as string), 'utf8')) as {
        layers: { digest: string }[];
      };
      const layer = blob(manifest.layers[0]?.digest as string);
      writeFileSync(layer, edit(readFileSync(layer)));
      return `oci:${dir}:base`;
    }

    /** A copy of the layout whose `base` manifest is rewritten (and re-digested in index.json). */
    function copyWithManifest(edit: (manifest: Manifest, blob: (digest: string) => string) => void): string {
      const dir = join(work, `copy${++tagCount}`);
      cpSync(base.layout, dir, { recursive: true });
      const blob = (digest: string) => join(dir, 'blobs/sha256', digest.slice('sha256:'.length));
      const indexFile = join(dir, 'index.json');
      const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
        manifests: { digest: string; size: number; annotations?: Record<string, string> }[];
      };
      const entry = index.manifests.find(
        (m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'base',
      );
      if (!entry) throw new Error('no base image in the layout');
      const manifest = JSON.parse(readFileSync(blob(entry.digest), 'utf8')) as Manifest;
      edit(manifest, blob);
      const bytes = Buffer.from(JSON.stringify(manifest));
      entry.digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      entry.size = bytes.length;
      writeFileSync(blob(entry.digest), bytes);
      writeFileSync(indexFile, JSON.stringify(index));
      return `oci:${dir}:base`;
    }

    it('UNKNOWN_MEDIA_TYPE: a layer type that is not tar, tar+gzip or tar+zstd, named in the message', async () => {
      const ref = copyWithManifest((m) => {
        (m.layers[0] as { mediaType: string }).mediaType = 'application/vnd.example.layer.v1.tar+lz4';
      });
      const error = await scanError(ref);
      expect(error.message).toBe(
        'UNKNOWN_MEDIA_TYPE: unknown layer media type "application/vnd.example.layer.v1.tar+lz4"',
      );
    });

    it('DIFFID_MISMATCH: a valid layer blob whose tar is not the one the config names', async () => {
      const other = gzipSync(readFileSync(join(work, 't1.tar')));
      const ref = copyWithManifest((m, blob) => {
        const digest = `sha256:${createHash('sha256').update(other).digest('hex')}`;
        writeFileSync(blob(digest), other);
        m.layers[0] = { ...(m.layers[0] as Manifest['layers'][number]), digest, size: other.length };
      });
      expect((await scanError(ref)).scanCode).toBe('DIFFID_MISMATCH');
    });

    it('MANIFEST_INVALID: layers and diff_ids that disagree', async () => {
      const ref = copyWithManifest((m) => {
        m.layers.push(m.layers[0] as Manifest['layers'][number]);
      });
      expect((await scanError(ref)).message).toMatch(
        /^MANIFEST_INVALID: .* lists 2 layers but the config 1 diff_ids$/,
      );
    });

    it('BLOB_MISSING: a layer blob that is not in the layout', async () => {
      const ref = copyWithManifest((m, blob) => {
        for (const layer of m.layers) rmSync(blob(layer.digest));
      });
      expect((await scanError(ref)).scanCode).toBe('BLOB_MISSING');
    });

    it('LAYER_TRUNCATED: a gzip stream cut short', async () => {
      const ref = copyWithLayer((b) => b.subarray(0, Math.floor(b.length / 2)));
      expect((await scanError(ref)).scanCode).toBe('LAYER_TRUNCATED');
    });

    it('BLOB_DIGEST_MISMATCH: same size, valid gzip, different bytes (the gzip MTIME field)', async () => {
      const ref = copyWithLayer((b) => {
        const c = Buffer.from(b);
        c[4] = (c[4] as number) ^ 0xff;
        return c;
      });
      const error = await scanError(ref);
      expect(error.scanCode).toBe('BLOB_DIGEST_MISMATCH');
      expect(error.message).toMatch(/layer blob digest is sha256:[0-9a-f]{64}, expected sha256:/);
    });

    it('LAYER_CORRUPT: bytes that are not gzip', async () => {
      const ref = copyWithLayer((b) => Buffer.concat([b.subarray(0, 10), Buffer.alloc(b.length - 10, 0x41)]));
      expect((await scanError(ref)).scanCode).toBe('LAYER_CORRUPT');
    });
  });
});
