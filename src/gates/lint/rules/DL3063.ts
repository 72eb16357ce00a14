import type { LintRule } from '../rule.js';

/** DL3063: `scratch` and `context` have fixed meanings for BuildKit and cannot name a stage. */
export const DL3063: LintRule = {
  meta: {
    id: 'DL3063',
    title: 'Stage name should not be a reserved word',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3063', 'buildkit:ReservedStageName'],
  },
  check(ctx) {
    return ctx.stages
      .filter((s) => s.aliasWord && ['scratch', 'context'].includes(s.alias ?? ''))
      .map((s) => ctx.finding(DL3063.meta, s.aliasWord!, 'stage name should not be a reserved word'));
  },
};
