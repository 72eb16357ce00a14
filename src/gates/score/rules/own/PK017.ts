import type { Violation } from '../../model.js';
import { imageParts } from './image.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK017: a mutable tag without `imagePullPolicy: Always` may run a stale or different image per node. */
export const PK017: OwnRule = {
  meta: ownMeta('PK017', 'imagePullPolicy is not Always for a mutable tag', 'low', {
    equivalents: ['checkov:CKV_K8S_15', 'polaris:pullPolicyNotAlways'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? []) {
      if (typeof c.value.image !== 'string') continue;
      const parts = imageParts(c.value.image);
      if (parts.digest || parts.invalid) continue;
      if (c.value.imagePullPolicy === 'Always') continue;
      const set = c.value.imagePullPolicy !== undefined;
      out.push({
        path: [...c.path, ...(set ? ['imagePullPolicy'] : [])],
        container: c.name,
        message: `container "${c.name}" pulls a mutable tag with imagePullPolicy ${set ? String(c.value.imagePullPolicy) : 'unset'}`,
      });
    }
    return out;
  },
};
