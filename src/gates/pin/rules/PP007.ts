import type { PinRule } from '../check.js';
import { lifecycleFindings } from './lifecycle.js';

/** PP007: a release close to end of life needs an upgrade planned now. */
export const PP007: PinRule = {
  meta: {
    id: 'PP007',
    title: 'Image release nears end of life',
    severity: 'warning',
    gate: 'pin',
    equivalents: [],
  },
  check: (ctx) =>
    lifecycleFindings(
      PP007.meta,
      ctx,
      'near',
      (label, s) => `${label} reaches end of life on ${s.date} (in ${s.daysLeft} days)`,
    ),
};
