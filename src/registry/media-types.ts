/** Manifest and index media types. https://github.com/opencontainers/image-spec/blob/main/media-types.md */
export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
} as const;

/**
 * Every manifest type, indexes first: a registry answers a multi-platform tag with its index
 * (and so its index digest) only when the Accept header names the index types.
 * https://github.com/distribution/distribution/issues/3431
 */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;
}

/** An OCI content descriptor. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: Platform;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
}

/** An image manifest or an index, as JSON. */
export interface Manifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** Parses `os/arch[/variant]`. */
export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/');
  return { os, architecture, ...(variant ? { variant } : {}) };
}

// Docker treats these as the same variant: arm64 means v8, arm means v7 when not given.
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

/** Whether an index entry's platform is the wanted one, with containerd's default variants. */
export function platformMatches(wanted: Platform, have: Platform | undefined): boolean {
  if (!have || have.os !== wanted.os || have.architecture !== wanted.architecture) return false;
  const dv = DEFAULT_VARIANT[wanted.architecture];
  const w = wanted.variant ?? dv;
  const h = have.variant ?? dv;
  return w === h;
}
