import type { OsvAffected, OsvEvent, OsvRange } from '../vulndb/index.js';
import { comparatorFor, type VersionComparator } from './versions/index.js';

export interface RangeVerdict {
  affected: boolean;
  /** The first fixed version above the installed one, in the range that matched. */
  fixed?: string;
  /** The range matched through its `last_affected` bound (no fix is published). */
  lastAffected?: string;
}

/** A version or bound that the ecosystem's comparator cannot order. */
export class UndecidableError extends Error {}

function eventKind(event: OsvEvent): ['introduced' | 'fixed' | 'last_affected' | 'limit', string] {
  const [kind, value] = Object.entries(event)[0] as [
    'introduced' | 'fixed' | 'last_affected' | 'limit',
    string,
  ];
  return [kind, value];
}

/**
 * Evaluates one `SEMVER` or `ECOSYSTEM` range with the algorithm of the OSV schema: events
 * are sorted by version, `introduced` opens, `fixed` closes at the version, `last_affected`
 * closes after it, and `limit` caps the range.
 * @see https://ossf.github.io/osv-schema/#evaluation
 */
export function evaluateRange(version: string, range: OsvRange, cmp: VersionComparator): RangeVerdict {
  const isZero = (v: string): boolean => v === '0';
  const compareTo = (v: string): number => (isZero(v) ? 1 : cmp(version, v));
  const events = range.events.map(eventKind);
  for (const [kind, value] of events) {
    if (kind === 'limit' && value !== '*' && compareTo(value) >= 0) return { affected: false };
  }
  const order = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 } as const;
  const sorted = events
    .filter(([kind]) => kind !== 'limit')
    .sort(([ka, va], [kb, vb]) => {
      if (isZero(va) || isZero(vb)) return Number(!isZero(va)) - Number(!isZero(vb)) || order[ka] - order[kb];
      return cmp(va, vb) || order[ka] - order[kb];
    });
  let affected = false;
  let lastAffected: string | undefined;
  for (const [kind, value] of sorted) {
    const c = compareTo(value);
    if (kind === 'introduced' && c >= 0) {
      affected = true;
      lastAffected = undefined;
    } else if (kind === 'fixed' && c >= 0) affected = false;
    else if (kind === 'last_affected') {
      if (c > 0) affected = false;
      else if (affected) lastAffected = value;
    }
  }
  if (!affected) return { affected: false };
  const fixed = sorted.find(([kind, value]) => kind === 'fixed' && compareTo(value) < 0)?.[1];
  return { affected: true, ...(fixed ? { fixed } : {}), ...(lastAffected ? { lastAffected } : {}) };
}

/**
 * Whether `version` is affected by one `affected[]` entry: listed in `versions`, or inside a
 * `SEMVER`/`ECOSYSTEM` range. `GIT` ranges only count through the `versions` list.
 * Throws `UndecidableError` when a version cannot be ordered; the caller reports that.
 */
export function evaluateAffected(version: string, ecosystem: string, affected: OsvAffected): RangeVerdict {
  let fixed: string | undefined;
  let hit = false;
  let lastAffected: string | undefined;
  for (const range of affected.ranges ?? []) {
    if (range.type === 'GIT') continue;
    const cmp = comparatorFor(ecosystem, range.type);
    if (!cmp) throw new UndecidableError(`no version order for ${ecosystem} ${range.type} ranges`);
    let verdict: RangeVerdict;
    try {
      verdict = evaluateRange(version, range, cmp);
    } catch (error) {
      throw new UndecidableError((error as Error).message);
    }
    if (verdict.affected) {
      hit = true;
      if (verdict.fixed && (!fixed || cmp(verdict.fixed, fixed) < 0)) fixed = verdict.fixed;
      lastAffected ??= verdict.lastAffected;
    }
  }
  if (!hit && affected.versions?.includes(version)) hit = true;
  if (!hit) return { affected: false };
  return { affected: true, ...(fixed ? { fixed } : {}), ...(lastAffected ? { lastAffected } : {}) };
}
