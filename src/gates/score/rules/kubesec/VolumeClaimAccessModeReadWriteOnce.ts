import { at, type Json } from '../../model.js';
import { goFormat } from './helpers.js';
import type { KubesecRule } from './types.js';
import { kubesecMeta } from './types.js';
import { claimTemplates, claimViolations } from './volume-claims.js';

const SINGLE_NODE = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);

/** VolumeClaimAccessModeReadWriteOnce (+1): only one node may mount each persistent volume. */
export const VolumeClaimAccessModeReadWriteOnce: KubesecRule = {
  meta: kubesecMeta('VolumeClaimAccessModeReadWriteOnce', 'Volume claim templates are ReadWriteOnce', 1),
  points: 1,
  selector: '.spec .volumeClaimTemplates[] .spec .accessModes | index("ReadWriteOnce")',
  reason:
    'Setting the access mode of ReadWriteOnce on volumeClaimTemplates (if any exist) allows only one node to mount the persistentVolume',
  kinds: ['StatefulSet'],
  count(doc: Json) {
    const templates = claimTemplates(doc);
    if (templates.length === 0) return 1;
    // Kubesec matches the printed `accessModes:[ReadWriteOnce]`, i.e. exactly that one mode.
    return templates.some((t) => goFormat(t.spec.accessModes) === '[ReadWriteOnce]') ? 1 : 0;
  },
  violations: (s) =>
    claimViolations(
      s,
      (spec) => {
        const modes = at(spec, ['accessModes']);
        return Array.isArray(modes) && modes.length > 0 && modes.every((m) => SINGLE_NODE.has(m as string));
      },
      ['accessModes'],
      'does not limit accessModes to ReadWriteOnce',
    ),
};
