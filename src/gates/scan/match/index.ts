export { distroEcosystems, distroQuery, languageQuery, type PackageQuery } from './ecosystems.js';
export {
  type MatchOptions,
  type MatchResult,
  matchInventory,
  type OsCoverage,
  type VulnMatch,
} from './matcher.js';
export { evaluateAffected, evaluateRange, type RangeVerdict, UndecidableError } from './range.js';
export {
  type CvssScore,
  chooseSeverity,
  cvssRating,
  type SeverityChoice,
  type SeveritySource,
  scoreCvss,
  type VulnSeverity,
} from './severity.js';
export { UNFIXED_STATUSES, type VulnStatus, vendorStatus } from './status.js';
export * from './versions/index.js';
