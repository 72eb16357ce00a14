import { PortcullisError } from '../../../core/errors.js';
import { ScanError } from '../errors.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** `os/arch[/variant]`, as `--platform` takes it; default linux/amd64 (Trivy's and Docker's default on x86-64). */
export function parsePlatform(text = 'linux/amd64'): Platform {
  const [os, architecture, variant] = text.split('/');
  if (!os || !architecture)
    throw new PortcullisError('USAGE', `--platform "${text}" is not os/arch[/variant]`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: Partial<Platform>): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

interface IndexEntry {
  digest: string;
  mediaType?: string;
  platform?: Partial<Platform>;
  annotations?: Record<string, string>;
}

/**
 * Picks the manifest for `want` from an image index, ignoring attestation manifests
 * (platform `unknown/unknown`). A missing variant matches any variant.
 */
export function selectPlatform<T extends IndexEntry>(
  manifests: readonly T[],
  want: Platform,
  where: string,
): T {
  const candidates = manifests.filter((m) => m.platform?.os !== 'unknown');
  const found =
    candidates.find(
      (m) =>
        m.platform?.os === want.os &&
        m.platform?.architecture === want.architecture &&
        (want.variant === undefined || m.platform?.variant === want.variant),
    ) ?? (candidates.length === 1 && !candidates[0]?.platform ? candidates[0] : undefined);
  if (!found) {
    const have = candidates.map((m) => formatPlatform(m.platform ?? {})).join(', ') || 'none';
    throw new ScanError(
      'PLATFORM_NOT_FOUND',
      `${where} has no ${formatPlatform(want)} image (it has: ${have})`,
    );
  }
  return found;
}
