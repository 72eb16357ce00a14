import { parse as parseYaml } from 'yaml';
import { VulnDbError } from './errors.js';

/** OSV schema 1.x, the fields the matcher reads. @see https://ossf.github.io/osv-schema/ */
export interface OsvRecord {
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
  database_specific?: Record<string, unknown>;
}

export interface OsvSeverity {
  type: string;
  score: string;
}

export interface OsvPackage {
  ecosystem: string;
  name: string;
  purl?: string;
}

export interface OsvAffected {
  package?: OsvPackage;
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export type OsvRangeType = 'SEMVER' | 'ECOSYSTEM' | 'GIT';

export interface OsvRange {
  type: OsvRangeType;
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}

export type OsvEvent =
  | { introduced: string }
  | { fixed: string }
  | { last_affected: string }
  | { limit: string };

const EVENT_KEYS = new Set(['introduced', 'fixed', 'last_affected', 'limit']);
const RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);
const MAX_SUMMARY = 300;
const KEPT_REFERENCES = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new Error(`${where} must be a list of strings`);
  return value as string[];
}

function severities(value: unknown, where: string): OsvSeverity[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  return value.map((s, i) => {
    if (!isObject(s) || typeof s.type !== 'string' || typeof s.score !== 'string')
      throw new Error(`${where}[${i}] needs string "type" and "score"`);
    return { type: s.type, score: s.score };
  });
}

function range(value: unknown, where: string): OsvRange {
  if (!isObject(value) || typeof value.type !== 'string' || !RANGE_TYPES.has(value.type))
    throw new Error(`${where}.type must be SEMVER, ECOSYSTEM or GIT`);
  if (!Array.isArray(value.events) || value.events.length === 0)
    throw new Error(`${where}.events must be a non-empty list`);
  const events = value.events.map((e, i) => {
    const keys = isObject(e) ? Object.keys(e) : [];
    const key = keys[0];
    if (
      keys.length !== 1 ||
      key === undefined ||
      !EVENT_KEYS.has(key) ||
      typeof (e as Record<string, unknown>)[key] !== 'string'
    )
      throw new Error(
        `${where}.events[${i}] must have exactly one of introduced, fixed, last_affected, limit`,
      );
    return { [key]: (e as Record<string, string>)[key] } as OsvEvent;
  });
  const out: OsvRange = { type: value.type as OsvRangeType, events };
  if (typeof value.repo === 'string') out.repo = value.repo;
  if (isObject(value.database_specific)) out.database_specific = value.database_specific;
  return out;
}

function affected(value: unknown, where: string): OsvAffected {
  if (!isObject(value)) throw new Error(`${where} must be an object`);
  const out: OsvAffected = {};
  if (value.package !== undefined) {
    const p = value.package;
    if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string')
      throw new Error(`${where}.package needs string "ecosystem" and "name"`);
    out.package = {
      ecosystem: p.ecosystem,
      name: p.name,
      ...(typeof p.purl === 'string' ? { purl: p.purl } : {}),
    };
  }
  const sev = severities(value.severity, `${where}.severity`);
  if (sev) out.severity = sev;
  if (value.ranges !== undefined) {
    if (!Array.isArray(value.ranges)) throw new Error(`${where}.ranges must be a list`);
    out.ranges = value.ranges.map((r, i) => range(r, `${where}.ranges[${i}]`));
  }
  const versions = stringList(value.versions, `${where}.versions`);
  if (versions?.length) out.versions = versions;
  if (isObject(value.ecosystem_specific)) out.ecosystem_specific = value.ecosystem_specific;
  if (isObject(value.database_specific)) out.database_specific = value.database_specific;
  return out;
}

/**
 * Checks one OSV record and keeps what matching and reports need (long `details` and most
 * references are dropped, which keeps the local index compact). Throws with the field at fault.
 * @see https://ossf.github.io/osv-schema/#id-modified-fields
 */
export function normaliseOsv(value: unknown): OsvRecord {
  if (!isObject(value)) throw new Error('an OSV record must be a JSON object');
  if (typeof value.id !== 'string' || value.id === '') throw new Error('"id" must be a non-empty string');
  if (typeof value.modified !== 'string') throw new Error(`${value.id}: "modified" must be a string`);
  const record: OsvRecord = { id: value.id, modified: value.modified };
  for (const key of ['published', 'withdrawn'] as const)
    if (typeof value[key] === 'string') record[key] = value[key];
  for (const key of ['aliases', 'related', 'upstream'] as const) {
    const list = stringList(value[key], `${value.id}.${key}`);
    if (list?.length) record[key] = list;
  }
  const summary =
    typeof value.summary === 'string'
      ? value.summary
      : typeof value.details === 'string'
        ? value.details
        : '';
  if (summary)
    record.summary = summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
  const sev = severities(value.severity, `${value.id}.severity`);
  if (sev) record.severity = sev;
  if (value.affected !== undefined) {
    if (!Array.isArray(value.affected)) throw new Error(`${value.id}.affected must be a list`);
    record.affected = value.affected.map((a, i) => affected(a, `${value.id}.affected[${i}]`));
  }
  if (Array.isArray(value.references)) {
    const refs = value.references
      .filter(
        (r): r is { type: string; url: string } =>
          isObject(r) && typeof r.type === 'string' && typeof r.url === 'string',
      )
      .sort((a, b) => Number(b.type === 'ADVISORY') - Number(a.type === 'ADVISORY'))
      .slice(0, KEPT_REFERENCES)
      .map((r) => ({ type: r.type, url: r.url }));
    if (refs.length) record.references = refs;
  }
  if (isObject(value.database_specific)) {
    const { severity, cwe_ids } = value.database_specific;
    const kept: Record<string, unknown> = {};
    if (typeof severity === 'string') kept.severity = severity;
    if (Array.isArray(cwe_ids)) kept.cwe_ids = cwe_ids;
    if (Object.keys(kept).length) record.database_specific = kept;
  }
  return record;
}

/** Parses the text of one `.json`, `.yaml` or `.yml` OSV file. */
export function parseOsvText(text: string, file: string): OsvRecord {
  try {
    const value = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
    return normaliseOsv(value);
  } catch (error) {
    throw new VulnDbError('OSV_INVALID', `${file}: ${(error as Error).message}`, { file, cause: error });
  }
}

/** PEP 503 name normalisation, so `Django`, `django` and `DJANGO` find the same advisories. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The index key of a package within an ecosystem (`Debian:12`, `PyPI`, …). */
export function packageKey(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0];
  const normalised = base === 'PyPI' ? normalisePypiName(name) : name;
  return `${ecosystem}\u0000${normalised}`;
}
