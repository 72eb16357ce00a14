import type { RuleMeta } from '../../../../core/rule.js';
import type { Violation, Workload } from '../../model.js';

export type PssLevel = 'baseline' | 'restricted';

/**
 * One Pod Security Admission check, with PSA's check id, its level and the baseline checks it
 * replaces at the restricted level.
 * https://github.com/kubernetes/pod-security-admission/tree/master/policy
 */
export interface PssCheck {
  meta: RuleMeta;
  checkId: string;
  level: PssLevel;
  overrides?: string[];
  check(w: Workload): Violation[];
}

export function pssMeta(
  checkId: string,
  level: PssLevel,
  title: string,
  equivalents: string[] = [],
): RuleMeta {
  return {
    id: `pss/${checkId}`,
    title,
    severity: 'high',
    gate: 'score',
    security: true,
    helpUri: `https://github.com/portcullis-dev/portcullis/blob/main/docs/rules/score.md#pss-${checkId.toLowerCase()}`,
    equivalents: [`psa:${checkId}`, ...equivalents],
    tags: ['pss', level],
  };
}
