/** The one seam between the pin gate and the shared OCI/git client in `src/registry/`. */
export type { ImageReference, RegistryCache } from '../../registry/index.js';
export {
  formatImageReference,
  parseImageReference,
  RegistryClient,
  registryCacheOf,
  resolveGitRef,
} from '../../registry/index.js';
