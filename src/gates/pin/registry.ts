// biome-ignore-all assist/source/organizeImports: each @ts-expect-error must stay above its export
/**
 * The one seam between the pin gate and the shared OCI/git client in `src/registry/`, which is
 * being written in parallel (issue 4). Remove the `@ts-expect-error` lines once it lands.
 */
// @ts-expect-error -- src/registry/index.ts is not in the tree yet
export { formatImageReference, parseImageReference, RegistryClient } from '../../registry/index.js';
// @ts-expect-error -- src/registry/index.ts is not in the tree yet
export type { ImageReference } from '../../registry/index.js';
// @ts-expect-error -- src/registry/git.ts is not in the tree yet
export { resolveGitRef } from '../../registry/git.js';
