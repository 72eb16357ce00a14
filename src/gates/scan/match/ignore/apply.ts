import { type GrypeTarget, grypeRuleApplies, ownCve } from './grype-match.js';
import { pathsMatch } from './paths.js';
import { purlSatisfies } from './purl.js';
import type { IgnoreEntry } from './types.js';

/**
 * What an ignore or VEX entry is compared with: the finding's own ID first, then its aliases;
 * package name, version, source package and status serve Grype rules.
 */
export type Ignorable = GrypeTarget;

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
 * The first live entry that covers a finding: same ID, alias or (for a per-CVE distro record)
 * CVE, case-insensitive, and, when
 * the entry lists them, one of its purls and one of its path globs. Grype rules match when all
 * their conditions hold (see {@link grypeRuleApplies}).
 */
export function findIgnore(
  entries: readonly IgnoreEntry[],
  target: Ignorable,
  now: Date,
): IgnoreEntry | undefined {
  const ids = new Set(target.ids.map((i) => i.toUpperCase()));
  // A per-CVE distro record (DEBIAN-CVE-…, UBUNTU-CVE-…) is that CVE, which Trivy reports it by.
  const cve = target.ids[0] && ownCve(target.ids[0]);
  if (cve) ids.add(cve);
  return entries.find((e) => {
    if (isExpired(e, now)) return false;
    if (e.source === 'grype') return grypeRuleApplies(e, target);
    if (e.id === undefined || !ids.has(e.id.toUpperCase())) return false;
    const purlOk = e.purlMatch === 'constraint' ? purlSatisfies : purlMatches;
    if (e.purls && !e.purls.some((p) => purlOk(p, target.purl))) return false;
    if (e.paths && !pathsMatch(e.paths, target.paths)) return false;
    return true;
  });
}
