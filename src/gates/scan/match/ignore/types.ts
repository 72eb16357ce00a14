/** One way to suppress a finding, from any source, with where it was written. */
export interface IgnoreEntry {
  /** Advisory ID, alias or secret rule id; `*` never matches (each ID must be named). */
  id: string;
  /** purls the entry is limited to; a purl without a version matches every version. */
  purls?: string[];
  /** Paths in the image (globs) the entry is limited to. */
  paths?: string[];
  reason?: string;
  /** `YYYY-MM-DD`; the entry stops suppressing after this day and the expiry fails the gate. */
  expires?: string;
  /** The file and line it came from (0 when the line is not known), for messages and the expired-ignore finding. */
  file: string;
  line: number;
  source: 'trivyignore' | 'trivyignore.yaml' | 'portcullis' | 'openvex' | 'cyclonedx-vex';
  /** VEX status and justification, e.g. `not_affected` / `vulnerable_code_not_in_execute_path`. */
  vexStatus?: string;
  justification?: string;
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
