import type { LintRule } from '../rule.js';

/**
 * DL4000: MAINTAINER is deprecated; `LABEL maintainer=…` replaces it
 * (https://docs.docker.com/reference/dockerfile/#maintainer-deprecated).
 */
export const DL4000: LintRule = {
  meta: {
    id: 'DL4000',
    title: 'MAINTAINER is deprecated',
    severity: 'error',
    gate: 'lint',
    fixable: true,
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
      .map((i) => {
        const value = i.args.text.trim();
        const single = !ctx.dockerfile.text.slice(i.start, i.end).includes('\n') && value !== '';
        const quoted = `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;
        const label = i.keywordText === i.keywordText.toLowerCase() ? 'label' : 'LABEL';
        const fix = single
          ? ctx.fix('use LABEL maintainer', [
              { start: i.start, end: i.end, newText: `${label} maintainer=${quoted}` },
            ])
          : undefined;
        return ctx.finding(DL4000.meta, { start: i.start, end: i.end }, 'MAINTAINER is deprecated', { fix });
      });
  },
};
