import { findingAt, images, type PinRule } from '../check.js';

/** PP001: an image used by tag alone can change under the build without a commit. */
export const PP001: PinRule = {
  meta: {
    id: 'PP001',
    title: 'Image is not pinned by digest',
    severity: 'error',
    gate: 'pin',
    fixable: true,
    security: true,
    equivalents: ['scorecard:Pinned-Dependencies', 'ratchet:lint'],
  },
  check(ctx) {
    if (!ctx.policy.requireDigest) return [];
    return images(ctx)
      .filter((r) => !r.image.digest)
      .map((r) => findingAt(PP001.meta, r, `image ${r.raw} is not pinned by digest (use ${r.raw}@sha256:…)`));
  },
};
