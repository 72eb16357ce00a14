import { PortcullisError } from '../../../core/errors.js';
import type { Finding } from '../../../core/finding.js';
import { isSeverity, type Severity } from '../../../core/severity.js';
import { PS200, PS201 } from './rules.js';

/** Policy findings (an end-of-life OS, an expired ignore) are never filtered away. */
const ALWAYS_KEPT = new Set([PS200.id, PS201.id]);

/**
 * Trivy's `--severity HIGH,CRITICAL`: the severities to report, as a list in any case.
 * Undefined when not given; a word that is not a severity is a usage error.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#by-severity
 */
export function parseSeverityList(value: unknown): Set<Severity> | undefined {
  const words = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const bad = words.filter((w) => !isSeverity(w));
  if (bad.length)
    throw new PortcullisError(
      'USAGE',
      `--severity: "${bad.join('", "')}" is not a severity (use e.g. HIGH,CRITICAL)`,
    );
  return new Set(words as Severity[]);
}

/**
 * Leaves out the findings whose severity is not in `keep`, as Trivy does: they are neither
 * reported nor gated on. Says how many were left out.
 */
export function keepSeverities(findings: Finding[], keep: ReadonlySet<Severity>, notes: string[]): Finding[] {
  const kept = findings.filter((f) => keep.has(f.severity) || ALWAYS_KEPT.has(f.ruleId));
  const dropped = findings.length - kept.length;
  if (dropped > 0)
    notes.push(
      `${dropped} finding(s) of other severities left out (--severity ${[...keep].join(',').toUpperCase()})`,
    );
  return kept;
}
