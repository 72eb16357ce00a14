import { findingAt, type PinRule } from '../check.js';

/** PP008: a reference built from variables cannot be checked here; it is named so nobody assumes it was. */
export const PP008: PinRule = {
  meta: {
    id: 'PP008',
    title: 'Reference contains a variable and cannot be checked',
    severity: 'info',
    gate: 'pin',
    equivalents: ['renovate:contains-variable'],
  },
  check: (ctx) =>
    ctx.refs
      .filter((r) => r.value === undefined)
      .map((r) =>
        findingAt(
          PP008.meta,
          r,
          `${r.kind} reference ${r.raw} depends on ${(r.unresolved ?? []).map((v) => `$${v}`).join(', ')} and was not checked`,
          { unresolved: r.unresolved },
        ),
      ),
};
