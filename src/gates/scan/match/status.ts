import type { OsvAffected } from '../vulndb/index.js';

/** Trivy's status vocabulary. `fixed` means a fixed version exists (the installed one is older). */
export type VulnStatus =
  | 'fixed'
  | 'affected'
  | 'will_not_fix'
  | 'fix_deferred'
  | 'end_of_life'
  | 'under_investigation'
  | 'not_affected'
  | 'unknown';

const WORDS: Record<string, VulnStatus | 'skip'> = {
  affected: 'affected',
  fixed: 'fixed',
  will_not_fix: 'will_not_fix',
  wont_fix: 'will_not_fix',
  fix_deferred: 'fix_deferred',
  end_of_life: 'end_of_life',
  under_investigation: 'under_investigation',
  not_affected: 'not_affected',
  // Debian security tracker states, mapped as trivy-db does (pkg/vulnsrc/debian/debian.go).
  'no-dsa': 'affected',
  unfixed: 'affected',
  open: 'affected',
  ignored: 'will_not_fix',
  postponed: 'fix_deferred',
  'end-of-life': 'end_of_life',
  'not-affected': 'not_affected',
  undetermined: 'skip',
};

/**
 * The vendor status of an unfixed match, from `ecosystem_specific.status` or
 * `database_specific.status` (OSV leaves the field to the source). `skip` means the source
 * itself has not decided (Debian `undetermined`), which Trivy does not report.
 */
export function vendorStatus(affected: OsvAffected): VulnStatus | 'skip' {
  const raw = affected.ecosystem_specific?.status ?? affected.database_specific?.status;
  if (typeof raw !== 'string') return 'affected';
  return WORDS[raw.toLowerCase().replace(/ /g, '_')] ?? WORDS[raw.toLowerCase()] ?? 'affected';
}

/** Statuses that `--ignore-unfixed` drops: Trivy's `affected, will_not_fix, fix_deferred, end_of_life`. */
export const UNFIXED_STATUSES: ReadonlySet<VulnStatus> = new Set([
  'affected',
  'will_not_fix',
  'fix_deferred',
  'end_of_life',
  'under_investigation',
  'unknown',
]);
