import type { LintRule } from '../rule.js';
import { pairs } from './helpers-b.js';
import { isSecretName } from './secret-names.js';

/**
 * DL3064: ARG and ENV values stay in the image config and history
 * (https://docs.docker.com/build/building/secrets/); use `RUN --mount=type=secret` instead.
 */
export const DL3064: LintRule = {
  meta: {
    id: 'DL3064',
    title: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
    severity: 'warning',
    gate: 'lint',
    security: true,
    equivalents: ['hadolint:DL3064', 'buildkit:SecretsUsedInArgOrEnv', 'trivy:DS-0031'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'ARG' || i.keyword === 'ENV')
      .flatMap((i) => {
        const bad = pairs(i).find((kv) => isSecretName(kv.key));
        return bad
          ? [
              ctx.finding(
                DL3064.meta,
                bad,
                'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
              ),
            ]
          : [];
      });
  },
};
