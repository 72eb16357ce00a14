export { type AssessInput, type AssessResult, assessInventory, type LayerSecret } from './assess.js';
export {
  distroEcosystems,
  distroQuery,
  languageQuery,
  onlineDistroEcosystem,
  type PackageQuery,
} from './ecosystems.js';
export * from './ignore/index.js';
export {
  type MatchOptions,
  type MatchResult,
  matchInventory,
  type OsCoverage,
  type VulnMatch,
} from './matcher.js';
export { MATCH_CONFIG_PROPERTIES, MATCH_OPTIONS } from './options.js';
export {
  applyPolicy,
  type PolicyInput,
  type PolicyResult,
  type ScanPolicy,
  type TierAction,
  type Tiers,
} from './policy.js';
export { evaluateAffected, evaluateRange, type RangeVerdict, UndecidableError } from './range.js';
export { advisoryRule, PS200, PS201 } from './rules.js';
export { runScan } from './run-image.js';
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
