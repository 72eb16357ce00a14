import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';

/** DL3007: `:latest` moves; a release tag (or a digest) says what was tested. */
export const DL3007: LintRule = {
  meta: {
    id: 'DL3007',
    title: 'Do not use the latest tag',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) => {
      const image = words(stage.from.args)[0];
      if (!image || stage.ref.tag !== 'latest' || stage.ref.digest) return [];
      return [
        ctx.finding(
          DL3007.meta,
          image,
          'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
        ),
      ];
    });
  },
};
