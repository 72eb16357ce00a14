import { findingAt, type PinRule } from '../check.js';

/** PP010: a pinned digest the registry no longer has makes every build fail. */
export const PP010: PinRule = {
  meta: {
    id: 'PP010',
    title: 'Pinned digest does not exist in the registry',
    severity: 'error',
    gate: 'pin',
    equivalents: [],
  },
  check: (ctx) =>
    ctx.refs
      .filter((r) => r.staleness?.missing)
      .map((r) => findingAt(PP010.meta, r, `${r.raw}: the registry has no manifest with this digest`)),
};
