import { type ChangedLines, type Finding, type RunReport, rank, touchedBy } from '../../core/index.js';
import { cell, type LinkContext, link } from './summary.js';

export interface CommentContext extends LinkContext {
  /** Identifies the comment to update: one per workflow and category. */
  marker: string;
  /** The pull request's changed lines; findings elsewhere are counted, not listed. */
  changed?: ChangedLines;
  pullNumber: number;
}

/** The hidden marker a sticky comment is found by. */
export function commentMarker(workflow: string, category: string): string {
  return `<!-- portcullis:sticky ${workflow.replace(/--/g, '-')} ${category.replace(/--/g, '-')} -->`;
}

function verdict(g: RunReport['gates'][number]): string {
  if (g.errors.length) return '⚠️ could not complete';
  return g.passed ? '✅ passed' : g.failingHidden ? '❌ failed (below report-severity)' : '❌ failed';
}

/**
 * The sticky pull request comment: a verdict per gate, then only the findings on lines the pull
 * request changed, most severe first, and a link to code scanning for the rest.
 */
export function commentMarkdown(run: RunReport, ctx: CommentContext, max = 30): string {
  const out = [
    ctx.marker,
    '### Portcullis',
    '',
    '| gate | verdict | findings | fail-on |',
    '| --- | --- | --- | --- |',
  ];
  for (const g of run.gates) {
    const open = g.findings.filter((f) => !f.suppressed).length;
    out.push(`| ${g.gate} | ${verdict(g)} | ${open} | ${g.failOn} |`);
  }
  const open = run.gates
    .flatMap((g) => g.findings.map((f) => ({ gate: g.gate, f })))
    .filter((x) => !x.f.suppressed);
  const onDiff = (f: Finding) => !ctx.changed || touchedBy(f, ctx.changed);
  const listed = open.filter((x) => onDiff(x.f)).sort((a, b) => rank(b.f.severity) - rank(a.f.severity));
  if (listed.length) {
    out.push('', '**On lines this pull request changes**', '', '| severity | rule | location | message |');
    out.push('| --- | --- | --- | --- |');
    for (const { gate, f } of listed.slice(0, max))
      out.push(`| ${f.severity} | ${gate}/${f.ruleId} | ${link(f, ctx)} | ${cell(f.message)} |`);
  } else {
    out.push('', 'No findings on the lines this pull request changes.');
  }
  const more = open.length - Math.min(listed.length, max);
  if (more > 0) {
    const base = ctx.serverUrl ?? 'https://github.com';
    const url = ctx.repository
      ? `${base}/${ctx.repository}/security/code-scanning?query=pr%3A${ctx.pullNumber}+is%3Aopen`
      : undefined;
    out.push('', url ? `${more} more in [code scanning](${url}).` : `${more} more in the SARIF report.`);
  }
  for (const e of run.gates.flatMap((g) => g.errors.map((x) => `${g.gate}: ${x.message}`)))
    out.push('', `> ⚠️ ${cell(e)}`);
  return `${out.join('\n')}\n`;
}
