import type { Finding, Suppression } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import type { Threshold } from '../../../core/severity.js';
import { findIgnore, type IgnoreEntry, isExpired } from './ignore/index.js';
import type { OsCoverage, VulnMatch } from './matcher.js';
import { advisoryRule, PS200, PS201 } from './rules.js';
import type { VulnSeverity } from './severity.js';
import { UNFIXED_STATUSES, type VulnStatus } from './status.js';

/** Anchore-style tier actions: `fail-if-fixed` fails only when a fixed version exists, else warns. */
export type TierAction = 'fail' | 'fail-if-fixed' | 'warn' | 'ignore';
export type Tiers = Partial<Record<VulnSeverity, TierAction>>;

export interface ScanPolicy {
  /** Trivy `--ignore-unfixed`, Grype `--only-fixed`: leave out findings without a fixed version. */
  ignoreUnfixed?: boolean;
  /** Trivy `--ignore-status`. */
  ignoreStatus?: VulnStatus[];
  /** Tiered actions per severity; when set, they decide the verdict. */
  tiers?: Tiers;
  /** Anchore `max_days_since_fix`: a fix younger than this many days only warns. */
  maxDaysSinceFix?: number;
  /** Fail when the OS release is end of life, unknown or unsupported. */
  failOnEolOs?: boolean;
  ignores: IgnoreEntry[];
  now: Date;
}

export interface PolicyInput {
  matches: VulnMatch[];
  imageRef: string;
  osCoverage: OsCoverage;
  osName?: string;
  osSource?: string;
}

export interface PolicyResult {
  findings: Finding[];
  rules: RuleMeta[];
  notes: string[];
  /** Set when tiers decide: every finding left unsuppressed then fails. */
  failOn?: Threshold;
}

const DAY_MS = 86_400_000;

function decide(match: VulnMatch, policy: ScanPolicy): { action: 'fail' | 'warn' | 'ignore'; why?: string } {
  const tier = policy.tiers?.[match.severity];
  let action: 'fail' | 'warn' | 'ignore' = 'fail';
  let why: string | undefined;
  if (policy.tiers) {
    if (tier === 'ignore') return { action: 'ignore', why: `policy: ${match.severity}: ignore` };
    if (tier === 'warn' || tier === undefined)
      return { action: 'warn', why: `policy: ${match.severity}: warn` };
    if (tier === 'fail-if-fixed' && !match.fixedVersion)
      return { action: 'warn', why: `policy: ${match.severity}: fail if fixed, and no fix is available` };
  }
  if (policy.maxDaysSinceFix !== undefined && match.fixedVersion && match.published) {
    const days = Math.floor((policy.now.getTime() - Date.parse(match.published)) / DAY_MS);
    if (days <= policy.maxDaysSinceFix) {
      action = 'warn';
      why = `the fix was published ${days} day(s) ago, within max-days-since-fix ${policy.maxDaysSinceFix}`;
    }
  }
  return { action, ...(why ? { why } : {}) };
}

function vulnFinding(match: VulnMatch, imageRef: string): Finding {
  const pkg = match.package;
  const fix = match.fixedVersion ? `fixed in ${match.fixedVersion}` : `no fixed version (${match.status})`;
  const guess = match.cpe ? `; low confidence: matched on the guessed CPE ${match.cpe}` : '';
  return {
    ruleId: match.id,
    severity: match.severity,
    message: `${pkg.name} ${pkg.version} is affected by ${match.id}${match.summary ? ` (${match.summary})` : ''}; ${fix}${guess}`,
    file: pkg.locations[0] ?? imageRef,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    helpUri: match.cpe
      ? `https://nvd.nist.gov/vuln/detail/${match.id}`
      : `https://osv.dev/vulnerability/${match.id}`,
    security: true,
    ...(match.confidence === 'low' ? { confidence: 'low' as const } : {}),
    snippet: `${match.id} ${pkg.purl}`,
    data: {
      kind: 'vulnerability',
      image: imageRef,
      aliases: match.aliases,
      related: match.related,
      package: {
        name: pkg.name,
        version: pkg.version,
        purl: pkg.purl,
        type: pkg.type,
        ecosystem: pkg.ecosystem,
        ...(pkg.sourceName && pkg.sourceName !== pkg.name ? { sourceName: pkg.sourceName } : {}),
        ...(pkg.sourceVersion && pkg.sourceVersion !== pkg.version
          ? { sourceVersion: pkg.sourceVersion }
          : {}),
      },
      advisoryEcosystem: match.ecosystem,
      installedVersion: match.installedVersion,
      fixedVersion: match.fixedVersion ?? null,
      status: match.status,
      severitySource: match.severitySource,
      ...(match.cvss ? { cvss: match.cvss } : {}),
      layer: match.layer,
      ...(match.published ? { published: match.published } : {}),
      references: match.references,
      confidence: match.confidence,
      ...(match.cpe ? { matchedBy: 'cpe', cpe: match.cpe } : {}),
    },
  };
}

