import picomatch from 'picomatch';
import type { IgnoreEntry } from './types.js';

/** What an ignore or VEX entry is compared with. */
export interface Ignorable {
  ids: string[];
  purl?: string;
  paths: string[];
}

/** purl without qualifiers and subpath; the version is compared only when the entry has one. */
function purlMatches(pattern: string, purl: string | undefined): boolean {
  if (!purl) return false;
  const strip = (p: string): string => decodeURIComponent(p.split(/[?#]/)[0]!).toLowerCase();
  const want = strip(pattern);
  const have = strip(purl);
  if (want === have) return true;
  return !want.includes('@') && have.startsWith(`${want}@`);
}

/** True when `day` (YYYY-MM-DD) is before today in UTC: the entry has expired. */
export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  return entry.expires !== undefined && entry.expires < now.toISOString().slice(0, 10);
}

/**
 * The first live entry that covers a finding: same ID or alias (case-insensitive), and, when
 * the entry lists them, one of its purls and one of its path globs.
 */
export function findIgnore(
  entries: readonly IgnoreEntry[],
  target: Ignorable,
  now: Date,
): IgnoreEntry | undefined {
  const ids = new Set(target.ids.map((i) => i.toUpperCase()));
  return entries.find((e) => {
    if (!ids.has(e.id.toUpperCase()) || isExpired(e, now)) return false;
    if (e.purls && !e.purls.some((p) => purlMatches(p, target.purl))) return false;
    if (
      e.paths &&
      !target.paths.some((path) =>
        picomatch.isMatch(
          path.replace(/^\/+/, ''),
          e.paths!.map((g) => g.replace(/^\/+/, '')),
          { dot: true },
        ),
      )
    )
      return false;
    return true;
  });
}
