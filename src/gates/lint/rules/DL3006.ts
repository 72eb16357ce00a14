import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';

/** DL3006: an untagged image means `latest`, which changes under the build. */
export const DL3006: LintRule = {
  meta: {
    id: 'DL3006',
    title: 'Always tag the version of an image explicitly',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3006', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
  },
  check(ctx) {
    const aliases = new Set<string>();
    return ctx.stages.flatMap((stage) => {
      const image = words(stage.from.args)[0];
      const name = stage.resolvedImage ?? stage.image;
      const exempt =
        !image ||
        stage.resolvedImage === undefined ||
        name.startsWith('$') ||
        name.toLowerCase() === 'scratch' ||
        stage.ref.tag !== undefined ||
        stage.ref.digest !== undefined ||
        aliases.has(name.toLowerCase());
      if (stage.alias) aliases.add(stage.alias);
      return exempt ? [] : [ctx.finding(DL3006.meta, image, 'Always tag the version of an image explicitly')];
    });
  },
};
