import { at, isJson, list, type Violation } from '../../model.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** The namespaced, isolated sysctls baseline allows (PSA 1.37 list). */
export const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_notsent_lowat',
]);

/** Baseline: only the safe sysctls may be set. */
export const sysctls: PssCheck = {
  meta: pssMeta('sysctls', 'baseline', 'Unsafe sysctls'),
  checkId: 'sysctls',
  level: 'baseline',
  check(w) {
    const out: Violation[] = [];
    list(at(w.spec, ['securityContext', 'sysctls'])).forEach((s, i) => {
      const name = isJson(s) ? s.name : undefined;
      if (!SAFE_SYSCTLS.has(name as string))
        out.push({
          path: [...w.specPath, 'securityContext', 'sysctls', i, 'name'],
          message: `forbidden sysctl ${String(name)}`,
        });
    });
    return out;
  },
};
