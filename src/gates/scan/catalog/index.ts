import { apkCataloger } from './apk.js';
import { composerCataloger } from './composer.js';
import { dotnetCataloger } from './dotnet.js';
import { dpkgCataloger } from './dpkg.js';
import { goBinaryCataloger } from './golang.js';
import { javaCataloger } from './java.js';
import { npmCataloger } from './npm.js';
import { osReleaseCataloger } from './os-release.js';
import { pythonCataloger } from './python.js';
import { rpmCataloger } from './rpm/cataloger.js';
import { gemCataloger } from './ruby.js';
import { rustAuditableCataloger } from './rust.js';
import type { Cataloger } from './types.js';

export { RELEASE_FILES } from './os-release.js';
export type {
  BufferCataloger,
  CatalogContext,
  Cataloger,
  FileFacts,
  RawPackage,
  StreamCataloger,
} from './types.js';

/** Every cataloger, in the order their facts are reported. */
export const CATALOGERS: readonly Cataloger[] = [
  osReleaseCataloger,
  dpkgCataloger,
  apkCataloger,
  rpmCataloger,
  npmCataloger,
  pythonCataloger,
  gemCataloger,
  composerCataloger,
  javaCataloger,
  dotnetCataloger,
  goBinaryCataloger,
  rustAuditableCataloger,
];

/**
 * Bumped whenever a cataloger's output changes, so cached layer inventories are re-read.
 * Part of the layer cache key.
 */
export const ANALYZER_VERSION = 'portcullis-scan-inventory/7';
