import { type Finding, type RunReport, rank } from '../../core/index.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: {
    title: string;
    file: string;
    startLine: number;
    endLine: number;
    startColumn?: number;
    endColumn?: number;
  };
}

function level(f: Finding): Annotation['level'] {
  const r = rank(f.severity);
  return r >= 5 ? 'error' : r >= 4 ? 'warning' : 'notice';
}

/**
 * Turns findings into workflow annotations, most severe first, capped so that a noisy run
 * stays readable (GitHub shows only a few per step). Columns are sent only for one-line
 * ranges, as the runner requires.
 */
export function annotations(run: RunReport, max: number): { list: Annotation[]; omitted: number } {
  const findings = run.gates
    .flatMap((g) => g.findings)
    .filter((f) => !f.suppressed)
    .sort((a, b) => rank(b.severity) - rank(a.severity));
  const list = findings.slice(0, Math.max(0, max)).map((f) => {
    const oneLine = f.line === f.endLine;
    return {
      level: level(f),
      message: f.message,
      properties: {
        title: `${f.ruleId} (${f.severity})`,
        file: f.file,
        startLine: f.line,
        endLine: Math.max(f.line, f.endLine),
        ...(oneLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
      },
    };
  });
  return { list, omitted: findings.length - list.length };
}
