import type { InventoryPackage } from '../inventory.js';
import {
  type AdvisoryDb,
  type Cpe,
  type CpeCriterion,
  cpeCriteriaOf,
  cveIdOf,
  NVD_ECOSYSTEM,
  parseCpe23,
} from '../vulndb/index.js';
import { cpeCandidates } from './cpe-candidates.js';
import { languageQuery } from './ecosystems.js';
import type { VulnMatch } from './matcher.js';
import { chooseSeverity } from './severity.js';
import { COMPARATORS, comparatorFor, type VersionComparator } from './versions/index.js';

const ANY = new Set(['*', '-', '']);

/**
 * The package's ecosystem order, falling back to Maven's ComparableVersion (which orders any
 * dotted string) when NVD writes a bound the ecosystem's parser refuses, such as `4.17` for npm.
 */
function lenientComparator(pkg: InventoryPackage): VersionComparator {
  const query = languageQuery(pkg);
  const exact = query ? comparatorFor(query.ecosystem) : undefined;
  const generic = COMPARATORS.maven;
  if (!exact) return generic;
  return (a, b) => {
    try {
      return exact(a, b);
    } catch {
      return generic(a, b);
    }
  };
}

interface CriterionVerdict {
  affected: boolean;
  fixed?: string;
}

/** Whether an installed version falls in one NVD `cpeMatch`: its exact version, or its start/end bounds. */
export function criterionAffects(
  version: string,
  criterion: CpeCriterion,
  cmp: VersionComparator,
  cpe: Cpe | undefined = parseCpe23(criterion.criteria),
): CriterionVerdict {
  if (!cpe || cpe.version === '-') return { affected: false };
  if (cpe.version !== '*') {
    if (ANY.has(cpe.update)) return { affected: cmp(version, cpe.version) === 0 };
    const forms = [
      `${cpe.version}-${cpe.update}`,
      `${cpe.version}.${cpe.update}`,
      `${cpe.version}${cpe.update}`,
    ];
    return { affected: forms.some((f) => cmp(version, f) === 0) };
  }
  const c = criterion;
  if (c.versionStartIncluding && cmp(version, c.versionStartIncluding) < 0) return { affected: false };
  if (c.versionStartExcluding && cmp(version, c.versionStartExcluding) <= 0) return { affected: false };
  if (c.versionEndIncluding && cmp(version, c.versionEndIncluding) > 0) return { affected: false };
  if (c.versionEndExcluding) {
    if (cmp(version, c.versionEndExcluding) >= 0) return { affected: false };
    return { affected: true, fixed: c.versionEndExcluding };
  }
  return { affected: true };
}

/** The first criterion for fitting target software that the version falls in, with its fix. */
function firstAffecting(
  version: string,
  criteria: readonly CpeCriterion[],
  targets: ReadonlySet<string>,
  cmp: VersionComparator,
): { criterion: CpeCriterion; fixed?: string } | undefined {
  for (const criterion of criteria) {
    const cpe = parseCpe23(criterion.criteria);
    if (!cpe || !(ANY.has(cpe.targetSw) || targets.has(cpe.targetSw))) continue;
    const verdict = criterionAffects(version, criterion, cmp, cpe);
    if (verdict.affected) return { criterion, ...(verdict.fixed ? { fixed: verdict.fixed } : {}) };
  }
  return undefined;
}

/**
 * Opt-in CPE matching (`--cpe-match`) of one language package against NVD data: the package's
 * guessed CPEs are looked up by `vendor:product`, criteria for other target software are
 * skipped, and a CVE that an ecosystem advisory already decides for this package (`known`,
 * matched or not) is left to that advisory. Every match is `confidence: 'low'`.
 */
export function matchCpe(pkg: InventoryPackage, db: AdvisoryDb, known: ReadonlySet<string>): VulnMatch[] {
  const candidates = cpeCandidates(pkg);
  if (!candidates) return [];
  const cmp = lenientComparator(pkg);
  const matches = new Map<string, VulnMatch>();
  for (const key of candidates.keys) {
    for (const record of db.lookup(NVD_ECOSYSTEM, key)) {
      const cve = cveIdOf(record);
      if (record.withdrawn || known.has(cve) || matches.has(cve)) continue;
      for (const affected of record.affected ?? []) {
        if (affected.package?.ecosystem !== NVD_ECOSYSTEM || affected.package.name !== key) continue;
        const hit = firstAffecting(pkg.version, cpeCriteriaOf(affected), candidates.targets, cmp);
        if (!hit) continue;
        const { criterion, fixed } = hit;
        const severity = chooseSeverity(record, affected);
        matches.set(cve, {
          id: cve,
          aliases: [],
          related: [],
          ...(record.summary ? { summary: record.summary } : {}),
          package: pkg,
          ecosystem: NVD_ECOSYSTEM,
          advisoryPackage: key,
          installedVersion: pkg.version,
          ...(fixed ? { fixedVersion: fixed } : {}),
          status: fixed ? 'fixed' : 'affected',
          severity: severity.severity,
          severitySource: severity.source,
          ...(severity.cvss ? { cvss: severity.cvss } : {}),
          ...(record.published ? { published: record.published } : {}),
          modified: record.modified,
          references: (record.references ?? []).map((r) => r.url),
          layer: pkg.layer,
          confidence: 'low',
          cpe: criterion.criteria,
        });
        break;
      }
    }
  }
  return [...matches.values()];
}
