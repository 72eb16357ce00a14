import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { locate } from './locate.js';
import { type ManifestObject, objectName, type Path, type Violation } from './model.js';

/** The last object named: an object's findings come one after another, so one entry suffices. */
let namedObject: ManifestObject | undefined;
let namedAs = '';

function nameOf(o: ManifestObject): string {
  if (o !== namedObject) {
    namedAs = objectName(o);
    namedObject = o;
  }
  return namedAs;
}

/**
 * Path texts, shared: a stream's many findings name few distinct paths, and every finding is
 * kept until the report, so one copy of each text saves the collector copying thousands.
 */
const PATH_TEXTS = new Map<string, string>();

function pathText(path: Path): string {
  const text = path.join('.');
  const known = PATH_TEXTS.get(text);
  if (known !== undefined) return known;
  if (PATH_TEXTS.size >= 4096) PATH_TEXTS.clear();
  PATH_TEXTS.set(text, text);
  return text;
}

/**
 * A finding at the exact field a violation names (or the nearest part of it that exists). Its
 * snippet is the object and field path, so fingerprints survive lines moving.
 */
export function toFinding(
  meta: RuleMeta,
  o: ManifestObject,
  v: Violation,
  severity: Severity = meta.severity,
  data?: Record<string, unknown>,
): Finding {
  const name = nameOf(o);
  const path = pathText(v.path);
  const range = locate(o, v.path);
  const fields: Record<string, unknown> = { object: name };
  if (v.container) fields.container = v.container;
  fields.path = path;
  if (data) Object.assign(fields, data);
  return {
    ruleId: meta.id,
    severity,
    message: `${name}: ${v.message}`,
    file: o.file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    snippet: `${name} ${path}`,
    security: meta.security,
    data: fields,
  };
}
