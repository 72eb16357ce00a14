import { findingAt, type PinRule } from '../check.js';

/** PP011: text in an image position that is not a valid reference cannot be pulled or checked. */
export const PP011: PinRule = {
  meta: {
    id: 'PP011',
    title: 'Invalid image reference',
    severity: 'error',
    gate: 'pin',
    equivalents: [],
  },
  check: (ctx) =>
    ctx.refs
      .filter((r) => r.invalid !== undefined)
      .map((r) => findingAt(PP011.meta, r, `${r.raw} is not a valid image reference: ${r.invalid}`)),
};
