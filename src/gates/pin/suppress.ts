import type { Finding } from '../../core/finding.js';
import { parseIgnorePragma, ruleListMatches, suppressWhere } from '../../core/suppress.js';

const COMMENT = /(?:^|\s)(#.*)$/;
const RATCHET_EXCLUDE = /#\s*ratchet:exclude\b/;

interface FilePragmas {
  file: string[];
  byLine: Map<number, { rules: string[]; why: string }[]>;
}

function collect(text: string): FilePragmas {
  const out: FilePragmas = { file: [], byLine: new Map() };
  const push = (line: number, rules: string[], why: string) =>
    out.byLine.set(line, [...(out.byLine.get(line) ?? []), { rules, why }]);
  text.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    const comment = COMMENT.exec(line)?.[1];
    if (!comment) return;
    if (RATCHET_EXCLUDE.test(comment)) push(n, ['all'], 'ratchet:exclude');
    const pragma = parseIgnorePragma(comment, ['portcullis']);
    if (!pragma) return;
    const why = pragma.reason ?? `portcullis ignore=${pragma.rules.join(',')}`;
    if (pragma.scope === 'file' || pragma.scope === 'global') out.file.push(...pragma.rules);
    else push(line.trimStart().startsWith('#') ? n + 1 : n, pragma.rules, why);
  });
  return out;
}

/**
 * Marks findings suppressed by `# portcullis ignore=PP001` (on the line, or alone on the line
 * before), `# portcullis file ignore=…`, and ratchet's `# ratchet:exclude` on the reference's
 * line (https://github.com/sethvargo/ratchet#excluding). Suppressed findings stay in the report.
 */
export function applyPinSuppressions(findings: Finding[], texts: ReadonlyMap<string, string>): void {
  const cache = new Map<string, FilePragmas>();
  suppressWhere(findings, (f) => {
    const text = texts.get(f.file);
    if (text === undefined) return false;
    if (!cache.has(f.file)) cache.set(f.file, collect(text));
    const p = cache.get(f.file)!;
    if (ruleListMatches(p.file, f.ruleId)) return 'portcullis file ignore';
    return (p.byLine.get(f.line) ?? []).find((e) => ruleListMatches(e.rules, f.ruleId))?.why ?? false;
  });
}
