import { isJson } from '../../model.js';
import { podAndContainers } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** The SELinux types baseline allows (PSA 1.31+ adds container_engine_t). */
const ALLOWED_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);

/** Baseline: the SELinux type is restricted, and a custom user or role is forbidden. */
export const seLinuxOptions: PssCheck = {
  meta: pssMeta('seLinuxOptions', 'baseline', 'SELinux options'),
  checkId: 'seLinuxOptions',
  level: 'baseline',
  check: (w) =>
    podAndContainers(w, ['seLinuxOptions'], (o) => {
      if (!isJson(o)) return undefined;
      const why: string[] = [];
      const type = o.type ?? '';
      if (!ALLOWED_TYPES.has(type as string)) why.push(`type ${JSON.stringify(type)}`);
      if (typeof o.user === 'string' && o.user !== '') why.push('user may not be set');
      if (typeof o.role === 'string' && o.role !== '') why.push('role may not be set');
      return why.length ? `sets forbidden securityContext.seLinuxOptions: ${why.join('; ')}` : undefined;
    }),
};
