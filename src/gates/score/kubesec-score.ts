import { type ManifestObject, objectName } from './model.js';
import { KUBESEC_RULES, type KubesecRule } from './rules/kubesec/index.js';

/** One entry of Kubesec's `scoring` lists (kubesec pkg/ruler/report.go `RuleRef`). */
export interface KubesecRuleRef {
  id: string;
  selector: string;
  reason: string;
  points: number;
}

/** One element of Kubesec's JSON array output. */
export interface KubesecReport {
  object: string;
  valid: boolean;
  fileName: string;
  message?: string;
  score: number;
  scoring: { critical?: KubesecRuleRef[]; passed?: KubesecRuleRef[]; advise?: KubesecRuleRef[] };
}

/** Kubesec's `RuleRefCustomOrder`: criticals most negative first, others highest first, ties by selector. */
export function compareRuleRefs(a: KubesecRuleRef, b: KubesecRuleRef): number {
  if (a.points !== b.points) {
    if (a.points > 0 || b.points > 0) return b.points - a.points;
    return a.points - b.points;
  }
  return a.selector < b.selector ? -1 : a.selector > b.selector ? 1 : 0;
}

/** One shared, frozen entry per rule: reports only ever serialise them. */
const REFS = new Map<KubesecRule, KubesecRuleRef>(
  KUBESEC_RULES.map((r) => [
    r,
    Object.freeze({ id: r.meta.id, selector: r.selector, reason: r.reason, points: r.points }),
  ]),
);

function ref(rule: KubesecRule): KubesecRuleRef {
  return REFS.get(rule)!;
}

/** The rules Kubesec applies to each kind, already in report order, so no report needs a sort. */
const RULES_BY_KIND = new Map<string, KubesecRule[]>();
for (const rule of [...KUBESEC_RULES].sort((a, b) => compareRuleRefs(ref(a), ref(b))))
  for (const kind of rule.kinds) RULES_BY_KIND.set(kind, [...(RULES_BY_KIND.get(kind) ?? []), rule]);

/**
 * Scores one object exactly as Kubesec does (`checkRules` in kubesec pkg/ruler/ruleset.go): a
 * plain sum, where a positive rule counts when any one container complies and criticals can be
 * offset by hardening. This is `--format kubesec` and `--mode kubesec`.
 */
export function kubesecReport(o: ManifestObject, fileName: string): KubesecReport {
  const applied = RULES_BY_KIND.get(o.kind) ?? [];
  const critical: KubesecRuleRef[] = [];
  const passed: KubesecRuleRef[] = [];
  const advise: KubesecRuleRef[] = [];
  let score = 0;
  for (const rule of applied) {
    const matched = rule.count(o.value) > 0;
    if (matched) {
      score += rule.points;
      (rule.points >= 0 ? passed : critical).push(ref(rule));
    } else if (rule.points >= 0) advise.push(ref(rule));
  }
  const message =
    applied.length === 0
      ? 'This resource kind is not supported by kubesec'
      : score >= 0
        ? `Passed with a score of ${score} points`
        : `Failed with a score of ${score} points`;
  const scoring: KubesecReport['scoring'] = {};
  if (critical.length) scoring.critical = critical;
  if (passed.length) scoring.passed = passed;
  if (advise.length) scoring.advise = advise;
  return {
    object: o.kind ? objectName(o) : 'Unknown',
    valid: true,
    fileName,
    message,
    score,
    scoring,
  };
}

/** Go's encoding/json escapes these even inside strings; jq scripts never see the difference, diffs do. */
function goEscape(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Kubesec's output: `json.MarshalIndent(reports, "", "  ")` followed by a newline. */
export function renderKubesec(reports: readonly KubesecReport[]): string {
  return `${goEscape(JSON.stringify(reports, null, 2))}\n`;
}
