import type { RuleMeta } from '../../../../core/rule.js';
import type { Severity } from '../../../../core/severity.js';
import type { Subject, Violation } from '../../model.js';

/** One of our own score rules (`PK…`), beyond Kubesec and the Pod Security Standards. */
export interface OwnRule {
  meta: RuleMeta;
  check(subject: Subject): Violation[];
}

export function ownMeta(
  id: string,
  title: string,
  severity: Severity,
  extra: Partial<RuleMeta> = {},
): RuleMeta {
  return { id, title, severity, gate: 'score', security: true, ...extra };
}
