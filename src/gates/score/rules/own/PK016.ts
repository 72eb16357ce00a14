import { isJson, list, type Violation } from '../../model.js';
import type { OwnRule } from './types.js';
import { ownMeta } from './types.js';

/** Names that end in a secret word: `DB_PASSWORD`, `GITHUB_TOKEN`, not `PASSWORD_FILE`. */
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)$/i;

/** PK016: an environment variable named like a secret whose value is written in the manifest. */
export const PK016: OwnRule = {
  meta: ownMeta('PK016', 'Secret written into an environment variable', 'medium', {
    equivalents: ['kubescape:C-0012', 'polaris:sensitiveContainerEnvVar'],
  }),
  check(s) {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? [])
      list(c.value.env).forEach((e, i) => {
        if (
          isJson(e) &&
          typeof e.name === 'string' &&
          SECRET_NAME.test(e.name) &&
          typeof e.value === 'string' &&
          e.value !== ''
        )
          out.push({
            path: [...c.path, 'env', i, 'value'],
            container: c.name,
            message: `container "${c.name}" sets ${e.name} in plain text (mount it from a Secret instead)`,
          });
      });
    return out;
  },
};
