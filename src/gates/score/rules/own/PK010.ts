import type { Violation } from '../../model.js';
import { imageParts } from './image.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** PK010: `:latest`, or no tag at all, runs whatever was pushed last. */
export const PK010: OwnRule = {
  meta: ownMeta('PK010', 'Image uses latest or no tag', 'medium', {
    equivalents: ['pin:PP003', 'kube-score:container-image-tag', 'checkov:CKV_K8S_14'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? []) {
      if (typeof c.value.image !== 'string') continue;
      const { tag, digest, invalid } = imageParts(c.value.image);
      if (invalid || digest || (tag !== undefined && tag !== 'latest')) continue;
      out.push({
        path: [...c.path, 'image'],
        container: c.name,
        message: `container "${c.name}" image ${c.value.image} ${tag ? 'uses :latest' : 'has no tag (means :latest)'}`,
      });
    }
    return out;
  },
};
