import type { LintRule } from '../rule.js';

/** DL4004: only the last ENTRYPOINT of a stage takes effect, so earlier ones mislead readers. */
export const DL4004: LintRule = {
  meta: {
    id: 'DL4004',
    title: 'Multiple `ENTRYPOINT` instructions found',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL4004', 'trivy:DS-0007', 'buildkit:MultipleInstructionsDisallowed'],
  },
  check(ctx) {
    const out = [];
    let seen = false;
    for (const i of ctx.instructions) {
      if (i.keyword === 'FROM') seen = false;
      if (i.keyword !== 'ENTRYPOINT') continue;
      if (seen)
        out.push(
          ctx.finding(
            DL4004.meta,
            { start: i.start, end: i.end },
            'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
          ),
        );
      seen = true;
    }
    return out;
  },
};