/**
 * Turns matches into findings under the gate policy: drops what `--ignore-unfixed` and
 * `--ignore-status` leave out, applies ignore files and VEX (suppressed findings stay
 * visible), applies tiers and `max-days-since-fix`, and adds findings for expired ignores
 * and, when asked, for an end-of-life or unknown OS.
 */
export function applyPolicy(input: PolicyInput, policy: ScanPolicy): PolicyResult {
  const findings: Finding[] = [];
  const rules = new Map<string, RuleMeta>();
  const notes: string[] = [];
  let unfixedDropped = 0;
  let statusDropped = 0;
  for (const match of input.matches) {
    if (policy.ignoreUnfixed && UNFIXED_STATUSES.has(match.status)) {
      unfixedDropped++;
      continue;
    }
    if (policy.ignoreStatus?.includes(match.status)) {
      statusDropped++;
      continue;
    }
    const finding = vulnFinding(match, input.imageRef);
    const entry = findIgnore(
      policy.ignores,
      {
        ids: [match.id, ...match.aliases],
        purl: match.package.purl,
        paths: match.package.locations,
        name: match.package.name,
        version: match.package.version,
        ...(match.package.sourceName ? { upstream: match.package.sourceName } : {}),
        status: match.status,
      },
      policy.now,
    );
    const decision = decide(match, policy);
    let suppressed: Suppression | undefined;
    if (entry) {
      suppressed = {
        kind: entry.vexStatus ? 'external' : 'config',
        justification: `${entry.reason ?? 'ignored'} (${entry.file}${entry.line > 0 ? `:${entry.line}` : ''})`,
      };
    } else if (decision.action !== 'fail')
      suppressed = { kind: 'config', justification: decision.why ?? decision.action };
    if (suppressed) finding.suppressed = suppressed;
    (finding.data as Record<string, unknown>).policy = entry ? 'ignored' : decision.action;
    findings.push(finding);
    if (!rules.has(match.id))
      rules.set(match.id, advisoryRule(match.id, match.summary ?? match.id, match.severity));
  }
  if (unfixedDropped)
    notes.push(
      `${unfixedDropped} vulnerabilit${unfixedDropped === 1 ? 'y' : 'ies'} without a fixed version left out (ignore-unfixed)`,
    );
  if (statusDropped)
    notes.push(`${statusDropped} vulnerabilit${statusDropped === 1 ? 'y' : 'ies'} left out by ignore-status`);
  for (const entry of policy.ignores) {
    if (!isExpired(entry, policy.now)) continue;
    rules.set(PS201.id, PS201);
    findings.push({
      ruleId: PS201.id,
      severity: PS201.severity,
      message: `the ignore of ${entry.id} expired on ${entry.expires}${entry.reason ? ` (${entry.reason})` : ''}: renew it with a reason or fix the finding`,
      file: entry.file,
      line: Math.max(1, entry.line),
      column: 1,
      endLine: Math.max(1, entry.line),
      endColumn: 1,
      snippet: `${entry.id} ${entry.expires}`,
      data: { kind: 'expired-ignore', id: entry.id, expires: entry.expires, source: entry.source },
    });
  }
  if (policy.failOnEolOs && ['unknown-os', 'unsupported-os', 'unknown-release'].includes(input.osCoverage)) {
    rules.set(PS200.id, PS200);
    const what = input.osName ?? 'the OS';
    findings.push({
      ruleId: PS200.id,
      severity: PS200.severity,
      message:
        input.osCoverage === 'unknown-os'
          ? 'the OS of the image is unknown, so its packages could not be checked (fail-on-eol-os)'
          : `${what} is ${input.osCoverage === 'unsupported-os' ? 'not a supported OS' : 'end of life or unknown to the vulnerability data'}, so its packages could not be checked (fail-on-eol-os)`,
      file: input.osSource ?? input.imageRef,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      security: true,
      snippet: `${input.osCoverage} ${what}`,
      data: { kind: 'os', coverage: input.osCoverage },
    });
  }
  return {
    findings,
    rules: [...rules.values()],
    notes,
    ...(policy.tiers ? { failOn: 'unknown' as const } : {}),
  };
}
