import type { Inventory, InventoryPackage, LayerRef } from '../inventory.js';
import { type AdvisoryDb, NVD_ECOSYSTEM, type OsvAffected, type OsvRecord } from '../vulndb/index.js';
import { matchCpe } from './cpe-match.js';
import {
  distroEcosystems,
  distroFamilyEcosystem,
  distroQuery,
  languageQuery,
  type PackageQuery,
} from './ecosystems.js';
import { evaluateAffected, UndecidableError } from './range.js';
import { type CvssScore, chooseSeverity, type SeveritySource, type VulnSeverity } from './severity.js';
import { type VulnStatus, vendorStatus } from './status.js';
import { comparatorFor } from './versions/index.js';

/** One vulnerability in one installed package. */
export interface VulnMatch {
  /** The advisory ID reported as the rule id (see `primaryId`). */
  id: string;
  /** Every other ID of the same vulnerability: aliases and the IDs of merged advisories. */
  aliases: string[];
  /** `related` IDs, e.g. the CVEs an ALSA erratum fixes. */
  related: string[];
  summary?: string;
  package: InventoryPackage;
  /** The OSV ecosystem and package name the advisory was found under. */
  ecosystem: string;
  advisoryPackage: string;
  installedVersion: string;
  fixedVersion?: string;
  status: VulnStatus;
  severity: VulnSeverity;
  severitySource: SeveritySource;
  cvss?: CvssScore;
  published?: string;
  modified: string;
  references: string[];
  layer: LayerRef;
  /** `low` only for opt-in heuristics; ecosystem and purl matches are `high`. */
  confidence: 'high' | 'low';
  /** The NVD CPE criteria a low-confidence match was made on (`--cpe-match`). */
  cpe?: string;
}

export type OsCoverage = 'covered' | 'unknown-os' | 'unsupported-os' | 'unknown-release' | 'no-os-packages';

export interface MatchResult {
  matches: VulnMatch[];
  /** Problems that leave packages unchecked; they stop the gate (exit 3). */
  errors: string[];
  notes: string[];
  osCoverage: OsCoverage;
  /** OSV ecosystems used for the OS packages. */
  osEcosystems: string[];
  packagesChecked: number;
}

export interface MatchOptions {
  /** Trivy's `--pkg-types`: `os`, `library` or both (default both). */
  pkgTypes?: readonly ('os' | 'library')[];
  /** Also match language packages on guessed CPEs against NVD data (low confidence; off by default). */
  cpeMatch?: boolean;
}

const PRIMARY_PREFIXES = [
  /^(DSA|DLA|DEBIAN|DTSA|USN|UBUNTU|ALSA|ALBA|ALEA|RLSA|RXSA|RHSA|ALPINE|CGA|WOLFI)-/,
  /^GHSA-/,
  /^CVE-/,
];

function primaryRank(id: string): number {
  const index = PRIMARY_PREFIXES.findIndex((p) => p.test(id));
  return index < 0 ? PRIMARY_PREFIXES.length : index;
}

const SOURCE_ORDER: SeveritySource[] = [
  'debian',
  'ubuntu',
  'almalinux',
  'rocky',
  'redhat',
  'ghsa',
  'cvss_v4',
  'cvss_v3',
  'cvss_v2',
  'unknown',
];

interface RawMatch {
  record: OsvRecord;
  affected: OsvAffected;
  query: PackageQuery;
  name: string;
  fixed?: string;
  status: VulnStatus;
}

/** Merges advisories that are the same vulnerability (one lists the other's ID as an alias). */
function mergeAliases(raw: RawMatch[]): RawMatch[][] {
  const groups: { ids: Set<string>; members: RawMatch[] }[] = [];
  for (const m of raw) {
    const ids = new Set([m.record.id, ...(m.record.aliases ?? [])]);
    const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
    const target = joined[0] ?? { ids: new Set<string>(), members: [] };
    if (!joined[0]) groups.push(target);
    for (const other of joined.slice(1)) {
      for (const id of other.ids) target.ids.add(id);
      target.members.push(...other.members);
      groups.splice(groups.indexOf(other), 1);
    }
    for (const id of ids) target.ids.add(id);
    target.members.push(m);
  }
  return groups.map((g) => g.members);
}

