import { at, type Json } from '../../model.js';
import type { KubesecRule } from './types.js';
import { kubesecMeta } from './types.js';
import { claimTemplates, claimViolations } from './volume-claims.js';

const storage = (spec: Json) => at(spec, ['resources', 'requests', 'storage']);

/** VolumeClaimRequestsStorage (+1): sized claims bind to appropriately sized volumes. */
export const VolumeClaimRequestsStorage: KubesecRule = {
  meta: kubesecMeta('VolumeClaimRequestsStorage', 'Volume claim templates request storage', 1),
  points: 1,
  selector: '.spec .volumeClaimTemplates[] .spec .resources .requests .storage',
  reason:
    "Setting a storage request on volumeClaimTemplates (if any exist) allows for the StatefulSet's PVCs to be bound to appropriately sized PVs.",
  kinds: ['StatefulSet'],
  count(doc: Json) {
    const templates = claimTemplates(doc);
    if (templates.length === 0) return 1;
    return templates.filter((t) => storage(t.spec) !== undefined).length;
  },
  violations: (s) =>
    claimViolations(
      s,
      (spec) => storage(spec) !== undefined && storage(spec) !== null,
      ['resources', 'requests', 'storage'],
      'does not request storage',
    ),
};
