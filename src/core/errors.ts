/**
 * Typed errors with a union of codes. Configuration and usage errors (exit 2) are kept
 * apart from operational errors (exit 3) and from internal bugs, which are plain Errors.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'PATH_NOT_FOUND'
  | 'PATH_UNREADABLE'
  | 'PARSE_FAILED'
  | 'REGISTRY_UNREACHABLE'
  | 'REGISTRY_REFUSED'
  | 'REGISTRY_DIGEST_MISMATCH'
  | 'NETWORK'
  | 'IMAGE_INVALID'
  | 'TOOL_MISSING'
  | 'INCOMPLETE';

export const EXIT = { passed: 0, failed: 1, usage: 2, incomplete: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set([
  'USAGE',
  'CONFIG_INVALID',
  'CONFIG_UNREADABLE',
  'PATH_NOT_FOUND',
]);

export class PortcullisError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly file?: string;
  constructor(code: C, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PortcullisError';
    this.code = code;
    this.file = options.file;
  }
}

/** Exit code for an error that ended a run: 2 for usage and config, 3 for everything else. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof PortcullisError && USAGE_CODES.has(error.code)) return EXIT.usage;
  return EXIT.incomplete;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