function toMatch(pkg: InventoryPackage, group: RawMatch[]): VulnMatch {
  const members = [...group].sort(
    (a, b) => primaryRank(a.record.id) - primaryRank(b.record.id) || (a.record.id < b.record.id ? -1 : 1),
  );
  const primary = members[0]!;
  const severities = members
    .map((m) => chooseSeverity(m.record, m.affected))
    .sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
  const severity = severities[0]!;
  const cmp = comparatorFor(primary.query.ecosystem);
  const fixedVersions = members.map((m) => m.fixed).filter((f): f is string => f !== undefined);
  const fixedVersion = fixedVersions.sort((a, b) => (cmp ? cmp(b, a) : 0))[0];
  const ids = new Set<string>();
  for (const m of members)
    for (const id of [m.record.id, ...(m.record.aliases ?? [])]) if (id !== primary.record.id) ids.add(id);
  const related = new Set(
    members.flatMap((m) => [...(m.record.related ?? []), ...(m.record.upstream ?? [])]),
  );
  const status = fixedVersion
    ? 'fixed'
    : (members.find((m) => m.status !== 'affected')?.status ?? 'affected');
  return {
    id: primary.record.id,
    aliases: [...ids].sort(),
    related: [...related].sort(),
    ...(primary.record.summary ? { summary: primary.record.summary } : {}),
    package: pkg,
    ecosystem: primary.query.ecosystem,
    advisoryPackage: primary.name,
    installedVersion: primary.query.version,
    ...(fixedVersion ? { fixedVersion } : {}),
    status,
    severity: severity.severity,
    severitySource: severity.source,
    ...(severity.cvss ? { cvss: severity.cvss } : {}),
    ...(primary.record.published ? { published: primary.record.published } : {}),
    modified: primary.record.modified,
    references: [...new Set(members.flatMap((m) => (m.record.references ?? []).map((r) => r.url)))],
    layer: pkg.layer,
    confidence: 'high',
  };
}

/**
 * Matches every package of an inventory against the advisories, one indexed lookup per
 * package name. OS packages are matched on their distro release's ecosystem and source
 * package, language packages on their ecosystem and name. CPE matching only when asked
 * (`cpeMatch`), and then only for CVEs no ecosystem advisory decides.
 */
