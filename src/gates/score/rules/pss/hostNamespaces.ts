import type { Violation } from '../../model.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Baseline: sharing the host network, PID and IPC namespaces is disallowed. */
export const hostNamespaces: PssCheck = {
  meta: pssMeta('hostNamespaces', 'baseline', 'Host namespaces', [
    'kubesec:HostNetwork',
    'kubesec:HostPID',
    'kubesec:HostIPC',
  ]),
  checkId: 'hostNamespaces',
  level: 'baseline',
  check(w) {
    const out: Violation[] = [];
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
      if (w.spec[key] === true) out.push({ path: [...w.specPath, key], message: `${key}=true` });
    return out;
  },
};
