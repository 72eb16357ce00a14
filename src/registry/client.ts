import { PortcullisError } from '../core/errors.js';
import { hasherFor, matchesDigest, sha256Digest } from './digest.js';
import { RegistryError } from './errors.js';
import {
  type Descriptor,
  isIndexMediaType,
  MANIFEST_ACCEPT,
  type Manifest,
  MEDIA_TYPES,
  parsePlatform,
  platformMatches,
} from './media-types.js';
import { checkDigest, formatImageReference, type ImageReference } from './reference.js';
import {
  type RegistryRequest,
  type RegistryResponse,
  Transport,
  type TransportOptions,
} from './transport.js';

export interface RegistryClientOptions extends TransportOptions {
  /** Answers shared with the other clients of a run, so a reference is asked once per run. */
  cache?: RegistryCache;
}

/** Resolved digests and manifests, shared by every client of one run (`portcullis check`). */
export class RegistryCache {
  readonly digests = new Map<string, Promise<ResolvedDigest>>();
  readonly manifests = new Map<string, Promise<ManifestResult>>();
}

/** The run's registry cache, kept in the gate context's run-scoped store (created on first use). */
export function registryCacheOf(shared: Map<string, unknown> | undefined): RegistryCache | undefined {
  if (!shared) return undefined;
  let cache = shared.get('registry');
  if (!(cache instanceof RegistryCache)) {
    cache = new RegistryCache();
    shared.set('registry', cache);
  }
  return cache as RegistryCache;
}

export interface ResolvedDigest {
  digest: string;
  mediaType?: string;
  size?: number;
}

export interface ManifestResult {
  digest: string;
  mediaType: string;
  manifest: Manifest;
  /** The exact bytes the digest covers. */
  bytes: Uint8Array;
}

export interface PushedManifest {
  digest: string;
  /** The registry took the `subject` itself (`OCI-Subject` header); otherwise the referrers tag schema is needed. */
  subjectAccepted: boolean;
}

