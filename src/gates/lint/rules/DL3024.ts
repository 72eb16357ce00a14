import type { LintRule } from '../rule.js';

/** DL3024: two stages with one name make `--from` and `--target` ambiguous. */
export const DL3024: LintRule = {
  meta: {
    id: 'DL3024',
    title: 'FROM aliases (stage names) must be unique',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'buildkit:DuplicateStageName'],
  },
  check(ctx) {
    const seen = new Set<string>();
    return ctx.stages.flatMap((s) => {
      if (!s.alias || !s.aliasWord) return [];
      const duplicate = seen.has(s.alias);
      seen.add(s.alias);
      return duplicate
        ? [ctx.finding(DL3024.meta, s.aliasWord, 'FROM aliases (stage names) must be unique')]
        : [];
    });
  },
};
