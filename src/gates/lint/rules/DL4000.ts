import type { LintRule } from '../rule.js';

/** DL4000: MAINTAINER is deprecated; use `LABEL maintainer=…` (https://docs.docker.com/reference/dockerfile/#maintainer-deprecated). */
export const DL4000: LintRule = {
  meta: {
    id: 'DL4000',
    title: 'MAINTAINER is deprecated',
    severity: 'error',
    gate: 'lint',
    equivalents: [
      'hadolint:DL4000',
      'trivy:DS-0022',
      'checkov:CKV_DOCKER_6',
      'buildkit:MaintainerDeprecated',
    ],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.keyword === 'MAINTAINER')
      .map((i) => ctx.finding(DL4000.meta, { start: i.start, end: i.end }, 'MAINTAINER is deprecated'));
  },
};
