import { compareFindings, type Finding, gateErrorText } from '../finding.js';
import { allErrors, countBySeverity, type RunReport } from '../result.js';
import { rank, type Severity } from '../severity.js';

export interface TextOptions {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 } as const;

function painter(enabled: boolean) {
  return (code: keyof typeof CODES, text: string) =>
    enabled ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text;
}

function severityColour(severity: Severity): keyof typeof CODES {
  const r = rank(severity);
  return r >= 5 ? 'red' : r >= 4 ? 'yellow' : r >= 3 ? 'blue' : 'gray';
}

const FRAME_WIDTH = 160;

/** The finding's source line with a caret underline, cut to a readable width; nothing when unknown. */
function codeFrame(f: Finding, paint: ReturnType<typeof painter>): string[] {
  if (f.sourceLine === undefined || f.sourceLine.trim() === '') return [];
  const text = f.sourceLine.replace(/\t/g, ' ');
  const start = Math.max(0, f.column - 1);
  const end = f.endLine === f.line ? Math.max(start + 1, f.endColumn - 1) : text.length;
  const shift = start > FRAME_WIDTH - 40 ? start - 20 : 0;
  const shown =
    (shift ? '…' : '') +
    text.slice(shift, shift + FRAME_WIDTH) +
    (text.length > shift + FRAME_WIDTH ? '…' : '');
  const gutter = String(f.line).padStart(6);
  const pad = ' '.repeat(start - shift + (shift ? 1 : 0));
  const carets = '^'.repeat(Math.max(1, Math.min(end, shift + FRAME_WIDTH) - start));
  return [
    `${paint('gray', `${gutter} |`)} ${shown}`,
    `${paint('gray', `${' '.repeat(6)} |`)} ${pad}${paint(severityColour(f.severity), carets)}`,
  ];
}

/** Human output: findings grouped by file, then errors and a one-line verdict per gate. */
export function renderText(run: RunReport, options: TextOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of run.gates.flatMap((g) => g.findings)) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint('bold', file));
    findings.sort(compareFindings);
    const ruleWidth = Math.min(28, Math.max(8, ...findings.map((f) => f.ruleId.length)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      out.push(
        `  ${where} ${paint(severityColour(f.severity), f.severity.padEnd(8))} ${f.ruleId.padEnd(ruleWidth)} ${f.message}`,
      );
      out.push(...codeFrame(f, paint));
    }
    out.push('');
  }
  for (const e of allErrors(run)) {
    out.push(`${paint('red', 'error')} ${gateErrorText(e)}`);
  }
  for (const g of run.gates) for (const n of g.notes) out.push(paint('gray', `note: ${n}`));
  for (const g of run.gates) {
    const counts = countBySeverity(g.findings);
    const verdict = g.errors.length
      ? paint('red', 'INCOMPLETE')
      : g.passed
        ? paint('green', 'PASSED')
        : paint('red', 'FAILED');
    const parts = Object.entries(counts)
      .filter(([k, v]) => k !== 'total' && k !== 'suppressed' && v)
      .map(([k, v]) => `${v} ${k}`);
    const suppressed = counts.suppressed ? `, ${counts.suppressed} suppressed` : '';
    const hidden = g.hidden ? `; ${g.hidden} below report-severity ${g.reportSeverity} not shown` : '';
    const why = g.failingHidden ? ' (failed on findings below report-severity)' : '';
    out.push(
      `${g.gate}: ${verdict} — ${counts.total} finding${counts.total === 1 ? '' : 's'}` +
        `${parts.length ? ` (${parts.join(', ')})` : ''}${suppressed}; fail-on ${g.failOn}${why}${hidden}` +
        `${g.errors.length ? `; ${g.errors.length} error${g.errors.length === 1 ? '' : 's'}` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}
