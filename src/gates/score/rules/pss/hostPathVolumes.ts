import { present, volumes } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

/** Baseline: hostPath volumes are forbidden. */
export const hostPathVolumes: PssCheck = {
  meta: pssMeta('hostPathVolumes', 'baseline', 'HostPath volumes', ['kubescape:C-0048']),
  checkId: 'hostPathVolumes',
  level: 'baseline',
  check: (w) =>
    volumes(w)
      .filter((v) => present(v.value.hostPath))
      .map((v) => ({
        path: [...v.path, 'hostPath'],
        message: `hostPath volume ${JSON.stringify(v.value.name)}`,
      })),
};
