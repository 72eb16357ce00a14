import type { LintRule } from '../rule.js';
import { pairs } from './helpers-b.js';

/** True when `text` references `$name` or `${name}` (not `$nameMore`). */
function references(text: string, name: string): boolean {
  if (text.includes('${' + name + '}')) return true;
  const bare = '$' + name;
  let at = text.indexOf(bare);
  while (at >= 0) {
    if (!/[A-Za-z0-9_]/.test(text[at + bare.length] ?? '')) return true;
    at = text.indexOf(bare, at + 1);
  }
  return false;
}

/**
 * DL3044: `ENV A=1 B=$A` expands `$A` before this ENV sets it
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement).
 */
export const DL3044: LintRule = {
  meta: {
    id: 'DL3044',
    title: 'Do not refer to an environment variable within the same `ENV` statement where it is defined',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3044'],
  },
  check(ctx) {
    const known = new Set<string>();
    const out = [];
    for (const instr of ctx.instructions) {
      if (instr.keyword === 'ARG') for (const kv of pairs(instr)) known.add(kv.key);
      if (instr.keyword !== 'ENV') continue;
      const kvs = pairs(instr);
      const bad = kvs.find(
        (kv, i) =>
          !known.has(kv.key) && kvs.some((other, j) => j !== i && references(other.value ?? '', kv.key)),
      );
      if (bad) {
        const user = kvs.find((other) => other !== bad && references(other.value ?? '', bad.key))!;
        out.push(
          ctx.finding(
            DL3044.meta,
            user,
            'Do not refer to an environment variable within the same `ENV` statement where it is defined.',
          ),
        );
      }
      for (const kv of kvs) known.add(kv.key);
    }
    return out;
  },
};
