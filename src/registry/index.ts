/** The one OCI distribution client shared by the pin, scan and attest gates, and git ls-remote. */
export { backoffMs, retryAfterMs } from './backoff.js';
export { parseChallenges } from './challenge.js';
export type { ManifestResult, PushedManifest, RegistryClientOptions, ResolvedDigest } from './client.js';
export { RegistryCache, RegistryClient, referrersTag, registryCacheOf } from './client.js';
export type { Credentials } from './credentials.js';
export { credentialStore, normaliseRegistryKey } from './credentials.js';
export { hasherFor, matchesDigest, sha256Digest } from './digest.js';
export { InvalidReferenceError, RegistryError, type RegistryErrorCode, redact } from './errors.js';
export type { GitRefResult, GitRemoteOptions } from './git.js';
export { lsRemote, resolveGitRef } from './git.js';
export type { Descriptor, Manifest, Platform } from './media-types.js';
export {
  isIndexMediaType,
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  parsePlatform,
  platformMatches,
} from './media-types.js';
export type { ImageReference } from './reference.js';
export { checkDigest, DOCKER_HUB, formatImageReference, parseImageReference } from './reference.js';
export { apiHost } from './transport.js';
