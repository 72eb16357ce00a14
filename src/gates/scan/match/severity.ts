import * as cvssModule from 'ae-cvss-calculator';
import type { OsvAffected, OsvRecord, OsvSeverity } from '../vulndb/index.js';

// A CommonJS package marked `__esModule`: Node's ESM loader puts its exports under `default`,
// a bundler puts them on the namespace itself. Take them from whichever has them.
const cvssCalculator = (cvssModule as unknown as { default?: typeof cvssModule }).default ?? cvssModule;
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

export type VulnSeverity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';

/** Where a finding's severity came from, best first. */
export type SeveritySource =
  | 'debian'
  | 'ubuntu'
  | 'almalinux'
  | 'rocky'
  | 'redhat'
  | 'ghsa'
  | 'cvss_v4'
  | 'cvss_v3'
  | 'cvss_v2'
  | 'unknown';

export interface CvssScore {
  version: '2.0' | '3.0' | '3.1' | '4.0';
  vector: string;
  score: number;
}

export interface SeverityChoice {
  severity: VulnSeverity;
  source: SeveritySource;
  cvss?: CvssScore;
}

/**
 * Debian tracker urgency → severity, as Trivy maps it (`unimportant`/`low*` low, `medium*`
 * medium, `high*` high, `not yet assigned`/`end-of-life` unknown).
 * @see https://security-team.debian.org/security_tracker.html#severity-levels
 */
function debianUrgency(urgency: string): VulnSeverity {
  const u = urgency.toLowerCase();
  if (u === 'unimportant' || u.startsWith('low')) return 'low';
  if (u.startsWith('medium')) return 'medium';
  if (u.startsWith('high')) return 'high';
  return 'unknown';
}

/** Ubuntu priorities: negligible, low, medium, high, critical. */
function ubuntuPriority(priority: string): VulnSeverity | undefined {
  const p = priority.toLowerCase();
  if (p === 'negligible' || p === 'low') return 'low';
  if (p === 'medium' || p === 'high' || p === 'critical') return p;
  return undefined;
}

/** Red Hat impact words, used by AlmaLinux and Rocky errata: Low, Moderate, Important, Critical. */
function redHatImpact(word: string): VulnSeverity | undefined {
  const w = word.toLowerCase();
  if (w === 'low') return 'low';
  if (w === 'moderate') return 'medium';
  if (w === 'important') return 'high';
  if (w === 'critical') return 'critical';
  return undefined;
}

/** GHSA `database_specific.severity`: LOW, MODERATE, HIGH, CRITICAL. */
function ghsaSeverity(word: string): VulnSeverity | undefined {
  const w = word.toUpperCase();
  if (w === 'LOW') return 'low';
  if (w === 'MODERATE' || w === 'MEDIUM') return 'medium';
  if (w === 'HIGH') return 'high';
  if (w === 'CRITICAL') return 'critical';
  return undefined;
}

/** CVSS qualitative rating of a base score (CVSS v3.1 spec §5; the same bands for v4.0). */
export function cvssRating(score: number): VulnSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

/**
 * Computes the base score of an OSV severity vector with ae-cvss-calculator. Returns undefined
 * for vectors it cannot read (which then do not count).
 * @see https://ossf.github.io/osv-schema/#severityscore-field
 */
export function scoreCvss(entry: OsvSeverity): CvssScore | undefined {
  const key = `${entry.type}\u0000${entry.score}`;
  if (SCORES.has(key)) return SCORES.get(key);
  const score = computeCvss(entry);
  if (SCORES.size > 10_000) SCORES.clear();
  SCORES.set(key, score);
  return score;
}

/** Vectors repeat across advisories; scoring one takes ~0.1 ms, so results are kept. */
const SCORES = new Map<string, CvssScore | undefined>();

