import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { applyBaseline, type Baseline } from './baseline.js';
import { type ChangedLines, touchedBy } from './diff.js';
import { EXIT, type ExitCode } from './errors.js';
import { compareFindings, type Finding } from './finding.js';
import { assignFingerprints } from './fingerprint.js';
import type { GateOutcome } from './gate.js';
import type { GateReport, RunReport, ToolInfo } from './result.js';
import { helpUriFor } from './rule.js';
import { meetsThreshold, type Threshold } from './severity.js';

export interface GatePolicy {
  failOn: Threshold;
  baseline?: Baseline;
  /** Findings below this severity are left out of every report; the verdict still counts them. */
  reportSeverity?: Threshold;
  /** Only findings on these lines count (a pull request's diff); the rest are suppressed as `diff`. */
  changed?: ChangedLines;
}

/** Reads the lines of findings' files once each; null when a file is not readable text. */
function lineReader(cwd: string): (f: Finding) => string[] | null {
  const cache = new Map<string, string[] | null>();
  return (f) => {
    if (!cache.has(f.file)) {
      try {
        const path = isAbsolute(f.file) ? f.file : resolve(cwd, f.file);
        cache.set(f.file, readFileSync(path, 'utf8').split(/\r?\n/));
      } catch {
        cache.set(f.file, null);
      }
    }
    return cache.get(f.file) ?? null;
  };
}

/** True when an unsuppressed finding meets the threshold. */
export function failsOn(findings: readonly Finding[], failOn: Threshold): boolean {
  return findings.some((f) => !f.suppressed && meetsThreshold(f.severity, failOn));
}

/**
 * The shared tail of every gate: sort, fingerprint, apply the baseline, then decide.
 * A gate that reported errors never passes, whatever its findings.
 */
export function finishGate(gate: string, outcome: GateOutcome, policy: GatePolicy, cwd: string): GateReport {
  const rulesById = new Map(outcome.rules.map((r) => [r.id, r]));
  const findings = [...outcome.findings].sort(compareFindings);
  for (const f of findings) {
    const meta = rulesById.get(f.ruleId);
    if (!f.helpUri && meta) f.helpUri = helpUriFor(meta);
    if (f.security === undefined && meta?.security) f.security = true;
  }
  const linesOf = lineReader(cwd);
  for (const f of findings) {
    const line = linesOf(f)?.[f.line - 1];
    if (f.sourceLine === undefined && line !== undefined) f.sourceLine = line;
  }
  assignFingerprints(findings, (f) => {
    const lines = linesOf(f);
    return lines ? lines.slice(f.line - 1, Math.max(f.line, f.endLine)).join('\n') : f.message;
  });
  if (policy.baseline) applyBaseline(findings, policy.baseline);
  if (policy.changed) {
    for (const f of findings)
      if (!f.suppressed && !touchedBy(f, policy.changed))
        f.suppressed = { kind: 'diff', justification: 'not on a line this change touches' };
  }
  const passed = outcome.errors.length === 0 && !failsOn(findings, policy.failOn);
  const shown = policy.reportSeverity
    ? findings.filter((f) => meetsThreshold(f.severity, policy.reportSeverity!))
    : findings;
  return {
    gate,
    passed,
    failOn: policy.failOn,
    ...(policy.reportSeverity ? { reportSeverity: policy.reportSeverity } : {}),
    hidden: findings.length - shown.length,
    failingHidden: outcome.errors.length === 0 && !passed && !failsOn(shown, policy.failOn),
    findings: shown,
    errors: outcome.errors,
    rules: outcome.rules,
    notes: outcome.notes ?? [],
    scanned: outcome.scanned ?? [],
    extra: outcome.extra ?? {},
    render: outcome.render ?? {},
  };
}

export function combine(
  tool: ToolInfo,
  gate: string,
  reports: GateReport[],
  failOn: Threshold,
  noFail: boolean,
): RunReport {
  return { tool, gate, passed: reports.every((r) => r.passed), failOn, noFail, gates: reports };
}

/** 3 when anything could not be looked at; 1 when findings fail the gate (unless --no-fail); else 0. */
export function exitCodeOf(run: RunReport): ExitCode {
  if (run.gates.some((g) => g.errors.length > 0)) return EXIT.incomplete;
  if (!run.passed && !run.noFail) return EXIT.failed;
  return EXIT.passed;
}
