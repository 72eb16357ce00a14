import type { Violation } from '../../model.js';
import { imageParts } from './image.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK011: an image without a digest can change under a running deployment. */
export const PK011: OwnRule = {
  meta: ownMeta('PK011', 'Image not pinned by digest', 'low', {
    equivalents: ['pin:PP001', 'checkov:CKV_K8S_43'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? []) {
      if (typeof c.value.image !== 'string') continue;
      const parts = imageParts(c.value.image);
      if (parts.digest || parts.invalid) continue;
      out.push({
        path: [...c.path, 'image'],
        container: c.name,
        message: `container "${c.name}" image ${c.value.image} is not pinned by digest`,
      });
    }
    return out;
  },
};
