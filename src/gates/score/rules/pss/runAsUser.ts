import { inUserNamespace, podAndContainers } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Restricted (PSA 1.23+): runAsUser=0 is forbidden, unless in a user namespace (PSA 1.35+). */
export const runAsUser: PssCheck = {
  meta: pssMeta('runAsUser', 'restricted', 'Running as UID 0'),
  checkId: 'runAsUser',
  level: 'restricted',
  check: (w) =>
    inUserNamespace(w)
      ? []
      : podAndContainers(w, ['runAsUser'], (v) => (v === 0 ? 'must not set runAsUser=0' : undefined)),
};
