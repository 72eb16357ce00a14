import { findingAt, images, type PinRule } from '../check.js';

/** PP004: without a tag a reader cannot tell which version a digest is, and an unpinned ref means latest. */
export const PP004: PinRule = {
  meta: {
    id: 'PP004',
    title: 'Image has no tag',
    severity: 'warning',
    gate: 'pin',
    equivalents: ['hadolint:DL3006', 'trivy:DS-0001'],
  },
  check(ctx) {
    if (!ctx.policy.forbidLatest) return [];
    return images(ctx)
      .filter((r) => !r.image.tag)
      .map((r) =>
        findingAt(
          PP004.meta,
          r,
          r.image.digest
            ? `image ${r.raw} has a digest but no tag; keep the tag for readers (name:tag@sha256:…)`
            : `image ${r.raw} has no tag, so it means latest`,
        ),
      );
  },
};
