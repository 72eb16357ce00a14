import { list, type Violation } from '../../model.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** The container runtime's default capability set, the only ones baseline lets a container add. */
export const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** Baseline: adding capabilities beyond the default set (NET_RAW included) is disallowed. */
export const capabilities_baseline: PssCheck = {
  meta: pssMeta('capabilities_baseline', 'baseline', 'Capabilities beyond the default set', [
    'kubesec:CapSysAdmin',
  ]),
  checkId: 'capabilities_baseline',
  level: 'baseline',
  check(w) {
    const out: Violation[] = [];
    for (const c of w.containers)
      list(
        (c.value.securityContext as { capabilities?: { add?: unknown } } | undefined)?.capabilities?.add,
      ).forEach((cap, i) => {
        if (!DEFAULT_CAPABILITIES.has(cap as string))
          out.push({
            path: [...c.path, 'securityContext', 'capabilities', 'add', i],
            container: c.name,
            message: `container "${c.name}" must not include ${JSON.stringify(cap)} in securityContext.capabilities.add`,
          });
      });
    return out;
  },
};
