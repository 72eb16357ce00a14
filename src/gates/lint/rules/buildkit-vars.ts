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

/** Levenshtein distance, for BuildKit's "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest declared name, when one is near enough to be a typo. */
export function suggestion(name: string, declared: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const d of declared) {
    if (d === name) continue;
    const dist = d.toLowerCase() === name.toLowerCase() ? 0 : distance(d, name);
    if (dist < bestD && dist <= Math.min(2, Math.floor(d.length / 3))) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

/** True when every variable a stage could inherit is known: it is built from scratch or from such a stage. */
export function envFullyKnown(ctx: LintContext, stage: Stage | undefined, depth = 0): boolean {
  if (!stage || depth > ctx.stages.length) return false;
  const base = stage.image.toLowerCase();
  if (base === 'scratch') return true;
  const parent = ctx.stages.find((s) => s.index < stage.index && s.alias === base);
  return parent ? envFullyKnown(ctx, parent, depth + 1) : false;
}
