import { volumes } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

const ALLOWED = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

/**
 * Restricted: only the listed inline volume types. A volume that names no type at all is
 * defaulted to `emptyDir` by the API server before admission, so it is allowed.
 */
export const restrictedVolumes: PssCheck = {
  meta: pssMeta('restrictedVolumes', 'restricted', 'Restricted volume types'),
  checkId: 'restrictedVolumes',
  level: 'restricted',
  overrides: ['hostPathVolumes'],
  check: (w) =>
    volumes(w).flatMap((v) => {
      const types = Object.keys(v.value).filter(
        (k) => k !== 'name' && v.value[k] !== null && v.value[k] !== undefined,
      );
      if (types.length === 0 || types.some((t) => ALLOWED.includes(t))) return [];
      return [
        {
          path: [...v.path, types[0]],
          message: `volume ${JSON.stringify(v.value.name)} uses restricted volume type ${types[0]}`,
        },
      ];
    }),
};
