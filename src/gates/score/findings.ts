import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { locate } from './locate.js';
import { type ManifestObject, objectName, type Violation } from './model.js';

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
  const path = v.path.join('.');
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
