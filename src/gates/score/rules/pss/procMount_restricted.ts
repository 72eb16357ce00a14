import { eachContainer } from './helpers.js';
import { unmaskedProcMount } from './procMount.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Restricted (PSA 1.35+): the default /proc masks are required even in a user namespace. */
export const procMount_restricted: PssCheck = {
  meta: pssMeta('procMount_restricted', 'restricted', 'Unmasked /proc mount'),
  checkId: 'procMount_restricted',
  level: 'restricted',
  overrides: ['procMount'],
  check: (w) => eachContainer(w, ['procMount'], unmaskedProcMount),
};
