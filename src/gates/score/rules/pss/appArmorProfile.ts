import { isJson, type Violation } from '../../model.js';
import { podAndContainers } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

const allowedAnnotation = (v: unknown) =>
  v === '' || v === 'runtime/default' || (typeof v === 'string' && v.startsWith('localhost/'));

/** Baseline: AppArmor may not be overridden except to RuntimeDefault or a Localhost profile. */
export const appArmorProfile: PssCheck = {
  meta: pssMeta('appArmorProfile', 'baseline', 'AppArmor profile overridden', ['kubesec:ApparmorUnconfined']),
  checkId: 'appArmorProfile',
  level: 'baseline',
  check(w) {
    const out: Violation[] = podAndContainers(w, ['appArmorProfile'], (p) => {
      const type = isJson(p) ? p.type : undefined;
      return type === 'RuntimeDefault' || type === 'Localhost'
        ? undefined
        : `must not set securityContext.appArmorProfile.type to ${JSON.stringify(type ?? '')}`;
    });
    const annotations = isJson(w.podMeta.annotations) ? w.podMeta.annotations : {};
    for (const [key, value] of Object.entries(annotations))
      if (key.startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(value))
        out.push({
          path: [...w.podMetaPath, 'annotations', key],
          message: `forbidden AppArmor annotation ${key}=${JSON.stringify(value)}`,
        });
    return out;
  },
};
