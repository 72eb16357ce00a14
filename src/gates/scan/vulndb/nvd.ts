import { cpeKey, parseCpe23 } from './cpe.js';
import type { OsvAffected, OsvRecord, OsvSeverity } from './osv.js';

/**
 * The pseudo-ecosystem NVD records are indexed under, one `affected` entry per CPE
 * `vendor:product`. Only opt-in CPE matching (`--cpe-match`) ever looks it up.
 */
export const NVD_ECOSYSTEM = 'NVD';
/** Stored IDs carry this prefix so an NVD record never replaces an OSV record of the same CVE ID. */
export const NVD_ID_PREFIX = 'NVD-';

/** One vulnerable `cpeMatch` of an NVD configuration. @see https://nvd.nist.gov/developers/vulnerabilities */
export interface CpeCriterion {
  criteria: string;
  versionStartIncluding?: string;
  versionStartExcluding?: string;
  versionEndIncluding?: string;
  versionEndExcluding?: string;
}

const BOUNDS = [
  'versionStartIncluding',
  'versionStartExcluding',
  'versionEndIncluding',
  'versionEndExcluding',
] as const;
const METRICS: [string, OsvSeverity['type']][] = [
  ['cvssMetricV40', 'CVSS_V4'],
  ['cvssMetricV31', 'CVSS_V3'],
  ['cvssMetricV30', 'CVSS_V3'],
  ['cvssMetricV2', 'CVSS_V2'],
];
const MAX_SUMMARY = 300;
const KEPT_REFERENCES = 3;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** NVD writes timestamps without a zone; they are UTC. */
function utc(time: unknown): string | undefined {
  if (typeof time !== 'string' || !time) return undefined;
  return /(Z|[+-]\d\d:?\d\d)$/.test(time) ? time : `${time}Z`;
}

/**
 * The CVSS vectors, one per CVSS version. NVD's own scores (`Primary`) are used when there are
 * any, as Trivy and Grype rate NVD data; other sources' scores only when NVD has none.
 */
function severities(metrics: unknown): OsvSeverity[] {
  if (!isObject(metrics)) return [];
  const scored = METRICS.flatMap(([key, type]) =>
    array(metrics[key])
      .filter(isObject)
      .map((m) => ({
        type,
        primary: m.type === 'Primary',
        vector: isObject(m.cvssData) ? m.cvssData.vectorString : undefined,
      })),
  ).filter(
    (m): m is { type: OsvSeverity['type']; primary: boolean; vector: string } => typeof m.vector === 'string',
  );
  const chosen = scored.some((m) => m.primary) ? scored.filter((m) => m.primary) : scored;
  const out: OsvSeverity[] = [];
  for (const m of chosen)
    if (!out.some((s) => s.type === m.type)) out.push({ type: m.type, score: m.vector });
  return out;
}

/** Vulnerable, non-negated application CPE matches, grouped by `vendor:product`. */
function affected(configurations: unknown): OsvAffected[] {
  const byKey = new Map<string, CpeCriterion[]>();
  for (const config of array(configurations).filter(isObject)) {
    for (const node of array(config.nodes).filter(isObject)) {
      if (node.negate === true) continue;
      for (const m of array(node.cpeMatch).filter(isObject)) {
        if (m.vulnerable !== true || typeof m.criteria !== 'string') continue;
        const cpe = parseCpe23(m.criteria);
        if (!cpe || cpe.part !== 'a') continue;
        const criterion: CpeCriterion = { criteria: m.criteria };
        for (const bound of BOUNDS) if (typeof m[bound] === 'string' && m[bound]) criterion[bound] = m[bound];
        const key = cpeKey(cpe.vendor, cpe.product);
        const list = byKey.get(key) ?? [];
        if (!list.some((c) => JSON.stringify(c) === JSON.stringify(criterion))) list.push(criterion);
        byKey.set(key, list);
      }
    }
  }
  return [...byKey].map(([name, cpes]) => ({
    package: { ecosystem: NVD_ECOSYSTEM, name },
    database_specific: { cpe: cpes },
  }));
}

/**
 * Turns one NVD CVE API 2.0 record (the `cve` object) into an OSV-shaped record the DB can
 * store: the English description as summary, the CVSS vectors as severity, and one `affected`
 * entry per vulnerable CPE `vendor:product`. Rejected CVEs come back withdrawn.
 * @see https://nvd.nist.gov/developers/vulnerabilities#cves-response
 */
export function nvdCveToOsv(cve: unknown, where: string): OsvRecord {
  if (!isObject(cve) || typeof cve.id !== 'string' || !/^CVE-\d{4}-\d+$/.test(cve.id))
    throw new Error(`${where}: not an NVD CVE record (needs "id": "CVE-…")`);
  const modified = utc(cve.lastModified) ?? utc(cve.published);
  if (!modified) throw new Error(`${where}: ${cve.id} has no "lastModified" or "published" time`);
  const english = array(cve.descriptions)
    .filter(isObject)
    .find((d) => d.lang === 'en' && typeof d.value === 'string');
  const summary = typeof english?.value === 'string' ? english.value.replace(/\s+/g, ' ').trim() : '';
  const severity = severities(cve.metrics);
  const published = utc(cve.published);
  const references = array(cve.references)
    .filter(isObject)
    .map((r) => r.url)
    .filter((u): u is string => typeof u === 'string')
    .slice(0, KEPT_REFERENCES)
    .map((url) => ({ type: 'WEB', url }));
  return {
    id: `${NVD_ID_PREFIX}${cve.id}`,
    modified,
    ...(published ? { published } : {}),
    ...(cve.vulnStatus === 'Rejected' ? { withdrawn: modified } : {}),
    aliases: [cve.id],
    ...(summary
      ? { summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary }
      : {}),
    ...(severity.length ? { severity } : {}),
    affected: affected(cve.configurations),
    references: [{ type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/${cve.id}` }, ...references],
  };
}

/** The CVE ID of a stored NVD record. */
export function cveIdOf(record: OsvRecord): string {
  return record.id.startsWith(NVD_ID_PREFIX) ? record.id.slice(NVD_ID_PREFIX.length) : record.id;
}

/** The CPE criteria of an `affected` entry written by `nvdCveToOsv`. */
export function cpeCriteriaOf(affected: OsvAffected): CpeCriterion[] {
  const list = affected.database_specific?.cpe;
  return Array.isArray(list) ? (list as CpeCriterion[]) : [];
}
