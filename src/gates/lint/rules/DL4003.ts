import type { LintRule } from '../rule.js';

/** DL4003: only the last CMD of a stage takes effect, so earlier ones mislead readers. */
export const DL4003: LintRule = {
  meta: {
    id: 'DL4003',
    title: 'Multiple `CMD` instructions found',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL4003', 'trivy:DS-0016', 'buildkit:MultipleInstructionsDisallowed'],
  },
  check(ctx) {
    const out = [];
    let seen = false;
    for (const i of ctx.instructions) {
      if (i.keyword === 'FROM') seen = false;
      if (i.keyword !== 'CMD') continue;
      if (seen)
        out.push(
          ctx.finding(
            DL4003.meta,
            { start: i.start, end: i.end },
            'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
          ),
        );
      seen = true;
    }
    return out;
  },
};
