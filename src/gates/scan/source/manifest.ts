import { createHash } from 'node:crypto';
import { ScanError } from '../errors.js';
import { type Platform, selectPlatform } from './platform.js';
import type { ImageConfig, LayerDescriptor } from './types.js';

export const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);
export const MANIFEST_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]);
export const REF_NAME = 'org.opencontainers.image.ref.name';

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: Partial<Platform>;
  annotations?: Record<string, string>;
}

interface ManifestDoc {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

/** Reads a small blob (manifest or config) by digest; the source verifies nothing, `readVerified` does. */
export type BlobReader = (digest: string) => Promise<Buffer>;

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function parseJson<T>(bytes: Uint8Array, what: string): T {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch (error) {
    throw new ScanError('MANIFEST_INVALID', `${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A blob whose bytes must hash to its digest (OCI image-spec descriptor.md#digests). */
export async function readVerified(read: BlobReader, digest: string): Promise<Buffer> {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new ScanError('MANIFEST_INVALID', `unsupported or malformed digest "${digest}"`);
  }
  const bytes = await read(digest);
  const actual = sha256(bytes);
  if (actual !== digest) throw new ScanError('BLOB_DIGEST_MISMATCH', `blob ${digest} hashes to ${actual}`);
  return bytes;
}

function isIndex(doc: ManifestDoc, mediaType?: string): boolean {
  return INDEX_TYPES.has(mediaType ?? doc.mediaType ?? '') || (!doc.config && Array.isArray(doc.manifests));
}

/**
 * Follows an index (possibly nested) down to one image manifest for the platform.
 * Returns the manifest's digest and its parsed document.
 */
export async function resolveManifest(
  read: BlobReader,
  start: Descriptor,
  platform: Platform,
  where: string,
): Promise<{ digest: string; doc: ManifestDoc }> {
  let descriptor = start;
  for (let depth = 0; depth < 4; depth++) {
    const doc = parseJson<ManifestDoc>(
      await readVerified(read, descriptor.digest),
      `manifest ${descriptor.digest}`,
    );
    if (!isIndex(doc, descriptor.mediaType)) return { digest: descriptor.digest, doc };
    descriptor = selectPlatform(doc.manifests ?? [], platform, where);
  }
  throw new ScanError('MANIFEST_INVALID', `${where}: image indexes nested too deeply`);
}

/** The config and layer list of an image manifest, with each layer's diffID and history line. */
export async function imageFromManifest(
  read: BlobReader,
  doc: ManifestDoc,
  where: string,
): Promise<{ config: ImageConfig; configDigest: string; layers: LayerDescriptor[] }> {
  if (doc.mediaType && !MANIFEST_TYPES.has(doc.mediaType)) {
    throw new ScanError('MANIFEST_INVALID', `${where}: unsupported manifest media type "${doc.mediaType}"`);
  }
  if (!doc.config?.digest || !Array.isArray(doc.layers)) {
    throw new ScanError('MANIFEST_INVALID', `${where}: the manifest has no config or layers`);
  }
  const config = parseJson<ImageConfig>(
    await readVerified(read, doc.config.digest),
    `config ${doc.config.digest}`,
  );
  const layers = doc.layers.map((l, index) => {
    const d: LayerDescriptor = { index, mediaType: l.mediaType ?? '', digest: l.digest, diffId: '' };
    if (typeof l.size === 'number') d.size = l.size;
    return d;
  });
  return { config, configDigest: doc.config.digest, layers: withConfig(layers, config, where) };
}

/** Adds diffIDs and `created_by` lines (history entries marked `empty_layer` have no layer). */
export function withConfig(layers: LayerDescriptor[], config: ImageConfig, where: string): LayerDescriptor[] {
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layers.length) {
    throw new ScanError(
      'MANIFEST_INVALID',
      `${where}: the manifest lists ${layers.length} layers but the config ${diffIds.length} diff_ids`,
    );
  }
  const history = (config.history ?? []).filter((h) => !h.empty_layer);
  return layers.map((l, i) => {
    const out: LayerDescriptor = { ...l, diffId: diffIds[i] as string };
    const createdBy = history.length === layers.length ? history[i]?.created_by : undefined;
    if (createdBy) out.createdBy = createdBy;
    return out;
  });
}
