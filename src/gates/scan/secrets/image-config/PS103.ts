import { SECRET_RULES } from '../rules/index.js';
import { mask } from '../scan.js';
import { configMeta, isPlaceholder, SECRET_NAME } from './meta.js';
import type { ConfigRule } from './types.js';

/** A secret in an `ENV` value: it ships in the config of every copy of the image. */
export const PS103: ConfigRule = {
  meta: configMeta('PS103', 'An ENV value in the image config holds a secret', 'high', ['trivy:DS-0031']),
  check(config) {
    return (config.config?.Env ?? []).flatMap((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      const token = SECRET_RULES.find(
        (r) =>
          !r.path &&
          r.keywords.some((k) => value.toLowerCase().includes(k)) &&
          new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')).test(value),
      );
      if (token)
        return [{ ruleId: 'PS103', message: `ENV ${name} holds a ${token.meta.title} (${mask(value)})` }];
      if (SECRET_NAME.test(name) && !isPlaceholder(value))
        return [{ ruleId: 'PS103', message: `ENV ${name} is set to a literal value (${mask(value)})` }];
      return [];
    });
  },
};
