import { PortcullisError } from '../core/errors.js';

/** Codes a registry or git host failure carries; all mean "could not look" (exit 3). */
export type RegistryErrorCode = 'REGISTRY_UNREACHABLE' | 'REGISTRY_REFUSED' | 'REGISTRY_DIGEST_MISMATCH';

/**
 * A registry or git host that failed: names the host and, when it answered, the HTTP status.
 * Messages never hold credentials or tokens.
 */
export class RegistryError extends PortcullisError<RegistryErrorCode> {
  readonly registry: string;
  readonly status?: number;
  /** The distribution-spec error code from the body (`MANIFEST_UNKNOWN`, `DENIED`, …), when given. */
  readonly registryCode?: string;
  constructor(
    code: RegistryErrorCode,
    registry: string,
    message: string,
    options: { status?: number; registryCode?: string; cause?: unknown } = {},
  ) {
    super(code, `${registry}: ${message}`, { cause: options.cause });
    this.name = 'RegistryError';
    this.registry = registry;
    this.status = options.status;
    this.registryCode = options.registryCode;
  }
}

/** Text that is not a valid image reference (distribution/reference grammar). */
export class InvalidReferenceError extends PortcullisError<'IMAGE_INVALID'> {
  readonly reference: string;
  constructor(reference: string, reason: string) {
    super('IMAGE_INVALID', `invalid image reference "${reference}": ${reason}`);
    this.name = 'InvalidReferenceError';
    this.reference = reference;
  }
}

/** Removes anything that looks like a credential from text that may reach a log or report. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
    .replace(/(authorization:\s*)(bearer|basic)\s+\S+/gi, '$1$2 ***')
    .replace(/([?&](?:access_token|token|password|_state)=)[^&\s]+/gi, '$1***')
    .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@');
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}
