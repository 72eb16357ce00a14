import { eachContainer } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Baseline: privileged containers are disallowed. */
export const privileged: PssCheck = {
  meta: pssMeta('privileged', 'baseline', 'Privileged containers', ['kubesec:Privileged']),
  checkId: 'privileged',
  level: 'baseline',
  check: (w) =>
    eachContainer(w, ['privileged'], (v) =>
      v === true ? 'must not set securityContext.privileged=true' : undefined,
    ),
};
