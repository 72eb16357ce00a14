/** Bounds that keep a hostile or huge image from exhausting memory, disk or time. */
export interface ScanLimits {
  /** Largest single file a cataloger may hold in memory (jar, rpmdb, dpkg status). */
  maxFileBytes: number;
  /** Largest uncompressed layer. */
  maxLayerBytes: number;
  /** Largest uncompressed image (all layers). */
  maxImageBytes: number;
  /** Highest uncompressed/compressed ratio, checked once a layer passes `ratioGraceBytes`. */
  maxCompressionRatio: number;
  ratioGraceBytes: number;
  /** Symlink hops before a chain counts as a loop (Linux ELOOP uses 40). */
  maxSymlinkHops: number;
  /** Nesting depth of jars inside jars. */
  maxArchiveDepth: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: ScanLimits = {
  maxFileBytes: 64 * MiB,
  maxLayerBytes: 16 * GiB,
  maxImageBytes: 64 * GiB,
  maxCompressionRatio: 200,
  ratioGraceBytes: 64 * MiB,
  maxSymlinkHops: 40,
  maxArchiveDepth: 3,
};
