import type { FileFacts } from '../catalog/types.js';
import type { InventoryProblem } from '../inventory.js';

/**
 * What one layer says, independent of the layers below it: the facts of the files catalogers asked
 * for, its whiteouts, opaque directories and symlinks. Cached by diffID and analyzer version.
 */
export interface LayerAnalysis {
  analyzerVersion: string;
  diffId: string;
  /** Facts by root-relative path. */
  files: Record<string, FileFacts>;
  /** Paths deleted from lower layers (`.wh.<name>`). */
  whiteouts: string[];
  /** Directories whose lower-layer contents are hidden (`.wh..wh..opq`). */
  opaqueDirs: string[];
  /** Symlinks: path → root-relative target. */
  symlinks: Record<string, string>;
  /** Regular files, directories and links this layer adds, which hide lower-layer symlinks and facts at the same path. */
  replaced: string[];
  problems: InventoryProblem[];
  /**
   * Facts from the walk's extra catalogers (e.g. secrets) by path: results that are not packages,
   * kept apart so the squash never sees them. Cached only under an `extrasKey`.
   */
  extras?: Record<string, FileFacts[]>;
  /** Which extra catalogers (and options) made `extras`; the cache gives them back only to the same key. */
  extrasKey?: string;
  /** Bytes of the uncompressed tar. */
  size: number;
}