const DIGEST_HEADER = 'docker-content-digest';
const WELL_FORMED_DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** What names a manifest in a URL: the digest when there is one (it wins over the tag, as in `docker pull`), else the tag, else `latest`. */
function manifestRef(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

const pull = (ref: ImageReference) => `repository:${ref.repository}:pull`;
const push = (ref: ImageReference) => `repository:${ref.repository}:pull,push`;

/**
 * A client for the OCI distribution API: resolve tags to digests, read manifests and blobs
 * (verified against their digests), push blobs and manifests, list tags and referrers. One
 * instance is one run: each unique reference is asked once, and `requestCount` counts every
 * HTTP request made (tokens and retries included).
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
export class RegistryClient {
  private readonly http: Transport;
  private readonly digests: Map<string, Promise<ResolvedDigest>>;
  private readonly manifests: Map<string, Promise<ManifestResult>>;

  constructor(options: RegistryClientOptions = {}) {
    this.http = new Transport(options);
    const cache = options.cache ?? new RegistryCache();
    this.digests = cache.digests;
    this.manifests = cache.manifests;
  }

  /** Every HTTP request made so far. */
  get requestCount(): number {
    return this.http.requestCount;
  }

  /**
   * The digest a reference points at now. A multi-platform tag gives its index digest; with
   * `platform` (`os/arch[/variant]`) the digest of that platform's manifest. Costs one HEAD
   * (GET when the registry gives no digest on HEAD, or when a platform is asked for).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
   */
  resolveDigest(ref: ImageReference, options: { platform?: string } = {}): Promise<ResolvedDigest> {
    const key = `${formatImageReference(ref)} ${options.platform ?? ''}`;
    return this.once(this.digests, key, async () => {
      if (options.platform) return this.platformDigest(ref, options.platform);
      const cached = this.manifests.get(formatImageReference(ref));
      if (cached) {
        const m = await cached;
        return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
      }
      return this.headManifest(ref);
    });
  }

  /** A manifest or index, with its digest checked against its bytes. */
  getManifest(ref: ImageReference): Promise<ManifestResult> {
    return this.once(this.manifests, formatImageReference(ref), () => this.fetchManifest(ref));
  }

  /**
   * When the image was built: the `created` of its config. For an index, the config of the
   * platform asked for, or of its first runnable image.
   */
  async getCreated(ref: ImageReference, options: { platform?: string } = {}): Promise<string | undefined> {
    let m = await this.getManifest(ref);
    if (isIndexMediaType(m.mediaType)) {
      const child = this.pickChild(ref, m, options.platform);
      m = await this.getManifest({ ...ref, tag: undefined, digest: child.digest });
    }
    if (!m.manifest.config) return undefined;
    const config = JSON.parse(
      Buffer.from(await this.fetchBlob(ref, m.manifest.config.digest)).toString('utf8'),
    ) as {
      created?: string;
    };
    return typeof config.created === 'string' ? config.created : undefined;
  }

  /** A whole blob, verified against its digest. */
  async fetchBlob(ref: ImageReference, digest: string): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.blobStream(ref, digest)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /**
   * A blob as a stream of chunks. The digest is checked at the end: a mismatch throws
   * `REGISTRY_DIGEST_MISMATCH` after the last chunk, so consumers must not trust data before
   * the stream ends. A pause longer than the timeout fails.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-blobs
   */
  async *blobStream(ref: ImageReference, digest: string): AsyncGenerator<Uint8Array> {
    checkDigest(digest);
    const hash = hasherFor(digest);
    if (!hash)
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        ref.registry,
        `cannot verify ${digest}: unsupported algorithm`,
      );
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'GET',
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scope: pull(ref),
      stream: true,
    };
    const res = await this.http.send(req);
    if (res.status !== 200 || !res.stream) throw this.http.failure(req, res.url, res);
    for await (const chunk of res.stream) {
      hash.update(chunk);
      yield chunk;
    }
    const got = `${digest.split(':', 1)[0]}:${hash.digest('hex')}`;
    if (got !== digest)
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        ref.registry,
        `blob ${ref.repository}@${digest} has digest ${got}`,
      );
  }

  /** Whether the registry holds a blob. */
  async hasBlob(ref: ImageReference, digest: string): Promise<boolean> {
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'HEAD',
      path: `/v2/${ref.repository}/blobs/${digest}`,
      scope: pull(ref),
    };
    const res = await this.http.send(req);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw this.http.failure(req, res.url, res);
  }

  /**
   * Uploads a blob in one request after opening the upload (POST then PUT with the digest);
   * skipped when the registry has it already.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#post-then-put
   */
  async pushBlob(
    ref: ImageReference,
    bytes: Uint8Array,
    mediaType = 'application/octet-stream',
  ): Promise<Descriptor> {
    const digest = sha256Digest(bytes);
    const descriptor = { mediaType, digest, size: bytes.length };
    if (await this.hasBlob(ref, digest)) return descriptor;
    const open: RegistryRequest = {
      registry: ref.registry,
      method: 'POST',
      path: `/v2/${ref.repository}/blobs/uploads/`,
      scope: push(ref),
      headers: { 'content-length': '0' },
    };
    const started = await this.http.send(open);
    const location = started.headers.get('location');
    if (started.status !== 202 || !location) throw this.http.failure(open, started.url, started);
    const target = new URL(location, started.url);
    target.searchParams.set('digest', digest);
    const put: RegistryRequest = {
      registry: ref.registry,
      method: 'PUT',
      path: target.toString(),
      scope: push(ref),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
      body: bytes,
    };
    const done = await this.http.send(put);
    if (done.status !== 201) throw this.http.failure(put, done.url, done);
    return descriptor;
  }

  /**
   * Uploads a manifest or index under a tag (or its digest when the reference has no tag).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
   */
  async pushManifest(
    ref: ImageReference,
    manifest: Manifest | Uint8Array,
    mediaType?: string,
  ): Promise<PushedManifest> {
    const bytes = manifest instanceof Uint8Array ? manifest : Buffer.from(JSON.stringify(manifest));
    const type = mediaType ?? (manifest instanceof Uint8Array ? undefined : manifest.mediaType);
    if (!type) throw new PortcullisError('USAGE', 'pushManifest needs the manifest media type');
    const digest = sha256Digest(bytes);
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'PUT',
      path: `/v2/${ref.repository}/manifests/${ref.tag ?? digest}`,
      scope: push(ref),
      headers: { 'content-type': type },
      body: bytes,
    };
    const res = await this.http.send(req);
    if (res.status !== 201) throw this.http.failure(req, res.url, res);
    this.forget(ref);
    return { digest, subjectAccepted: res.headers.has('oci-subject') };
  }

  /** Deletes a manifest by digest (registries may refuse with 405 when deletion is off). */
  async deleteManifest(ref: ImageReference & { digest: string }): Promise<void> {
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'DELETE',
      path: `/v2/${ref.repository}/manifests/${ref.digest}`,
      scope: push(ref),
    };
    const res = await this.http.send(req);
    if (res.status !== 202) throw this.http.failure(req, res.url, res);
    this.forget(ref);
  }

  /**
   * The manifests that refer to a digest (signatures, attestations, SBOMs): the referrers API,
   * or, where a registry lacks it (404), the `sha256-<hex>` tag schema.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
   */
  async listReferrers(
    ref: ImageReference & { digest: string },
    options: { artifactType?: string } = {},
  ): Promise<Descriptor[]> {
    const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'GET',
      path: `/v2/${ref.repository}/referrers/${ref.digest}${query}`,
      scope: pull(ref),
      headers: { accept: MEDIA_TYPES.ociIndex },
    };
    const res = await this.http.send(req);
    let index: Manifest;
    if (res.status === 200) index = this.json(req, res) as Manifest;
    else if (res.status === 404) {
      const fallback = await this.referrersTagIndex(ref);
      if (!fallback) return [];
      index = fallback;
    } else throw this.http.failure(req, res.url, res);
    const list = index.manifests ?? [];
    return options.artifactType ? list.filter((d) => d.artifactType === options.artifactType) : list;
  }

  /**
   * Adds a pushed manifest to the referrers tag schema index of its subject, for registries
   * that did not take the `subject` themselves.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject
   */
  async addReferrerToTagSchema(
    subject: ImageReference & { digest: string },
    referrer: Descriptor,
  ): Promise<void> {
    const current = (await this.referrersTagIndex(subject)) ?? {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [],
    };
    const manifests = (current.manifests ?? []).filter((d) => d.digest !== referrer.digest);
    manifests.push(referrer);
    await this.pushManifest(
      { ...subject, digest: undefined, tag: referrersTag(subject.digest) },
      { ...current, manifests },
      MEDIA_TYPES.ociIndex,
    );
  }

  /**
   * Every tag of a repository, following `Link` pagination.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-tags
   */
  async listTags(ref: ImageReference): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `/v2/${ref.repository}/tags/list`;
    while (path) {
      const req: RegistryRequest = { registry: ref.registry, method: 'GET', path, scope: pull(ref) };
      const res = await this.http.send(req);
      if (res.status !== 200) throw this.http.failure(req, res.url, res);
      tags.push(...((this.json(req, res) as { tags?: string[] | null }).tags ?? []));
      const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
      path = next ? new URL(next, res.url).toString() : undefined;
    }
    return tags;
  }

  private async headManifest(ref: ImageReference): Promise<ResolvedDigest> {
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'HEAD',
      path: `/v2/${ref.repository}/manifests/${manifestRef(ref)}`,
      scope: pull(ref),
      headers: { accept: MANIFEST_ACCEPT },
    };
    const res = await this.http.send(req);
    if (res.status === 200) {
      const digest = res.headers.get(DIGEST_HEADER)?.trim();
      if (digest) {
        if (!WELL_FORMED_DIGEST.test(digest))
          throw new RegistryError(
            'REGISTRY_DIGEST_MISMATCH',
            ref.registry,
            `${formatImageReference(ref)}: the registry sent a malformed digest "${digest.slice(0, 80)}"`,
            { status: 200 },
          );
        if (ref.digest && digest !== ref.digest)
          throw new RegistryError(
            'REGISTRY_DIGEST_MISMATCH',
            ref.registry,
            `${formatImageReference(ref)}: the registry answered with ${digest}`,
            { status: 200 },
          );
        const size = Number(res.headers.get('content-length'));
        return {
          digest,
          mediaType: mediaTypeOf(res),
          ...(Number.isFinite(size) && size > 0 ? { size } : {}),
        };
      }
    } else if (res.status !== 405 && res.status !== 501 && res.status !== 400) {
      throw this.http.failure(req, res.url, res);
    }
    // No digest on HEAD (or HEAD unsupported): GET the manifest and hash it.
    const m = await this.getManifest(ref);
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
  }

  private async fetchManifest(ref: ImageReference): Promise<ManifestResult> {
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'GET',
      path: `/v2/${ref.repository}/manifests/${manifestRef(ref)}`,
      scope: pull(ref),
      headers: { accept: MANIFEST_ACCEPT },
    };
    const res = await this.http.send(req);
    if (res.status !== 200) throw this.http.failure(req, res.url, res);
    const computed = sha256Digest(res.body);
    const claimed = res.headers.get(DIGEST_HEADER)?.trim();
    const expected = ref.digest ?? (claimed?.startsWith('sha256:') ? claimed : undefined);
    const name = formatImageReference(ref);
    if (
      expected &&
      (expected.startsWith('sha256:') ? computed !== expected : !matchesDigest(res.body, expected))
    )
      throw new RegistryError(
        'REGISTRY_DIGEST_MISMATCH',
        ref.registry,
        `manifest ${name}: content hashes to ${computed}, expected ${expected}`,
        {
          status: 200,
        },
      );
    const manifest = this.json(req, res) as Manifest;
    const digest = ref.digest ?? computed;
    return { digest, mediaType: manifest.mediaType ?? mediaTypeOf(res) ?? '', manifest, bytes: res.body };
  }

  private async platformDigest(ref: ImageReference, platform: string): Promise<ResolvedDigest> {
    const m = await this.getManifest(ref);
    if (!isIndexMediaType(m.mediaType))
      return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
    const child = this.pickChild(ref, m, platform);
    return { digest: child.digest, mediaType: child.mediaType, size: child.size };
  }

  private pickChild(ref: ImageReference, index: ManifestResult, platform?: string): Descriptor {
    const children = index.manifest.manifests ?? [];
    const found = platform
      ? children.find((d) => platformMatches(parsePlatform(platform), d.platform))
      : children.find((d) => d.platform?.os !== 'unknown' && !isIndexMediaType(d.mediaType));
    if (found) return found;
    const have = children.map((d) =>
      d.platform
        ? [d.platform.os, d.platform.architecture, d.platform.variant].filter(Boolean).join('/')
        : '?',
    );
    throw new PortcullisError(
      'IMAGE_INVALID',
      `${formatImageReference(ref)}: the index has no ${platform ?? 'runnable'} image (it has ${have.join(', ') || 'none'})`,
    );
  }

  private async referrersTagIndex(ref: ImageReference & { digest: string }): Promise<Manifest | undefined> {
    const tag = { ...ref, digest: undefined, tag: referrersTag(ref.digest) };
    const req: RegistryRequest = {
      registry: ref.registry,
      method: 'GET',
      path: `/v2/${ref.repository}/manifests/${tag.tag}`,
      scope: pull(ref),
      headers: { accept: MEDIA_TYPES.ociIndex },
    };
    const res = await this.http.send(req);
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.http.failure(req, res.url, res);
    return this.json(req, res) as Manifest;
  }

  private json(req: RegistryRequest, res: RegistryResponse): unknown {
    try {
      return JSON.parse(Buffer.from(res.body).toString('utf8'));
    } catch {
      throw this.http.failure(req, res.url, res, 'the body is not JSON');
    }
  }

  private once<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
    let p = map.get(key);
    if (!p) {
      p = make();
      map.set(key, p);
    }
    return p;
  }

  /** Drops cached answers for a reference whose tag was just pushed or deleted. */
  private forget(ref: ImageReference): void {
    const name = `${ref.registry}/${ref.repository}`;
    for (const map of [this.digests, this.manifests] as Map<string, unknown>[])
      for (const key of map.keys())
        if (key.startsWith(`${name}:`) || key.startsWith(`${name}@`)) map.delete(key);
  }
}

/** The referrers fallback tag of a digest: `sha256:abc…` → `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-').slice(0, 128);
}

function mediaTypeOf(res: RegistryResponse): string | undefined {
  return res.headers.get('content-type')?.split(';')[0].trim() || undefined;
}
