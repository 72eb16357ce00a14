import { type ErrorCode, PortcullisError } from '../../core/errors.js';

/** Why reading an image stopped. Each is documented in docs/scan.md#errors. */
export type ScanErrorCode =
  | 'IMAGE_NOT_FOUND'
  | 'MANIFEST_INVALID'
  | 'PLATFORM_NOT_FOUND'
  | 'UNKNOWN_MEDIA_TYPE'
  | 'BLOB_MISSING'
  | 'BLOB_DIGEST_MISMATCH'
  | 'DIFFID_MISMATCH'
  | 'LAYER_TRUNCATED'
  | 'LAYER_CORRUPT'
  | 'DECOMPRESSION_BOMB'
  | 'LAYER_TOO_LARGE'
  | 'IMAGE_TOO_LARGE';

const CORE_CODE: Partial<Record<ScanErrorCode, ErrorCode>> = {
  IMAGE_NOT_FOUND: 'PATH_NOT_FOUND',
  BLOB_DIGEST_MISMATCH: 'REGISTRY_DIGEST_MISMATCH',
  DIFFID_MISMATCH: 'REGISTRY_DIGEST_MISMATCH',
};

/** An image that cannot be read safely. Exit code 3, except a missing local file (2). */
export class ScanError extends PortcullisError {
  readonly scanCode: ScanErrorCode;
  constructor(scanCode: ScanErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(CORE_CODE[scanCode] ?? 'IMAGE_INVALID', `${scanCode}: ${message}`, options);
    this.name = 'ScanError';
    this.scanCode = scanCode;
  }
}
