import type { Finding, GateError } from './finding.js';
import type { RuleMeta } from './rule.js';
import { SEVERITIES, type Severity, type Threshold } from './severity.js';

export interface ToolInfo {
  name: 'portcullis';
  version: string;
}

/** One gate's result after the pipeline: the input of every reporter and of the exit policy. */
export interface GateReport {
  gate: string;
  passed: boolean;
  failOn: Threshold;
  /** Findings below this severity were left out of the report (`report-severity`). */
  reportSeverity?: Threshold;
  /** How many findings `reportSeverity` left out. */
  hidden?: number;
  /** The gate failed only on findings that `reportSeverity` left out of the report. */
  failingHidden?: boolean;
  findings: Finding[];
  errors: GateError[];
  rules: RuleMeta[];
  notes: string[];
  scanned: string[];
  extra: Record<string, unknown>;
  render: Record<string, () => string>;
}

/** The whole run: one gate, or several under `check`. */
export interface RunReport {
  tool: ToolInfo;
  gate: string;
  passed: boolean;
  failOn: Threshold;
  noFail: boolean;
  gates: GateReport[];
}

export type SeverityCounts = Partial<Record<Severity, number>> & { total: number; suppressed: number };

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { total: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) {
      counts.suppressed++;
      continue;
    }
    counts.total++;
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  }
  return counts;
}

export function allFindings(run: RunReport): Finding[] {
  return run.gates.flatMap((g) => g.findings);
}

export function allErrors(run: RunReport): { gate: string; file?: string; message: string }[] {
  return run.gates.flatMap((g) => g.errors.map((e) => ({ gate: g.gate, ...e })));
}

export function allRules(run: RunReport): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const g of run.gates) for (const r of g.rules) byId.set(r.id, r);
  return [...byId.values()];
}

export const SEVERITY_NAMES = SEVERITIES;
