import { configMeta } from './meta.js';
import type { ConfigRule } from './types.js';

/** No `HEALTHCHECK`, or one that is `NONE`. */
export const PS105: ConfigRule = {
  meta: configMeta('PS105', 'The image has no HEALTHCHECK', 'low', ['trivy:DS-0026']),
  check(config) {
    const test = config.config?.Healthcheck?.Test;
    if (!test || test.length === 0 || test[0] === 'NONE')
      return [{ ruleId: 'PS105', message: 'the image defines no HEALTHCHECK' }];
    return [];
  },
};
