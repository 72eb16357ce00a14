import { errorMessage } from '../../core/errors.js';
import type { GateError } from '../../core/finding.js';
import type { CheckedRef, Staleness } from './check.js';
import { preciseTag } from './fix.js';
import {
  formatImageReference,
  type ImageReference,
  type RegistryCache,
  RegistryClient,
  resolveGitRef,
} from './registry.js';
import type { PinSettings } from './settings.js';

/** What the network told us, keyed by reference object. */
export interface Resolution {
  digests: Map<CheckedRef, string>;
  actions: Map<CheckedRef, { sha: string; label: string }>;
  errors: GateError[];
  /** Registry requests made (manifest HEAD/GET, tokens, blobs). */
  requests: number;
  /** Tags whose digest moved but too recently to count as stale. */
  withinGrace: string[];
}

/** One promise per key, so each unique reference costs one lookup however often it appears. */
class Once<T> {
  private readonly map = new Map<string, Promise<T>>();
  get(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.map.get(key);
    if (!p) {
      p = make();
      this.map.set(key, p);
    }
    return p;
  }
}

async function pool<T>(items: readonly T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await each(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const untagged = (image: ImageReference): ImageReference => ({ ...image, digest: undefined });
const byDigest = (image: ImageReference, digest: string): ImageReference => ({
  ...image,
  tag: undefined,
  digest,
});

function isNotFound(error: unknown): boolean {
  const e = error as { status?: number; code?: string; message?: string };
  return e?.status === 404 || /\b404\b|MANIFEST_UNKNOWN|not found/i.test(e?.message ?? '');
}

/**
 * Resolves references over the network: unpinned images to their digest (the index digest, or
 * one platform's with `--platform`), actions to commit SHAs over git smart HTTP, and, with
 * `--check-stale`, whether a pinned tag has moved or its digest vanished. A registry that fails
 * becomes a GateError naming it, never a verdict on the reference.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
 */
export async function resolveReferences(
  refs: readonly CheckedRef[],
  settings: PinSettings,
  env: Readonly<Record<string, string | undefined>>,
  wants: { pin: boolean; stale: boolean },
  cache?: RegistryCache,
): Promise<Resolution> {
  const client = new RegistryClient({
    env,
    insecureRegistries: settings.insecureRegistries,
    timeoutMs: settings.timeoutMs,
    cache,
  });
  const out: Resolution = {
    digests: new Map(),
    actions: new Map(),
    errors: [],
    requests: 0,
    withinGrace: [],
  };
  const failed = new Set<string>();
  const fail = (key: string, ref: CheckedRef, error: unknown) => {
    if (failed.has(key)) return;
    failed.add(key);
    out.errors.push({
      file: ref.file,
      message: `${key}: ${errorMessage(error)}`,
      code: (error as { code?: string }).code,
    });
  };
  const digestOf = new Once<string>();
  const resolveImage = (image: ImageReference) =>
    digestOf.get(`${formatImageReference(image)} ${settings.platform ?? ''}`, async () => {
      const r = await client.resolveDigest(image, settings.platform ? { platform: settings.platform } : {});
      return r.digest;
    });

  const gitOnce = new Once<{ sha: string; tags: string[] }>();
  const jobs: (() => Promise<void>)[] = [];
  for (const ref of refs) {
    const image = ref.image;
    if (ref.kind === 'image' && image && !image.digest && wants.pin) {
      jobs.push(async () => {
        try {
          out.digests.set(ref, await resolveImage(untagged(image)));
        } catch (error) {
          fail(formatImageReference(untagged(image)), ref, error);
        }
      });
    } else if (ref.kind === 'image' && image?.digest && wants.stale) {
      jobs.push(async () => {
        try {
          ref.staleness = await staleness(client, image, resolveImage, settings, out);
          if (ref.staleness.current && ref.staleness.stale) out.digests.set(ref, ref.staleness.current);
        } catch (error) {
          fail(formatImageReference(image), ref, error);
        }
      });
    } else if (ref.kind === 'action' && ref.action && wants.pin && !/^[0-9a-f]{40}$/.test(ref.action.ref)) {
      jobs.push(() => resolveAction(ref, settings, env, gitOnce, out, fail));
    }
  }
  await pool(jobs, 8, (job) => job());
  out.requests = client.requestCount;
  return out;
}

async function resolveAction(
  ref: CheckedRef,
  settings: PinSettings,
  env: Readonly<Record<string, string | undefined>>,
  gitOnce: Once<{ sha: string; tags: string[] }>,
  out: Resolution,
  fail: (key: string, ref: CheckedRef, error: unknown) => void,
): Promise<void> {
  const a = ref.action!;
  const url = `${settings.gitBaseUrl}/${a.owner}/${a.repo}`;
  const key = `${url}@${a.ref}`;
  try {
    const { sha, tags } = await gitOnce.get(key, () =>
      resolveGitRef(url, a.ref, { token: env.GITHUB_TOKEN, timeoutMs: settings.timeoutMs }),
    );
    const label = tags.includes(a.ref) || /^v?\d/.test(a.ref) ? preciseTag(tags, a.ref) : a.ref;
    out.actions.set(ref, { sha, label });
  } catch (error) {
    fail(key, ref, error);
  }
}

async function staleness(
  client: RegistryClient,
  image: ImageReference,
  resolveImage: (image: ImageReference) => Promise<string>,
  settings: PinSettings,
  out: Resolution,
): Promise<Staleness> {
  const pinned = image.digest!;
  try {
    await client.resolveDigest(byDigest(image, pinned));
  } catch (error) {
    if (isNotFound(error)) return { missing: true };
    throw error;
  }
  if (!image.tag) return {};
  const current = await resolveImage(untagged(image));
  if (current === pinned) return { current };
  if (await isChildOf(client, image, current, pinned)) return { current: pinned };
  const created = await createdAt(client, byDigest(image, current));
  if (created !== undefined && settings.now - created < settings.staleAfterMs) {
    out.withinGrace.push(formatImageReference(untagged(image)));
    return { current };
  }
  return { current, stale: true };
}

/** A pin of one platform's manifest is current when the tag's index still lists it. */
async function isChildOf(
  client: RegistryClient,
  image: ImageReference,
  index: string,
  child: string,
): Promise<boolean> {
  const m = (await client.getManifest(byDigest(image, index))) as {
    manifest?: { manifests?: { digest: string }[] };
  };
  return (m.manifest?.manifests ?? []).some((d) => d.digest === child);
}

/** When the image behind a digest was built (its config's `created`), or undefined when unknown. */
async function createdAt(client: RegistryClient, image: ImageReference): Promise<number | undefined> {
  try {
    const created = await client.getCreated?.(image);
    return created ? Date.parse(created) : undefined;
  } catch {
    return undefined;
  }
}
