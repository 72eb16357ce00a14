import type { ObjectResult } from './evaluate.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The per-object table for a job summary (GitHub step summary, GitLab MR note): object, score,
 * criticals and the top advice. Rendered as the `markdown` format.
 */
export function objectTable(results: readonly ObjectResult[], adviceShown = 3): string {
  if (results.length === 0) return '';
  const rows = results.map((r) => {
    const advice = r.advise.slice(0, adviceShown).join(', ') + (r.advise.length > adviceShown ? ', …' : '');
    return `| ${cell(r.object)} | \`${cell(`${r.file}:${r.line}`)}\` | ${r.score} | ${r.critical.join(', ') || '–'} | ${advice || '–'} |`;
  });
  return [
    '| object | location | score | criticals | top advice |',
    '| --- | --- | ---: | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
