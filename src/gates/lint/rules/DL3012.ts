import type { LintRule } from '../rule.js';

/** DL3012: only the last HEALTHCHECK of a stage counts; earlier ones are dead and misleading. */
export const DL3012: LintRule = {
  meta: {
    id: 'DL3012',
    title: 'Multiple HEALTHCHECK instructions',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3012', 'trivy:DS-0023', 'buildkit:MultipleInstructionsDisallowed'],
  },
  check(ctx) {
    return ctx.stages.flatMap((s) =>
      s.instructions
        .filter((i) => i.keyword === 'HEALTHCHECK')
        .slice(1)
        .map((i) => ctx.finding(DL3012.meta, i, 'Multiple `HEALTHCHECK` instructions')),
    );
  },
};
