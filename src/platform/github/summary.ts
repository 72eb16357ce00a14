import { countBySeverity, type Finding, gateErrorText, type RunReport, rank } from '../../core/index.js';

export interface LinkContext {
  serverUrl?: string;
  repository?: string;
  sha?: string;
}

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function link(f: Finding, ctx: LinkContext): string {
  const where = `${f.file}:${f.line}`;
  if (!ctx.repository || !ctx.sha) return `\`${cell(where)}\``;
  const base = ctx.serverUrl ?? 'https://github.com';
  return `[${cell(where)}](${base}/${ctx.repository}/blob/${ctx.sha}/${encodeURI(f.file)}#L${f.line})`;
}

/**
 * The job summary: a verdict and severity table per gate, then the most severe findings
 * with links to their lines. Pure: returns markdown for `core.summary.addRaw`.
 */
export function summaryMarkdown(run: RunReport, ctx: LinkContext, topN = 20): string {
  const out: string[] = [];
  for (const g of run.gates) {
    const counts = countBySeverity(g.findings);
    const verdict = g.errors.length ? '⚠️ could not complete' : g.passed ? '✅ passed' : '❌ failed';
    out.push(`### portcullis ${g.gate}: ${verdict}`, '');
    const sevs = Object.keys(counts).filter((k) => k !== 'total' && k !== 'suppressed');
    out.push(
      '| fail-on | findings | ' + sevs.join(' | ') + (sevs.length ? ' | ' : '') + 'suppressed | errors |',
    );
    out.push('|' + ' --- |'.repeat(sevs.length + 4));
    out.push(
      `| ${g.failOn} | ${counts.total} | ${sevs.map((s) => counts[s as keyof typeof counts]).join(' | ')}${sevs.length ? ' | ' : ''}${counts.suppressed} | ${g.errors.length} |`,
    );
    out.push('');
    for (const e of g.errors) out.push(`- ⚠️ ${cell(gateErrorText(e))}`);
    const top = g.findings
      .filter((f) => !f.suppressed)
      .sort((a, b) => rank(b.severity) - rank(a.severity))
      .slice(0, topN);
    if (top.length) {
      out.push('', '| severity | rule | location | message |', '| --- | --- | --- | --- |');
      for (const f of top) out.push(`| ${f.severity} | ${f.ruleId} | ${link(f, ctx)} | ${cell(f.message)} |`);
      const rest = counts.total - top.length;
      if (rest > 0) out.push('', `…and ${rest} more in the SARIF report.`);
    }
    // A gate's own summary section, e.g. score's table of objects and their scores.
    const own = g.render.markdown?.();
    if (own) out.push('', own.trimEnd());
    for (const n of g.notes) out.push('', `> ${cell(n)}`);
    out.push('');
  }
  return out.join('\n');
}
