import type { Violation } from '../../model.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** Kinds whose pods run to completion, where probes do not apply. */
const BATCH = new Set(['Job', 'CronJob', 'ScaledJob']);

/** PK018 (advisory): a long-running container without liveness and readiness probes. */
export const PK018: OwnRule = {
  meta: ownMeta('PK018', 'Container has no liveness or readiness probe', 'info', {
    security: false,
    equivalents: ['kube-score:container-probes', 'polaris:livenessProbeMissing', 'checkov:CKV_K8S_8'],
  }),
  check(s) {
    if (!s.workload || BATCH.has(s.object.kind)) return [];
    const out: Violation[] = [];
    for (const c of s.workload.containers) {
      if (c.list !== 'containers') continue;
      const missing = ['livenessProbe', 'readinessProbe'].filter(
        (p) => c.value[p] === undefined || c.value[p] === null,
      );
      if (missing.length)
        out.push({
          path: [...c.path, missing[0]],
          container: c.name,
          message: `container "${c.name}" has no ${missing.join(' or ')}`,
        });
    }
    return out;
  },
};
