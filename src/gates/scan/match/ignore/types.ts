/** Grype's fix states (`fix-state` of an ignore rule). */
export type GrypeFixState = 'fixed' | 'not-fixed' | 'wont-fix' | 'unknown';

/** The package conditions of a Grype ignore rule; every one given must hold. */
export interface GrypePackageRule {
  /** Exact name, or an anchored regular expression when it looks like one (as Grype decides). */
  name?: string;
  version?: string;
  language?: string;
  type?: string;
  /** Glob (`**` crosses directories) over the package's paths. */
  location?: string;
  /** Exact name or anchored regular expression over the source (upstream) package. */
  upstreamName?: string;
}

/** One way to suppress a finding, from any source, with where it was written. */
export interface IgnoreEntry {
  /**
   * Advisory ID, alias or secret rule id; `*` never matches (each ID must be named). Absent
   * only for a Grype rule that matches on its other conditions.
   */
  id?: string;
  /** purls the entry is limited to; a purl without a version matches every version. */
  purls?: string[];
  /** Compare `purls` as Trivy does for CSAF: the constraint's qualifiers must be on the package. */
  purlMatch?: 'constraint';
  /**
   * CSAF relationships: the entry holds only where one of these products (purls) is also in the
   * image; {@link keepWithin} resolves it against the inventory.
   */
  within?: string[];
  /** Paths in the image (globs) the entry is limited to. */
  paths?: string[];
  reason?: string;
  /** `YYYY-MM-DD`; the entry stops suppressing after this day and the expiry fails the gate. */
  expires?: string;
  /** The file and line it came from (0 when the line is not known), for messages and the expired-ignore finding. */
  file: string;
  line: number;
  source:
    | 'trivyignore'
    | 'trivyignore.yaml'
    | 'portcullis'
    | 'openvex'
    | 'cyclonedx-vex'
    | 'csaf-vex'
    | 'grype';
  /** VEX status and justification, e.g. `not_affected` / `vulnerable_code_not_in_execute_path`. */
  vexStatus?: string;
  justification?: string;
  /** Grype rule conditions beyond the ID. */
  fixState?: GrypeFixState;
  package?: GrypePackageRule;
  /** Grype `include-aliases`: the ID may also be one of the finding's aliases. */
  includeAliases?: boolean;
}

export class IgnoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'IgnoreFileError';
  }
}
