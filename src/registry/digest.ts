import { createHash, type Hash } from 'node:crypto';

/** `sha256:<hex>` of some bytes. https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A running hash for the algorithm a digest names; undefined for algorithms Node lacks. */
export function hasherFor(digest: string): Hash | undefined {
  const algorithm = digest.split(':', 1)[0];
  if (algorithm !== 'sha256' && algorithm !== 'sha512') return undefined;
  return createHash(algorithm);
}

/** Whether bytes hash to the digest (true only for a supported algorithm and a match). */
export function matchesDigest(bytes: Uint8Array, digest: string): boolean {
  const h = hasherFor(digest);
  return !!h && `${digest.split(':', 1)[0]}:${h.update(bytes).digest('hex')}` === digest;
}
