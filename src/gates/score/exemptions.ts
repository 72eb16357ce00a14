import picomatch from 'picomatch';
import type { Finding } from '../../core/finding.js';
import { ruleListMatches } from '../../core/suppress.js';
import { isJson, type ManifestObject, type Path, type Workload } from './model.js';
import type { ConfigExemption } from './settings.js';

export const IGNORE_ANNOTATION = 'portcullis.dev/ignore';

/** An exemption read from an annotation or from `score.exemptions`, ready to match findings. */
export interface Exemption {
  rules: string[];
  reason?: string;
  expires?: string;
  container?: string;
  source: 'annotation' | 'config';
  /** Where an annotation sits, for findings about the exemption itself. */
  path?: Path;
}

/** A problem with an exemption: unusable (PK002) or past its date (PK003). */
export interface ExemptionProblem {
  ruleId: 'PK002' | 'PK003';
  path: Path;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `portcullis.dev/ignore: "<RuleId>[,<RuleId>]; reason=<text>; expires=<YYYY-MM-DD>"`.
 * Returns the exemption, or the reason it cannot be used.
 */
export function parseIgnoreAnnotation(value: unknown): {
  exemption?: Omit<Exemption, 'source'>;
  error?: string;
} {
  if (typeof value !== 'string') return { error: 'the value must be a string' };
  const [head, ...parts] = value.split(';').map((s) => s.trim());
  const rules = head.split(/[\s,]+/).filter(Boolean);
  if (rules.length === 0) return { error: 'no rule ids before the first ";"' };
  const fields: Record<string, string> = {};
  for (const part of parts.filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) return { error: `"${part}" is not key=value` };
    fields[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  const unknown = Object.keys(fields).filter((k) => !['reason', 'expires', 'container'].includes(k));
  if (unknown.length) return { error: `unknown key ${unknown.map((k) => `"${k}"`).join(', ')}` };
  if (!fields.reason) return { error: 'a reason is required: add "; reason=<why>"' };
  if (fields.expires !== undefined && !isDate(fields.expires))
    return { error: `expires=${fields.expires} is not a YYYY-MM-DD date` };
  return {
    exemption: { rules, reason: fields.reason, expires: fields.expires, container: fields.container },
  };
}

function isDate(text: string): boolean {
  return DATE.test(text) && !Number.isNaN(Date.parse(text));
}

function annotationsAt(metaPath: Path, meta: unknown): { value: unknown; path: Path }[] {
  const annotations = isJson(meta) && isJson(meta.annotations) ? meta.annotations : {};
  return IGNORE_ANNOTATION in annotations
    ? [{ value: annotations[IGNORE_ANNOTATION], path: [...metaPath, 'annotations', IGNORE_ANNOTATION] }]
    : [];
}

function configMatches(e: ConfigExemption, o: ManifestObject): boolean {
  if (e.path && !picomatch(e.path, { dot: true })(o.file)) return false;
  if (e.kind && e.kind !== o.kind) return false;
  if (e.name && !picomatch(e.name)(o.name)) return false;
  if (e.namespace && e.namespace !== (o.namespace ?? 'default')) return false;
  return true;
}

/**
 * The exemptions that apply to one object: its own annotation, its pod template's, and the
 * config entries that match it. Unusable and expired ones come back as problems instead.
 */
export function exemptionsFor(
  o: ManifestObject,
  w: Workload | undefined,
  config: readonly ConfigExemption[],
  today: string,
): { exemptions: Exemption[]; problems: ExemptionProblem[] } {
  const exemptions: Exemption[] = [];
  const problems: ExemptionProblem[] = [];
  const places = [...annotationsAt(['metadata'], o.value.metadata)];
  if (w && w.podMetaPath.join('.') !== 'metadata') places.push(...annotationsAt(w.podMetaPath, w.podMeta));
  for (const p of places) {
    const { exemption, error } = parseIgnoreAnnotation(p.value);
    if (!exemption) {
      problems.push({
        ruleId: 'PK002',
        path: p.path,
        message: `invalid ${IGNORE_ANNOTATION} annotation: ${error}`,
      });
    } else if (exemption.expires && exemption.expires < today) {
      problems.push({
        ruleId: 'PK003',
        path: p.path,
        message: `exemption for ${exemption.rules.join(',')} expired on ${exemption.expires} (${exemption.reason})`,
      });
    } else exemptions.push({ ...exemption, source: 'annotation', path: p.path });
  }
  for (const e of config) {
    if (!configMatches(e, o)) continue;
    if (e.expires && e.expires < today) {
      problems.push({
        ruleId: 'PK003',
        path: [],
        message: `score.exemptions entry for ${e.rules.join(',')} expired on ${e.expires} (${e.reason})`,
      });
    } else
      exemptions.push({
        rules: e.rules,
        reason: e.reason,
        expires: e.expires,
        container: e.container,
        source: 'config',
      });
  }
  return { exemptions, problems };
}

/** Marks the findings an exemption covers as suppressed, with its reason; they stay in the report. */
export function applyExemptions(findings: Finding[], exemptions: readonly Exemption[]): void {
  if (exemptions.length === 0) return;
  for (const f of findings) {
    if (f.suppressed || f.ruleId === 'PK002' || f.ruleId === 'PK003') continue;
    const container = f.data?.container as string | undefined;
    const e = exemptions.find(
      (x) => ruleListMatches(x.rules, f.ruleId) && (!x.container || x.container === container),
    );
    if (e)
      f.suppressed = {
        kind: e.source === 'annotation' ? 'inline' : 'config',
        justification: `${e.reason}${e.expires ? ` (until ${e.expires})` : ''}`,
      };
  }
}
