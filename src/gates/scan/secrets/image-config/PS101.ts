import { configMeta } from './meta.js';
import type { ConfigRule } from './types.js';

/** The image runs as root: no `USER`, or `USER root`/`0`. */
export const PS101: ConfigRule = {
  meta: configMeta('PS101', 'The image runs as root (USER unset or root)', 'medium', [
    'trivy:DS-0002',
    'hadolint:DL3002',
  ]),
  check(config) {
    const user = (config.config?.User ?? '').trim();
    const name = user.split(':')[0] ?? '';
    if (name === '' || name === 'root' || name === '0')
      return [
        {
          ruleId: 'PS101',
          message: user === '' ? 'the image sets no USER, so it runs as root' : `the image runs as ${user}`,
        },
      ];
    return [];
  },
};
