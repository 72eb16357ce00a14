import { at, list, type Violation } from '../../model.js';
import { capabilityName } from '../capabilities.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** Capabilities that break isolation like SYS_ADMIN does (which Kubesec's CapSysAdmin covers). */
export const DANGEROUS_CAPABILITIES = new Set([
  'ALL',
  'BPF',
  'DAC_READ_SEARCH',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'NET_ADMIN',
  'NET_RAW',
  'PERFMON',
  'SYS_BOOT',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_TIME',
  'SYSLOG',
]);

/** PK014: a container adds a capability that allows escape or spying beyond SYS_ADMIN. */
export const PK014: OwnRule = {
  meta: ownMeta('PK014', 'Dangerous capability added', 'high', {
    equivalents: ['psa:capabilities_baseline', 'kubescape:C-0046', 'polaris:dangerousCapabilities'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? [])
      list(at(c.value, ['securityContext', 'capabilities', 'add'])).forEach((cap, i) => {
        if (DANGEROUS_CAPABILITIES.has(capabilityName(cap)))
          out.push({
            path: [...c.path, 'securityContext', 'capabilities', 'add', i],
            container: c.name,
            message: `container "${c.name}" adds capability ${String(cap)}`,
          });
      });
    return out;
  },
};
