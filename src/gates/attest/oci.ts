import type { SerializedBundle } from '@sigstore/bundle';
import { PortcullisError } from '../../core/errors.js';
import {
  type Descriptor,
  formatImageReference,
  type ImageReference,
  type Manifest,
  MEDIA_TYPES,
  parseImageReference,
  type RegistryClient,
} from '../../registry/index.js';
import type { Subject } from './subjects.js';

/** The artifact type cosign, GitHub and @sigstore/oci give a Sigstore bundle in a registry. */
export const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_CONFIG = Buffer.from('{}');

export type DigestedReference = ImageReference & { digest: string };

const REFERENCE_SYNTAX = /^[a-z0-9][\w.-]*(:\d+)?(\/[\w.-]+)*(:[\w.-]+)?(@sha(256|512):[a-f0-9]+)?$/i;

/**
 * Whether a target that is not an existing file names an image: it has a digest or a tag, or
 * its first component is a registry host (`ghcr.io/…`, `localhost:5000/…`). So a missing
 * `dist/app.tar.gz` stays a missing file and never becomes a Docker Hub lookup.
 */
export function looksLikeImageReference(text: string): boolean {
  if (!REFERENCE_SYNTAX.test(text)) return false;
  if (/@sha(256|512):/.test(text)) return true;
  const slash = text.lastIndexOf('/');
  if (text.indexOf(':', slash + 1) > slash) return true;
  const first = text.split('/')[0];
  return slash > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
}

/** The image name a subject carries: registry and repository, no tag, no digest. */
export function imageSubjectName(ref: ImageReference): string {
  return formatImageReference({ registry: ref.registry, repository: ref.repository }, { familiar: true });
}

/**
 * An image reference resolved to the digest it points at now (one HEAD), so the subject names
 * exactly the manifest that was pushed. A digest given in the reference is used as it is.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
 */
export async function resolveImage(
  client: RegistryClient,
  text: string,
): Promise<{ ref: DigestedReference; subject: Subject }> {
  const ref = parseImageReference(text);
  const digest = ref.digest ?? (await client.resolveDigest(ref)).digest;
  const [algorithm, hex] = digest.split(':');
  return { ref: { ...ref, digest }, subject: { name: imageSubjectName(ref), digest: { [algorithm]: hex } } };
}

/**
 * Pushes a bundle as an OCI referrer of its image, as @sigstore/oci's attachArtifactToImage
 * does: the empty config, the bundle as the one layer, `artifactType` set to the bundle media
 * type and `subject` set to the image. Registries without the referrers API get the bundle
 * added to the `sha256-<hex>` tag schema index instead.
 * https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidelines-for-artifact-usage
 */
export async function pushBundleReferrer(
  client: RegistryClient,
  image: DigestedReference,
  bundle: SerializedBundle,
  predicateType: string,
): Promise<string> {
  const target = await client.resolveDigest({ ...image, tag: undefined });
  if (target.digest !== image.digest) {
    throw new PortcullisError(
      'REGISTRY_DIGEST_MISMATCH',
      `${formatImageReference(image)} answered ${target.digest}`,
    );
  }
  const repo: ImageReference = { registry: image.registry, repository: image.repository };
  const config = await client.pushBlob(repo, EMPTY_CONFIG, MEDIA_TYPES.ociEmpty);
  const layer = await client.pushBlob(repo, Buffer.from(JSON.stringify(bundle)), BUNDLE_ARTIFACT_TYPE);
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': predicateType,
    'org.opencontainers.image.created': new Date().toISOString(),
  };
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: BUNDLE_ARTIFACT_TYPE,
    config,
    layers: [layer],
    subject: {
      mediaType: target.mediaType ?? MEDIA_TYPES.ociManifest,
      digest: image.digest,
      size: target.size ?? 0,
    },
    annotations,
  } as Manifest;
  const bytes = Buffer.from(JSON.stringify(manifest));
  const pushed = await client.pushManifest(repo, bytes, MEDIA_TYPES.ociManifest);
  if (!pushed.subjectAccepted) {
    const descriptor: Descriptor = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: pushed.digest,
      size: bytes.length,
      artifactType: BUNDLE_ARTIFACT_TYPE,
      annotations,
    };
    await client.addReferrerToTagSchema(image, descriptor);
  }
  return pushed.digest;
}

/**
 * The Sigstore bundles attached to an image, found through the referrers API (or its tag
 * schema fallback). A referrer whose layer is not JSON is returned with the error, so the
 * verify gate reports it instead of skipping it.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
 */
export async function fetchBundleReferrers(
  client: RegistryClient,
  image: DigestedReference,
): Promise<{ label: string; json?: unknown; parseError?: string }[]> {
  const referrers = await client.listReferrers(image, { artifactType: BUNDLE_ARTIFACT_TYPE });
  const out: { label: string; json?: unknown; parseError?: string }[] = [];
  for (const r of referrers) {
    const label = `${imageSubjectName(image)}@${r.digest}`;
    const { manifest } = await client.getManifest({ ...image, tag: undefined, digest: r.digest });
    const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_ARTIFACT_TYPE) ?? manifest.layers?.[0];
    if (!layer) {
      out.push({ label, parseError: 'the referrer has no bundle layer' });
      continue;
    }
    const bytes = await client.fetchBlob(image, layer.digest);
    try {
      out.push({ label, json: JSON.parse(Buffer.from(bytes).toString('utf8')) });
    } catch {
      out.push({ label, parseError: 'the referrer layer is not JSON' });
    }
  }
  return out;
}
