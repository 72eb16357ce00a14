import { findingAt, type PinRule } from '../check.js';

/** PP009: the tag moved on, so the pin holds back updates (and the comment or tag now misleads). */
export const PP009: PinRule = {
  meta: {
    id: 'PP009',
    title: 'Pinned digest is stale: the tag now points elsewhere',
    severity: 'warning',
    gate: 'pin',
    fixable: true,
    equivalents: ['docker-lock:verify'],
  },
  check: (ctx) =>
    ctx.refs
      .filter((r) => r.staleness?.stale)
      .map((r) =>
        findingAt(PP009.meta, r, `${r.raw}: the tag now points to ${r.staleness?.current}`, {
          current: r.staleness?.current,
        }),
      ),
};
