import type { RuleMeta } from '../../../../core/rule.js';
import type { Severity } from '../../../../core/severity.js';
import type { Json, Subject, Violation } from '../../model.js';

export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet'] as const;

/** A Kubesec rule: its data exactly as Kubesec ships it, plus our two evaluations. */
export interface KubesecRule {
  meta: RuleMeta;
  points: number;
  /** Kubesec's display selector (not evaluated; Kubesec sorts ties by it). */
  selector: string;
  reason: string;
  /** Kinds Kubesec applies the rule to. */
  kinds: readonly string[];
  /** Kubesec's count for one document: the rule matched when it is above 0. */
  count(doc: Json): number;
  /**
   * The strict evaluation: for a negative rule, each place that matches; for a positive rule,
   * each container or field that keeps it from being credited. Empty means clean / credited.
   */
  violations(subject: Subject): Violation[];
}

/**
 * Severity of a Kubesec rule in the strict gate, from its points. Every negative rule is at least
 * `medium`, the default `fail-on`, because any Kubesec critical fails the object.
 */
export function severityFor(points: number): Severity {
  if (points <= -30) return 'critical';
  if (points <= -7) return 'high';
  if (points < 0) return 'medium';
  return 'info';
}

export function kubesecMeta(id: string, title: string, points: number, equivalents: string[] = []): RuleMeta {
  return {
    id,
    title,
    severity: severityFor(points),
    gate: 'score',
    security: true,
    equivalents: [`kubesec:${id}`, ...equivalents],
    tags: ['kubesec', points < 0 ? 'critical' : 'advise'],
  };
}
