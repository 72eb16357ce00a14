import { ScanError } from '../errors.js';
import type { Platform } from './platform.js';
import type { ImageSource, OpenOptions } from './types.js';

/** Registry pulls go through src/registry/ (shared with the pin gate). */
export async function openRegistryImage(
  ref: string,
  _reference: string,
  _platform: Platform,
  _options: OpenOptions,
): Promise<ImageSource> {
  throw new ScanError('IMAGE_NOT_FOUND', `registry pulls are not available yet (${ref})`);
}
