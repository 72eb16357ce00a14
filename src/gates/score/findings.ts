import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { locate } from './locate.js';
import { type ManifestObject, objectName, type Violation } from './model.js';

/**
 * A finding at the exact field a violation names (or the nearest part of it that exists). Its
 * snippet is the object and field path, so fingerprints survive lines moving.
 */
export function toFinding(
  meta: RuleMeta,
  o: ManifestObject,
  v: Violation,
  severity: Severity = meta.severity,
  data: Record<string, unknown> = {},
): Finding {
  const name = objectName(o);
  return {
    ruleId: meta.id,
    severity,
    message: `${name}: ${v.message}`,
    file: o.file,
    ...locate(o, v.path),
    snippet: `${name} ${v.path.join('.')}`,
    security: meta.security,
    data: {
      object: name,
      ...(v.container ? { container: v.container } : {}),
      path: v.path.join('.'),
      ...data,
    },
  };
}
