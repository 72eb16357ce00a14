import { findingAt, images, type PinRule } from '../check.js';
import { registryMatches } from '../patterns.js';

/** PP005: images from a registry outside the allow-list bypass the team's vetting and mirrors. */
export const PP005: PinRule = {
  meta: {
    id: 'PP005',
    title: 'Image is not from a trusted registry',
    severity: 'error',
    gate: 'pin',
    security: true,
    equivalents: ['hadolint:DL3026'],
  },
  check(ctx) {
    const allowed = ctx.policy.allowedRegistries;
    if (allowed.length === 0) return [];
    return images(ctx)
      .filter((r) => !allowed.some((p) => registryMatches(p, r.image.registry, r.image.repository)))
      .map((r) =>
        findingAt(
          PP005.meta,
          r,
          `image ${r.raw} is from ${r.image.registry}, which is not in allowed-registries (${allowed.join(', ')})`,
          { registry: r.image.registry },
        ),
      );
  },
};
