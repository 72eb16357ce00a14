import type { Finding } from '../../core/finding.js';
import { applyExemptions, exemptionsFor } from './exemptions.js';
import { toFinding } from './findings.js';
import { type KubesecReport, kubesecReport } from './kubesec-score.js';
import { locate } from './locate.js';
import { type ManifestObject, objectName, type Subject } from './model.js';
import { KUBESEC_RULES, type KubesecRule } from './rules/kubesec/index.js';
import { OWN_RULES, PK001, PK002, PK003 } from './rules/own/index.js';
import { checksFor } from './rules/pss/index.js';
import { minScoreFor, type ScoreSettings } from './settings.js';
import { type WorkloadLevels, workloadLevels } from './suggest.js';
import { workloadOf } from './workloads.js';

/** One scored object, for the job summary and `extra.objects`. */
export interface ObjectResult {
  object: string;
  file: string;
  line: number;
  score: number;
  /** The plain Kubesec sum, for comparison. */
  kubesecScore: number;
  critical: string[];
  advise: string[];
}

export interface Evaluation {
  findings: Finding[];
  reports: KubesecReport[];
  results: ObjectResult[];
  skipped: string[];
  /** PSS checks each workload fails, per level, when `--suggest` asks for them. */
  levels: WorkloadLevels[];
}

const BINDINGS = new Set(['RoleBinding', 'ClusterRoleBinding']);

/** `data.points` of each rule's findings, shared (it is copied into each finding's data). */
const POINTS = new Map(KUBESEC_RULES.map((r) => [r, { points: r.points }]));

/**
 * Whether a Kubesec rule applies in the strict gate. Kubesec's workload rules cover every kind
 * with a PodSpec, not only Pod, Deployment, StatefulSet and DaemonSet.
 */
function appliesStrictly(rule: KubesecRule, s: Subject): boolean {
  if (COVERS_WORKLOADS.has(rule)) return !!s.workload;
  return rule.kinds.includes(s.object.kind) && (!!s.workload || BINDINGS.has(s.object.kind));
}

/** The rules whose kinds include Pod, which therefore apply to every workload. */
const COVERS_WORKLOADS = new Set(KUBESEC_RULES.filter((r) => r.kinds.includes('Pod')));

interface Scored {
  score: number;
  findings: Finding[];
  critical: string[];
  advise: string[];
}

/** Strict: criticals wherever they match, positives credited only when every container complies. */
function scoreStrict(s: Subject): Scored {
  const out: Scored = { score: 0, findings: [], critical: [], advise: [] };
  for (const rule of KUBESEC_RULES) {
    if (!appliesStrictly(rule, s)) continue;
    const violations = rule.violations(s);
    const data = POINTS.get(rule)!;
    if (rule.points < 0) {
      if (violations.length === 0) continue;
      out.score += rule.points;
      out.critical.push(rule.meta.id);
      for (const v of violations)
        out.findings.push(toFinding(rule.meta, s.object, v, rule.meta.severity, data));
    } else if (violations.length === 0) {
      out.score += rule.points;
    } else {
      out.advise.push(rule.meta.id);
      for (const v of violations) out.findings.push(toFinding(rule.meta, s.object, v, 'info', data));
    }
  }
  return out;
}

/** Kubesec mode: Kubesec's own verdicts, reported as information; the score decides. */
function scoreKubesec(s: Subject, report: KubesecReport): Scored {
  const out: Scored = { score: report.score, findings: [], critical: [], advise: [] };
  const specPath = s.workload?.specPath ?? [];
  for (const rule of KUBESEC_RULES) {
    if (!rule.kinds.includes(s.object.kind)) continue;
    const matched = rule.count(s.object.value) > 0;
    if (matched === rule.points > 0) continue;
    const where = rule.violations(s)[0] ?? { path: specPath, message: '' };
    const message = `${rule.points > 0 ? 'advise' : 'critical'} ${rule.meta.id} (${rule.points > 0 ? '+' : ''}${rule.points}): ${rule.reason}`;
    (rule.points < 0 ? out.critical : out.advise).push(rule.meta.id);
    out.findings.push(toFinding(rule.meta, s.object, { ...where, message }, 'info', { points: rule.points }));
  }
  return out;
}

/** Scores one object into `ev`: Kubesec report, verdict, own rules, PSS, exemptions. */
export function evaluateObject(o: ManifestObject, settings: ScoreSettings, ev: Evaluation): void {
  const report = kubesecReport(o, o.file === '-' ? 'STDIN' : o.file);
  ev.reports.push(report);
  const workload = workloadOf(o, settings.podSpecPaths);
  const s: Subject = { object: o, workload };
  if (!workload && !BINDINGS.has(o.kind)) {
    ev.skipped.push(`${o.file}: ${o.kind ? objectName(o) : 'object without kind'}`);
    return;
  }
  const scored = settings.mode === 'kubesec' ? scoreKubesec(s, report) : scoreStrict(s);
  const findings = scored.findings;
  const min = minScoreFor(settings.minScores, o.kind);
  // Bindings score 0 or -30 by design, so a minimum applies to workloads (in Kubesec mode, the kinds Kubesec scores).
  const scoredKind =
    !!workload && (settings.mode === 'strict' || KUBESEC_RULES.some((r) => r.kinds.includes(o.kind)));
  if (min !== undefined && scoredKind && scored.score < min)
    findings.push(
      toFinding(
        PK001,
        o,
        { path: [], message: `score ${scored.score} is below the minimum ${min} for ${o.kind}` },
        'high',
        {
          score: scored.score,
          minScore: min,
        },
      ),
    );
  if (workload && settings.extraRules)
    for (const rule of OWN_RULES) for (const v of rule.check(s)) findings.push(toFinding(rule.meta, o, v));
  if (workload && settings.profile)
    for (const check of checksFor(settings.profile))
      for (const v of check.check(workload)) findings.push(toFinding(check.meta, o, v));
  const { exemptions, problems } = exemptionsFor(o, workload, settings.exemptions, settings.today);
  applyExemptions(findings, exemptions);
  for (const p of problems) findings.push(toFinding(p.ruleId === 'PK002' ? PK002 : PK003, o, p));
  for (const f of findings) ev.findings.push(f);
  if (workload && settings.suggest) ev.levels.push(workloadLevels(workload));
  ev.results.push({
    object: objectName(o),
    file: o.file,
    line: locate(o, []).line,
    score: scored.score,
    kubesecScore: report.score,
    critical: scored.critical,
    advise: scored.advise,
  });
}

/** Scores every object: Kubesec report, strict or Kubesec verdict, own rules, PSS, exemptions. */
export function newEvaluation(): Evaluation {
  return { findings: [], reports: [], results: [], skipped: [], levels: [] };
}

/** Scores every object (see `evaluateObject`). */
export function evaluate(objects: readonly ManifestObject[], settings: ScoreSettings): Evaluation {
  const ev = newEvaluation();
  for (const o of objects) evaluateObject(o, settings, ev);
  return ev;
}
