import type { ImageInfo } from '../inventory.js';
import type { Platform } from './platform.js';
import type { ImageConfig } from './types.js';

/**
 * The image's identity with its platform read from the config (`os`, `architecture`, `variant` of
 * the OCI image-spec config.md); a config that leaves them out falls back to `fallback`.
 */
export function imageInfo(
  identity: Omit<ImageInfo, 'platform'>,
  config: ImageConfig,
  fallback: Platform,
): ImageInfo {
  const platform: ImageInfo['platform'] = {
    os: config.os ?? fallback.os,
    architecture: config.architecture ?? fallback.architecture,
  };
  if (config.variant) platform.variant = config.variant;
  return { ...identity, platform };
}
