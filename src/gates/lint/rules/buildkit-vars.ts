import { expand } from '../parse/vars.js';
import type { Instr, LintContext, Stage } from '../rule.js';

/** Instructions whose arguments BuildKit expands itself (https://docs.docker.com/reference/dockerfile/#environment-replacement). */
export const EXPANDED = new Set([
  'ADD',
  'COPY',
  'ENV',
  'EXPOSE',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
  'ARG',
]);

/** Each `$name` / `${name…}` reference in an instruction's first line with its file offsets. */
export function references(instr: Instr, escapeChar: string): { name: string; start: number; end: number }[] {
  const text = instr.args.text.split('\n')[0];
  const out = [];
  const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && text[m.index - 1] === escapeChar) continue;
    const start = instr.args.offsets[m.index];
    out.push({ name: m[1], start, end: start + m[0].length + (m[0][1] === '{' ? 1 : 0) });
  }
  return out;
}

/** Names an instruction expands that have no ARG or ENV in scope. */
export function undefinedIn(instr: Instr, escapeChar: string): string[] {
  return expand(instr.args.text.split('\n')[0], instr.scope, escapeChar).undefinedNames;
}

/**
 * Edit distance; with `transpositions`, swapping two neighbours costs one (optimal string
 * alignment), which is how typos like `PAHT` relate to `PATH`.
 */
export function distance(a: string, b: string, transpositions = false): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_r, i) =>
    Array.from({ length: b.length + 1 }, (_c, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** BuildKit's "did you mean" (util/suggest): the nearest name within an edit distance of 2. */
export function suggestion(name: string, declared: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const d of declared) {
    if (d === name) return undefined;
    // The distance is at least the difference in length: no need to compute it when that is too far.
    if (Math.abs(d.length - name.length) >= bestD) continue;
    const dist = distance(name, d);
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

/** True when `name` is most likely a mistyped `declared`: one edit (or swap) away, two for long names. */
export function likelyTypo(name: string, declared: string): boolean {
  return distance(name, declared, true) <= (Math.min(name.length, declared.length) >= 6 ? 2 : 1);
}

/** True when every variable a stage could inherit is known: it is built from scratch or from such a stage. */
export function envFullyKnown(ctx: LintContext, stage: Stage | undefined, depth = 0): boolean {
  if (!stage || depth > ctx.stages.length) return false;
  const base = stage.image.toLowerCase();
  if (base === 'scratch') return true;
  const parent = ctx.stages.find((s) => s.index < stage.index && s.alias === base);
  return parent ? envFullyKnown(ctx, parent, depth + 1) : false;
}