export function matchInventory(
  inventory: Inventory,
  db: AdvisoryDb,
  options: MatchOptions = {},
): MatchResult {
  const types = new Set(options.pkgTypes ?? ['os', 'library']);
  const errors: string[] = [];
  const notes: string[] = [];
  const undecidable: string[] = [];
  const matches: VulnMatch[] = [];
  const osPackages = inventory.packages.filter((p) => p.type === 'os');
  let osCoverage: OsCoverage = osPackages.length ? 'covered' : 'no-os-packages';
  let osEcosystems: string[] = [];
  if (types.has('os') && osPackages.length) {
    const os = inventory.os;
    if (!os) {
      osCoverage = 'unknown-os';
      notes.push(
        `the OS is unknown${inventory.osNote ? ` (${inventory.osNote})` : ''}: ${osPackages.length} OS packages were not checked`,
      );
    } else {
      const family = distroFamilyEcosystem(os.family);
      osEcosystems = distroEcosystems(os, db.meta.ecosystems);
      if (!family) {
        osCoverage = 'unsupported-os';
        notes.push(
          `${os.family} ${os.versionId} is not a supported OS: ${osPackages.length} OS packages were not checked`,
        );
      } else if (!db.meta.ecosystems.some((e) => e === family || e.startsWith(`${family}:`))) {
        osCoverage = 'unknown-release';
        errors.push(
          `the vulnerability data has no ${family} advisories, so the ${osPackages.length} ${os.family} packages could not be checked`,
        );
      } else if (osEcosystems.length === 0) {
        osCoverage = 'unknown-release';
        notes.push(
          `no ${family} advisories for release ${os.versionId} in the data: the release is end of life or unknown, and its packages were not checked`,
        );
      }
    }
  }
  const cpeMatch = options.cpeMatch === true && types.has('library');
  if (cpeMatch && !db.meta.ecosystems.includes(NVD_ECOSYSTEM))
    errors.push(
      'CPE matching was asked for, but the vulnerability data has no NVD records: pass --nvd PATH or run `portcullis db update --nvd`',
    );
  let checked = 0;
  for (const pkg of inventory.packages) {
    if (!types.has(pkg.type)) continue;
    const queries =
      pkg.type === 'os'
        ? osEcosystems.map((e) => distroQuery(pkg, e))
        : [languageQuery(pkg)].filter((q) => q !== undefined);
    if (queries.length) checked++;
    const raw: RawMatch[] = [];
    const seen = new Set<string>();
    const decided = new Set<string>();
    for (const query of queries) {
      for (const name of query.names) {
        for (const record of db.lookup(query.ecosystem, name)) {
          if (cpeMatch)
            for (const id of [record.id, ...(record.aliases ?? []), ...(record.upstream ?? [])])
              decided.add(id);
          if (record.withdrawn || seen.has(record.id)) continue;
          for (const affected of record.affected ?? []) {
            if (affected.package?.ecosystem !== query.ecosystem) continue;
            if (!sameName(query.ecosystem, affected.package.name, name)) continue;
            let verdict: ReturnType<typeof evaluateAffected>;
            try {
              verdict = evaluateAffected(query.version, query.ecosystem, affected);
            } catch (error) {
              if (!(error instanceof UndecidableError)) throw error;
              undecidable.push(`${record.id} for ${name} ${query.version}: ${error.message}`);
              continue;
            }
            if (!verdict.affected) continue;
            const status = verdict.fixed ? 'fixed' : vendorStatus(affected);
            if (status === 'skip' || status === 'not_affected') continue;
            seen.add(record.id);
            raw.push({
              record,
              affected,
              query,
              name,
              ...(verdict.fixed ? { fixed: verdict.fixed } : {}),
              status,
            });
            break;
          }
        }
      }
    }
    matches.push(...foldAdvisories(mergeAliases(raw).map((group) => toMatch(pkg, group))));
    if (cpeMatch && pkg.type === 'library') matches.push(...matchCpe(pkg, db, decided));
  }
  if (undecidable.length)
    notes.push(
      `${undecidable.length} advisory range(s) could not be ordered and were skipped, e.g. ${undecidable.slice(0, 3).join('; ')}`,
    );
  return { matches, errors, notes, osCoverage, osEcosystems, packagesChecked: checked };
}

const DISTRO_ADVISORY = /^(DSA|DLA|DTSA|USN)-/;

/**
 * Debian and Ubuntu publish both per-CVE records (`DEBIAN-CVE-…`, `UBUNTU-CVE-…`) and
 * advisories (`DSA`, `DLA`, `USN`) that fix several CVEs. When every CVE an advisory fixes is
 * already reported for the package, the advisory is folded into those findings as an alias,
 * so one vulnerability is reported once, by CVE, as Trivy reports it.
 */
function foldAdvisories(matches: VulnMatch[]): VulnMatch[] {
  const cveOf = (m: VulnMatch): string[] =>
    [m.id, ...m.aliases, ...m.related].filter((id) => id.startsWith('CVE-'));
  const perCve = matches.filter((m) => !DISTRO_ADVISORY.test(m.id));
  const covered = new Map<string, VulnMatch>();
  for (const m of perCve) for (const cve of cveOf(m)) covered.set(cve, m);
  return matches.filter((m) => {
    if (!DISTRO_ADVISORY.test(m.id)) return true;
    const cves = m.related.filter((id) => id.startsWith('CVE-'));
    if (cves.length === 0 || !cves.every((cve) => covered.has(cve))) return true;
    for (const cve of cves) {
      const target = covered.get(cve)!;
      if (!target.aliases.includes(m.id)) target.aliases = [...target.aliases, m.id].sort();
    }
    return false;
  });
}

function sameName(ecosystem: string, advisoryName: string, queried: string): boolean {
  if (ecosystem === 'PyPI')
    return (
      advisoryName.toLowerCase().replace(/[-_.]+/g, '-') === queried.toLowerCase().replace(/[-_.]+/g, '-')
    );
  return advisoryName === queried;
}
