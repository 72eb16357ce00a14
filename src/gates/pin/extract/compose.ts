import type { Reference } from '../types.js';
import { entries, get, scalarRef, type YamlFile } from './yaml.js';

/** `services.<name>.image` of a Compose file (https://docs.docker.com/reference/compose-file/services/#image). */
export function extractCompose(y: YamlFile): Reference[] {
  return y.docs.flatMap((doc) =>
    entries(get(doc.contents, 'services')).flatMap(([, svc]) => {
      const ref = scalarRef(y, get(svc, 'image'), 'image', 'image');
      return ref ? [ref] : [];
    }),
  );
}
