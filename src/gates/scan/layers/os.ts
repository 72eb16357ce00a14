import type { OsInfo } from '../inventory.js';

/** os-release IDs whose package databases and advisories the scan gate knows. */
export const SUPPORTED_OS = new Set([
  'debian',
  'ubuntu',
  'alpine',
  'wolfi',
  'chainguard',
  'rhel',
  'centos',
  'rocky',
  'almalinux',
  'fedora',
  'amzn',
  'ol',
  'sles',
  'opensuse-leap',
  'photon',
  'mariner',
  'azurelinux',
]);

/** The OS from release-file fields, or `undefined` when they name none. */
export function osFromRelease(
  fields: Record<string, string>,
  source: string,
  distroless: boolean,
): OsInfo | undefined {
  const family = fields.ID?.toLowerCase();
  if (!family) return undefined;
  const info: OsInfo = { family, versionId: fields.VERSION_ID ?? '', source: `/${source}` };
  if (fields.PRETTY_NAME) info.prettyName = fields.PRETTY_NAME;
  if (distroless || /distroless/i.test(fields.PRETTY_NAME ?? '')) info.distroless = true;
  return info;
}