function computeCvss(entry: OsvSeverity): CvssScore | undefined {
  const base = (score: number | undefined): number => {
    if (score === undefined || Number.isNaN(score)) throw new Error('no base score');
    return score;
  };
  try {
    const vector = entry.score.trim();
    if (entry.type === 'CVSS_V4' || vector.startsWith('CVSS:4.0/'))
      return { version: '4.0', vector, score: base(new Cvss4P0(vector).calculateScores().base) };
    if (vector.startsWith('CVSS:3.1/'))
      return { version: '3.1', vector, score: base(new Cvss3P1(vector).calculateScores().base) };
    if (vector.startsWith('CVSS:3.0/'))
      return { version: '3.0', vector, score: base(new Cvss3P0(vector).calculateScores().base) };
    if (entry.type === 'CVSS_V2')
      return { version: '2.0', vector, score: base(new Cvss2(vector).calculateScores().base) };
  } catch {
    return undefined;
  }
  return undefined;
}

const CVSS_SOURCE: Record<CvssScore['version'], SeveritySource> = {
  '4.0': 'cvss_v4',
  '3.1': 'cvss_v3',
  '3.0': 'cvss_v3',
  '2.0': 'cvss_v2',
};

function vendorSeverity(record: OsvRecord, affected: OsvAffected): SeverityChoice | undefined {
  const ecosystem = affected.package?.ecosystem.split(':')[0] ?? '';
  const specific = { ...affected.database_specific, ...affected.ecosystem_specific };
  if (ecosystem === 'Debian' && typeof specific.urgency === 'string') {
    return { severity: debianUrgency(specific.urgency), source: 'debian' };
  }
  if (ecosystem === 'Ubuntu') {
    const entry = [...(affected.severity ?? []), ...(record.severity ?? [])].find((s) => s.type === 'Ubuntu');
    const severity = entry && ubuntuPriority(entry.score);
    if (severity) return { severity, source: 'ubuntu' };
  }
  const rpmSources: Record<string, SeveritySource> = {
    AlmaLinux: 'almalinux',
    'Rocky Linux': 'rocky',
    'Red Hat': 'redhat',
  };
  const rpmSource = rpmSources[ecosystem];
  if (rpmSource) {
    const declared = typeof specific.severity === 'string' ? redHatImpact(specific.severity) : undefined;
    const fromSummary = /^(Low|Moderate|Important|Critical):/.exec(record.summary ?? '')?.[1];
    const severity = declared ?? (fromSummary ? redHatImpact(fromSummary) : undefined);
    if (severity) return { severity, source: rpmSource };
  }
  return undefined;
}

/**
 * Chooses a finding's severity in Trivy's order: the distro's own rating for distro packages,
 * then GHSA's, then CVSS computed from the vector (v4, v3, v2), then unknown.
 * @see https://github.com/aquasecurity/trivy/blob/main/pkg/vulnerability/vulnerability.go
 */
export function chooseSeverity(record: OsvRecord, affected: OsvAffected): SeverityChoice {
  const vendor = vendorSeverity(record, affected);
  if (vendor && vendor.severity !== 'unknown') return vendor;
  const ghsaWord = record.database_specific?.severity;
  if (
    typeof ghsaWord === 'string' &&
    (record.id.startsWith('GHSA-') || record.aliases?.some((a) => a.startsWith('GHSA-')))
  ) {
    const severity = ghsaSeverity(ghsaWord);
    if (severity) return { severity, source: 'ghsa' };
  }
  const scores = [...(affected.severity ?? []), ...(record.severity ?? [])]
    .map(scoreCvss)
    .filter((s): s is CvssScore => s !== undefined);
  const rank = (s: CvssScore): number => ({ '4.0': 3, '3.1': 2, '3.0': 2, '2.0': 1 })[s.version];
  const best = scores.sort((a, b) => rank(b) - rank(a))[0];
  if (best) return { severity: cvssRating(best.score), source: CVSS_SOURCE[best.version], cvss: best };
  return vendor ?? { severity: 'unknown', source: 'unknown' };
}
