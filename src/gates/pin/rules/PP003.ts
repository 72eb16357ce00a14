import { findingAt, images, type PinRule } from '../check.js';

/** PP003: `:latest` tells a reader nothing about the version, even when a digest pins it. */
export const PP003: PinRule = {
  meta: {
    id: 'PP003',
    title: 'Image uses the latest tag',
    severity: 'warning',
    gate: 'pin',
    equivalents: ['hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7'],
  },
  check(ctx) {
    if (!ctx.policy.forbidLatest) return [];
    return images(ctx)
      .filter((r) => r.image.tag === 'latest')
      .map((r) => findingAt(PP003.meta, r, `image ${r.raw} uses the latest tag; name the version`));
  },
};
