import type { Finding, GateReport, RuleMeta, RunReport } from '../../src/core/index.js';
import { combine } from '../../src/core/index.js';
import { finishGate } from '../../src/core/pipeline.js';

export const rules: RuleMeta[] = [
  { id: 'DL3006', title: 'Always tag the version of an image explicitly', severity: 'warning', gate: 'lint' },
  { id: 'PL001', title: 'TLS verification disabled', severity: 'error', gate: 'lint', security: true },
];

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'DL3006',
    severity: 'warning',
    message: 'Always tag the version of an image explicitly',
    file: 'app/Dockerfile',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 12,
    snippet: 'FROM ubuntu',
    ...overrides,
  };
}

export function gateReport(findings: Finding[], errors: GateReport['errors'] = []): GateReport {
  return finishGate(
    'lint',
    { findings, errors, rules, scanned: ['app/Dockerfile', 'clean/Dockerfile'] },
    { failOn: 'warning' },
    '/nonexistent',
  );
}

export function runReport(findings: Finding[], errors: GateReport['errors'] = []): RunReport {
  return combine(
    { name: 'portcullis', version: '0.1.0' },
    'lint',
    [gateReport(findings, errors)],
    'warning',
    false,
  );
}

export const sample: Finding[] = [
  finding(),
  finding({
    ruleId: 'PL001',
    severity: 'error',
    message: 'curl -k turns off TLS verification',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 15,
    snippet: 'RUN curl -k https://x',
    fix: { description: 'drop -k', edits: [{ line: 3, column: 10, endLine: 3, endColumn: 13, newText: '' }] },
  }),
  finding({
    file: 'b/Dockerfile',
    line: 2,
    snippet: 'FROM debian',
    suppressed: { kind: 'inline', justification: 'legacy' },
  }),
];
