import { parseImage, words } from '../parse/index.js';
import type { Flag, LintRule } from '../rule.js';
import { dropQuotes, flag, mounts } from './util.js';

/** hadolint's registry patterns: `*`, `*.suffix`, `prefix*`, or an exact name. */
export function registryMatches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}

/** DL3026: images from registries outside the allow-list bypass the organisation's controls. */
export const DL3026: LintRule = {
  meta: {
    id: 'DL3026',
    title: 'Use only an allowed registry in the FROM image',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: ['hadolint:DL3026'],
  },
  check(ctx) {
    const allowed = ctx.settings.trustedRegistries;
    if (allowed.length === 0) return [];
    const aliases = new Set<string>();
    const ok = (image: string): boolean => {
      const name = dropQuotes(image);
      if (name.includes('$') || aliases.has(name.toLowerCase()) || name.toLowerCase() === 'scratch')
        return true;
      const ref = parseImage(name);
      if (ref.registry) return allowed.some((p) => registryMatches(p, ref.registry ?? ''));
      return allowed.some((p) => registryMatches(p, 'docker.io') || registryMatches(p, 'hub.docker.com'));
    };
    const message = 'Use only an allowed registry in the FROM image';
    const out = [];
    for (const i of ctx.instructions) {
      if (i.keyword === 'FROM') {
        const stage = ctx.stages[i.stage];
        const image = words(i.args)[0];
        if (image && !ok(stage?.resolvedImage ?? image.text))
          out.push(ctx.finding(DL3026.meta, image, message));
        if (stage?.alias) aliases.add(stage.alias);
      }
      const from: Flag | undefined = i.keyword === 'COPY' ? flag(i, 'from') : undefined;
      if (from?.value && !/^\d+$/.test(from.value) && !ok(from.value))
        out.push(ctx.finding(DL3026.meta, from, message));
      if (i.keyword === 'RUN') {
        const bad = mounts(i).some((m) => {
          const type = m.get('type');
          const source = m.get('from');
          return (type === 'cache' || type === 'bind') && source !== undefined && !ok(source);
        });
        const mountFlag = i.flags.find((f) => f.name === 'mount');
        if (bad && mountFlag) out.push(ctx.finding(DL3026.meta, mountFlag, message));
      }
    }
    return out;
  },
};
