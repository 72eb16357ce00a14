import { resolve } from 'node:path';
import { openDockerArchive, openOciArchive } from './archives.js';
import { openOciDirectory } from './oci-layout.js';
import { parsePlatform } from './platform.js';
import { parseImageReference } from './reference.js';
import type { ImageSource, OpenOptions } from './types.js';

export { parsePlatform } from './platform.js';
export type { ImageReference } from './reference.js';
export { parseImageReference } from './reference.js';
export type { ImageConfig, ImageSource, LayerDescriptor, OpenOptions } from './types.js';

/**
 * Opens an image without a Docker daemon, from a registry (`docker://` or a bare reference), a
 * `docker-archive:`, an `oci:` layout directory or an `oci-archive:`. Manifests and configs are
 * read and verified; layers stream later.
 */
export async function openImage(reference: string, options: OpenOptions): Promise<ImageSource> {
  const parsed = parseImageReference(reference);
  const platform = parsePlatform(options.platform);
  switch (parsed.transport) {
    case 'docker': {
      const { openRegistryImage } = await import('./registry.js');
      return openRegistryImage(parsed.ref, reference, platform, options);
    }
    case 'docker-archive':
      return openDockerArchive(resolve(options.cwd, parsed.path), reference, parsed.ref, platform);
    case 'oci':
      return openOciDirectory(resolve(options.cwd, parsed.path), reference, parsed.ref, platform);
    case 'oci-archive':
      return openOciArchive(resolve(options.cwd, parsed.path), reference, parsed.ref, platform);
  }
}
