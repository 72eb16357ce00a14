import { at, list, type Violation } from '../../model.js';
import { isWindows } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Restricted: drop ALL, and add nothing but NET_BIND_SERVICE (Windows pods exempt, PSA 1.25+). */
export const capabilities_restricted: PssCheck = {
  meta: pssMeta('capabilities_restricted', 'restricted', 'Capabilities not dropped', ['kubesec:CapDropAll']),
  checkId: 'capabilities_restricted',
  level: 'restricted',
  overrides: ['capabilities_baseline'],
  check(w) {
    if (isWindows(w)) return [];
    const out: Violation[] = [];
    for (const c of w.containers) {
      const caps = ['securityContext', 'capabilities'];
      if (!list(at(c.value, [...caps, 'drop'])).includes('ALL'))
        out.push({
          path: [...c.path, ...caps, 'drop'],
          container: c.name,
          message: `container "${c.name}" must set securityContext.capabilities.drop=["ALL"]`,
        });
      list(at(c.value, [...caps, 'add'])).forEach((cap, i) => {
        if (cap !== 'NET_BIND_SERVICE')
          out.push({
            path: [...c.path, ...caps, 'add', i],
            container: c.name,
            message: `container "${c.name}" must not include ${JSON.stringify(cap)} in securityContext.capabilities.add`,
          });
      });
    }
    return out;
  },
};
