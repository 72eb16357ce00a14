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

function annotation(f: Finding): Annotation {
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
}

/**
 * Turns findings into workflow annotations, capped at `max` per gate and keeping the most
 * severe, so that a noisy gate neither floods the pull request nor hides another gate's
 * findings. Columns are sent only for one-line ranges, as the runner requires.
 */
export function annotations(run: RunReport, max: number): { list: Annotation[]; omitted: number } {
  let omitted = 0;
  const kept: Finding[] = [];
  for (const g of run.gates) {
    const open = g.findings.filter((f) => !f.suppressed).sort((a, b) => rank(b.severity) - rank(a.severity));
    kept.push(...open.slice(0, Math.max(0, max)));
    omitted += Math.max(0, open.length - Math.max(0, max));
  }
  const list = kept.sort((a, b) => rank(b.severity) - rank(a.severity)).map(annotation);
  return { list, omitted };
}
