import { findingAt, type PinRule } from '../check.js';
import { FULL_SHA } from '../types.js';

/** PP002: an action tag or branch can be moved by its owner; only a full commit SHA is immutable. */
export const PP002: PinRule = {
  meta: {
    id: 'PP002',
    title: 'Action is not pinned to a full commit SHA',
    severity: 'error',
    gate: 'pin',
    fixable: true,
    security: true,
    equivalents: ['scorecard:Pinned-Dependencies', 'zizmor:unpinned-uses', 'ratchet:lint'],
  },
  check(ctx) {
    if (!ctx.policy.requireDigest) return [];
    return ctx.refs
      .filter((r) => r.kind === 'action' && r.value !== undefined && !r.value.startsWith('./'))
      .filter((r) => !r.action || !FULL_SHA.test(r.action.ref))
      .map((r) =>
        findingAt(
          PP002.meta,
          r,
          r.action
            ? `action ${r.raw} is not pinned to a full-length commit SHA`
            : `action ${r.raw} has no @ref; pin it to a full-length commit SHA`,
        ),
      );
  },
};
