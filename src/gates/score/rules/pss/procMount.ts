import { eachContainer, inUserNamespace, present } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

export const unmaskedProcMount = (v: unknown) =>
  present(v) && v !== 'Default'
    ? `must not set securityContext.procMount to ${JSON.stringify(v)}`
    : undefined;

/** Baseline: the default /proc masks are required, unless the pod is in a user namespace (PSA 1.35+). */
export const procMount: PssCheck = {
  meta: pssMeta('procMount', 'baseline', 'Unmasked /proc mount'),
  checkId: 'procMount',
  level: 'baseline',
  check: (w) => (inUserNamespace(w) ? [] : eachContainer(w, ['procMount'], unmaskedProcMount)),
};
