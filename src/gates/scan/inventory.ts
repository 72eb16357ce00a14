/**
 * The image inventory: every package installed in an image, with the layer that added it.
 * Part 2 of the scan gate (matching against vulnerability data) consumes these types.
 */

/** Package ecosystems, named after their purl types. */
export type Ecosystem =
  | 'deb'
  | 'apk'
  | 'rpm'
  | 'npm'
  | 'pypi'
  | 'golang'
  | 'maven'
  | 'gem'
  | 'composer'
  | 'cargo'
  | 'nuget';

export const OS_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set(['deb', 'apk', 'rpm']);

/** The operating system found in the image, from os-release or the distro's release file. */
export interface OsInfo {
  /** os-release `ID`, e.g. `debian`, `ubuntu`, `alpine`, `rhel`, `rocky`. */
  family: string;
  /** os-release `VERSION_ID`, e.g. `12`, `3.19.1`, `9.3`. */
  versionId: string;
  prettyName?: string;
  /** Debian-based distroless images (no `status`, one file per package in `status.d/`). */
  distroless?: boolean;
  /** The file the release came from. */
  source: string;
}

/** The layer a package or file came from, with the history line that created it. */
export interface LayerRef {
  index: number;
  /** Digest of the layer blob as stored (compressed). */
  digest: string;
  /** Digest of the uncompressed layer tar (`rootfs.diff_ids`). */
  diffId: string;
  /** The `created_by` of the image config's history entry for this layer. */
  createdBy?: string;
}

/** One installed package. */
export interface InventoryPackage {
  name: string;
  version: string;
  ecosystem: Ecosystem;
  /** `os` for distro package managers, `library` for language packages. */
  type: 'os' | 'library';
  /** The source package (dpkg `Source:`, apk origin, rpm SOURCERPM name). OS packages only. */
  sourceName?: string;
  /** The source package's version; advisories for Debian, Ubuntu and RHEL are keyed on it. */
  sourceVersion?: string;
  /** rpm epoch (0 when absent); dpkg and apk keep the epoch inside `version`. */
  epoch?: number;
  /** rpm release (the part after the last `-`, which `version` also contains). */
  release?: string;
  arch?: string;
  /** For OS packages: the distro they belong to, e.g. `{ family: 'debian', versionId: '12' }`. */
  distro?: { family: string; versionId: string };
  licenses?: string[];
  /** Maven group id; Go module path is in `name`. */
  group?: string;
  purl: string;
  /** Paths (without a leading slash) of the files the package was read from. */
  locations: string[];
  /** The cataloger that found it, e.g. `dpkg`, `python-dist-info`, `go-buildinfo`. */
  foundBy: string;
  layer: LayerRef;
}

export interface LayerInfo extends LayerRef {
  mediaType: string;
  size: number;
  /** True when the inventory for this layer was read from the cache. */
  cached?: boolean;
}

/** A hostile or unreadable entry that was skipped, or a database the catalogers cannot read. */
export interface InventoryProblem {
  code: ProblemCode;
  message: string;
  path?: string;
  layerDigest?: string;
}

/** Problems that skip one entry but let the walk go on; each is documented in docs/scan.md. */
export type ProblemCode =
  | 'PATH_TRAVERSAL'
  | 'ABSOLUTE_PATH'
  | 'SYMLINK_ESCAPE'
  | 'SYMLINK_LOOP'
  | 'HARDLINK_MISSING'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_RPMDB'
  | 'UNPARSABLE_FILE';

export interface ImageInfo {
  /** The reference as the user gave it. */
  reference: string;
  transport: 'docker' | 'docker-archive' | 'oci' | 'oci-archive';
  /** Digest of the image manifest; a docker-archive has none. */
  manifestDigest?: string;
  configDigest: string;
  /** Repository tags from a docker-archive or the `org.opencontainers.image.ref.name` annotation. */
  tags: string[];
  platform: { os: string; architecture: string; variant?: string };
}

export interface Inventory {
  image: ImageInfo;
  /** `undefined` when no release file was found: the OS is unknown, which is not "nothing installed". */
  os?: OsInfo;
  /** Why the OS is unknown or unsupported, when it is. */
  osNote?: string;
  layers: LayerInfo[];
  packages: InventoryPackage[];
  problems: InventoryProblem[];
  analyzerVersion: string;
}
