import type { Finding } from '../finding.js';
import { allErrors, countBySeverity, type RunReport } from '../result.js';

function jsonFinding(f: Finding, gate: string | undefined) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.helpUri ? { helpUri: f.helpUri } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(gate ? { gate } : {}),
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}

/**
 * The stable JSON document (one per run). Fields may be added in later versions; the ones
 * documented in the README are never renamed.
 */
export function toJson(run: RunReport): object {
  const multi = run.gates.length > 1 || run.gate === 'check';
  const findings = run.gates.flatMap((g) =>
    g.findings.map((f) => jsonFinding(f, multi ? g.gate : undefined)),
  );
  const extra = multi
    ? { gates: Object.fromEntries(run.gates.map((g) => [g.gate, { passed: g.passed, ...g.extra }])) }
    : (run.gates[0]?.extra ?? {});
  return {
    tool: run.tool,
    gate: run.gate,
    passed: run.passed,
    failOn: run.failOn,
    findings,
    errors: allErrors(run).map((e) => (multi ? e : { file: e.file, message: e.message })),
    summary: {
      ...countBySeverity(run.gates.flatMap((g) => g.findings)),
      errors: allErrors(run).length,
      scanned: run.gates.reduce((n, g) => n + g.scanned.length, 0),
      ...(run.gates.some((g) => g.hidden)
        ? { hidden: run.gates.reduce((n, g) => n + (g.hidden ?? 0), 0) }
        : {}),
    },
    notes: run.gates.flatMap((g) => g.notes),
    ...extra,
  };
}

export function renderJson(run: RunReport): string {
  return `${JSON.stringify(toJson(run), null, 2)}\n`;
}
