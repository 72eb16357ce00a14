import type { PinRule } from '../check.js';
import { lifecycleFindings } from './lifecycle.js';

/** PP006: a release past end of life gets no security fixes. */
export const PP006: PinRule = {
  meta: {
    id: 'PP006',
    title: 'Image release is end of life',
    severity: 'error',
    gate: 'pin',
    security: true,
    equivalents: ['trivy:EOSL'],
  },
  check: (ctx) =>
    lifecycleFindings(PP006.meta, ctx, 'eol', (label, s) =>
      s.date ? `${label} reached end of life on ${s.date}` : `${label} is end of life`,
    ),
};
