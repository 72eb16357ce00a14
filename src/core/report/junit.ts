import type { Finding } from '../finding.js';
import type { GateReport, RunReport } from '../result.js';
import { meetsThreshold } from '../severity.js';

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function testcase(gate: GateReport, f: Finding): string {
  const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
  const open = `    <testcase classname="${xml(`portcullis.${gate.gate}`)}" name="${name}" file="${xml(f.file)}">`;
  if (f.suppressed)
    return `${open}<skipped message="${xml(f.suppressed.justification ?? f.suppressed.kind)}"/></testcase>`;
  if (meetsThreshold(f.severity, gate.failOn)) {
    return `${open}<failure type="${xml(f.severity)}" message="${xml(f.message)}">${xml(`${f.file}:${f.line}:${f.column} ${f.message}`)}</failure></testcase>`;
  }
  return `${open}<system-out>${xml(`${f.severity}: ${f.message}`)}</system-out></testcase>`;
}

/** JUnit XML: a suite per gate, a case per finding and per clean file, an error case per failure to look. */
export function renderJunit(run: RunReport): string {
  const suites = run.gates.map((g) => {
    const withFindings = new Set(g.findings.map((f) => f.file));
    const cases = [
      ...g.findings.map((f) => testcase(g, f)),
      ...g.scanned
        .filter((s) => !withFindings.has(s))
        .map(
          (s) => `    <testcase classname="portcullis.${xml(g.gate)}" name="${xml(s)}" file="${xml(s)}"/>`,
        ),
      ...g.errors.map(
        (e) =>
          `    <testcase classname="portcullis.${xml(g.gate)}" name="${xml(e.file ?? 'run')}"><error message="${xml(e.message)}"/></testcase>`,
      ),
    ];
    const failures = g.findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, g.failOn)).length;
    const skipped = g.findings.filter((f) => f.suppressed).length;
    return `  <testsuite name="portcullis ${xml(g.gate)}" tests="${cases.length}" failures="${failures}" errors="${g.errors.length}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="portcullis">\n${suites.join('\n')}\n</testsuites>\n`;
}
