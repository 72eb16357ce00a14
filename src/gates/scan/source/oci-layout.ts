import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ScanError } from '../errors.js';
import { imageInfo } from './image-info.js';
import {
  type BlobReader,
  type Descriptor,
  imageFromManifest,
  parseJson,
  REF_NAME,
  resolveManifest,
} from './manifest.js';
import { type Platform, selectPlatform } from './platform.js';
import type { ImageSource, LayerDescriptor } from './types.js';

/** Where a layout keeps a blob: `blobs/<algorithm>/<hex>` (OCI image-spec image-layout.md). */
export function blobPath(digest: string): string {
  const m = /^(sha256|sha512):([0-9a-f]{64,128})$/.exec(digest);
  if (!m) throw new ScanError('MANIFEST_INVALID', `malformed digest "${digest}"`);
  return `blobs/${m[1]}/${m[2]}`;
}

/** Reads what an OCI layout needs to be opened, from a directory or from an archive. */
export interface LayoutStore {
  read(name: string): Promise<Buffer | undefined>;
  stream(names: readonly string[], use: (name: string, data: Readable) => Promise<void>): Promise<void>;
}

/**
 * Opens an image in an OCI image layout: `index.json`, picked by `ref` (the
 * `org.opencontainers.image.ref.name` annotation) or by platform, then manifest, config and layers.
 * See https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */
export async function openLayout(
  store: LayoutStore,
  where: string,
  transport: 'oci' | 'oci-archive',
  reference: string,
  ref: string | undefined,
  platform: Platform,
): Promise<ImageSource> {
  const layoutFile = await store.read('oci-layout');
  if (!layoutFile)
    throw new ScanError('MANIFEST_INVALID', `${where} is not an OCI image layout (no oci-layout file)`);
  const indexBytes = await store.read('index.json');
  if (!indexBytes) throw new ScanError('MANIFEST_INVALID', `${where} has no index.json`);
  const index = parseJson<{ manifests?: Descriptor[] }>(indexBytes, `${where}/index.json`);
  const entries = index.manifests ?? [];
  const named = ref ? entries.filter((m) => m.annotations?.[REF_NAME] === ref) : entries;
  if (!named.length) {
    const refs = entries.map((m) => m.annotations?.[REF_NAME]).filter(Boolean);
    throw new ScanError(
      'IMAGE_NOT_FOUND',
      `${where} has no image "${ref}" (it has: ${refs.join(', ') || 'none'})`,
    );
  }
  const read: BlobReader = async (digest) => {
    const bytes = await store.read(blobPath(digest));
    if (!bytes) throw new ScanError('BLOB_MISSING', `${where} has no blob ${digest}`);
    return bytes;
  };
  if (named.length > 1 && !named.every((m) => m.platform)) {
    throw new ScanError(
      'IMAGE_NOT_FOUND',
      `${where} holds ${named.length} images; name one as ${transport}:${where}:<ref>`,
    );
  }
  const chosen = named.length === 1 ? (named[0] as Descriptor) : selectPlatform(named, platform, where);
  const { digest: manifestDigest, doc } = await resolveManifest(read, chosen, platform, where);
  const { config, configDigest, layers } = await imageFromManifest(read, doc, where);
  const tags =
    named.length === 1 && named[0]?.annotations?.[REF_NAME] ? [named[0].annotations[REF_NAME]] : [];
  return {
    info: imageInfo({ reference, transport, manifestDigest, configDigest, tags }, config, platform),
    config,
    layers,
    streamLayers: (wanted: readonly LayerDescriptor[], use) => {
      const byName = new Map(wanted.map((l) => [blobPath(l.digest), l]));
      return store.stream([...byName.keys()], (name, data) => use(byName.get(name) as LayerDescriptor, data));
    },
  };
}

/** `oci:dir[:ref]`: an OCI layout directory on disk. */
export async function openOciDirectory(
  dir: string,
  reference: string,
  ref: string | undefined,
  platform: Platform,
): Promise<ImageSource> {
  const exists = await stat(dir).catch(() => undefined);
  if (!exists?.isDirectory()) throw new ScanError('IMAGE_NOT_FOUND', `OCI layout directory ${dir} not found`);
  const store: LayoutStore = {
    read: (name) => readFile(join(dir, name)).catch(() => undefined),
    async stream(names, use) {
      for (const name of names) {
        const path = join(dir, name);
        if (!(await stat(path).catch(() => undefined)))
          throw new ScanError('BLOB_MISSING', `${dir} has no ${name}`);
        await use(name, createReadStream(path));
      }
    },
  };
  return openLayout(store, dir, 'oci', reference, ref, platform);
}
