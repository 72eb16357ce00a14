import { PortcullisError } from '../../../core/errors.js';

/** Why vulnerability data could not be used. Every one stops the gate with exit code 3. */
export type VulnDbErrorCode =
  | 'DB_MISSING'
  | 'DB_CORRUPT'
  | 'DB_TOO_OLD'
  | 'DB_UPDATE_FAILED'
  | 'OSV_UNREADABLE'
  | 'OSV_INVALID';

/** Vulnerability data is missing, damaged or too old: the scan cannot say "no vulnerabilities". */
export class VulnDbError extends PortcullisError {
  readonly dbCode: VulnDbErrorCode;
  constructor(dbCode: VulnDbErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super('INCOMPLETE', `${dbCode}: ${message}`, options);
    this.name = 'VulnDbError';
    this.dbCode = dbCode;
  }
}
