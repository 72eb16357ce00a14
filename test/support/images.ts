import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { sha256Digest } from '../../src/registry/digest.js';
import {
  type Descriptor,
  type Manifest,
  MEDIA_TYPES,
  parsePlatform,
} from '../../src/registry/media-types.js';

/** One blob of a built image: its bytes and descriptor. */
export interface Blob {
  bytes: Uint8Array;
  descriptor: Descriptor;
}

/** A real single-platform OCI image: a gzip tar layer, a config and a manifest, all as bytes. */
export interface BuiltImage {
  layers: (Blob & { diffId: string })[];
  config: Blob;
  manifest: Manifest;
  manifestBytes: Uint8Array;
  /** The manifest's own descriptor (with platform), for an index or an OCI layout. */
  descriptor: Descriptor;
}

export interface ImageSpec {
  /** `os/arch[/variant]`, default `linux/amd64`. */
  platform?: string;
  /** Files of the single layer, path → content. */
  files?: Record<string, string | Uint8Array>;
  /** The config's `created` (ISO 8601); default 2026-01-01T00:00:00Z. */
  created?: string;
  /** Docker v2 media types instead of OCI. */
  docker?: boolean;
}

const blob = (bytes: Uint8Array, mediaType: string): Blob => ({
  bytes,
  descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length },
});

/** A tar archive of the files, each owned by root with a fixed mtime, so equal input gives equal bytes. */
export async function tarOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    await new Promise<void>((resolve, reject) =>
      p.entry({ name, size: data.length, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }, data, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Builds a real image whose layer holds the given files. */
export async function buildImage(spec: ImageSpec = {}): Promise<BuiltImage> {
  const platform = parsePlatform(spec.platform ?? 'linux/amd64');
  const tar = await tarOf(spec.files ?? { 'etc/hello': `hello ${spec.platform ?? 'linux/amd64'}\n` });
  const layer = {
    ...blob(gzipSync(tar), spec.docker ? MEDIA_TYPES.dockerLayerGzip : MEDIA_TYPES.ociLayerGzip),
    diffId: sha256Digest(tar),
  };
  const configJson = {
    created: spec.created ?? '2026-01-01T00:00:00Z',
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
    history: [{ created: spec.created ?? '2026-01-01T00:00:00Z', created_by: 'portcullis test' }],
  };
  const config = blob(
    Buffer.from(JSON.stringify(configJson)),
    spec.docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig,
  );
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: spec.docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest,
    config: config.descriptor,
    layers: [layer.descriptor],
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  return {
    layers: [layer],
    config,
    manifest,
    manifestBytes,
    descriptor: {
      mediaType: manifest.mediaType!,
      digest: sha256Digest(manifestBytes),
      size: manifestBytes.length,
      platform,
    },
  };
}

/** An OCI index (or, with `docker`, a Docker manifest list) over built images (their descriptors carry the platforms). */
export function indexOf(
  images: BuiltImage[],
  options: { docker?: boolean } = {},
): { manifest: Manifest; bytes: Uint8Array; digest: string } {
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: options.docker ? MEDIA_TYPES.dockerManifestList : MEDIA_TYPES.ociIndex,
    manifests: images.map((i) => i.descriptor),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return { manifest, bytes, digest: sha256Digest(bytes) };
}
