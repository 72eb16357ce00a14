import { podAndContainers } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Baseline: Windows HostProcess containers are disallowed. */
export const windowsHostProcess: PssCheck = {
  meta: pssMeta('windowsHostProcess', 'baseline', 'Windows HostProcess'),
  checkId: 'windowsHostProcess',
  level: 'baseline',
  check: (w) =>
    podAndContainers(w, ['windowsOptions', 'hostProcess'], (v) =>
      v === true ? 'must not set securityContext.windowsOptions.hostProcess=true' : undefined,
    ),
};
