import type { LintRule } from '../rule.js';
import { baseName, copyPaths, dropQuotes, flagValueOf } from './helpers-b.js';

/** Files that hold credentials by convention. Templates and public keys are not secrets. */
const SECRET_FILE =
  /^(id_(rsa|dsa|ecdsa|ed25519)|\.npmrc|\.pypirc|\.netrc|_netrc|\.env|\.env\.(local|production|prod|development|dev|staging)|\.git-credentials|\.dockercfg|\.htpasswd|\.vault-token|credentials\.json|service-account\.json|.*\.(key|p12|pfx|keystore|jks))$/i;
const SECRET_PATH =
  /(^|\/)(\.aws\/credentials|\.docker\/config\.json|\.ssh\/[^/]+|\.kube\/config|\.gnupg\/[^/]+)$/;
const PUBLIC = /\.(pub|example|sample|template|dist)$|known_hosts$|\.ssh\/config$/i;

/** True when a COPY/ADD source names a credential file. */
export function isSecretFile(path: string): boolean {
  const p = dropQuotes(path).replace(/\/+$/, '');
  if (PUBLIC.test(p)) return false;
  return SECRET_FILE.test(baseName(p)) || SECRET_PATH.test(p);
}

/**
 * PL005: a credential file copied from the build context stays in a layer for anyone with the
 * image; mount it with `RUN --mount=type=secret` instead (https://docs.docker.com/build/building/secrets/).
 */
export const PL005: LintRule = {
  meta: {
    id: 'PL005',
    title: 'Secret file copied into the image',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: ['trivy:DS-0031'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && flagValueOf(i, 'from') === undefined)
      .flatMap((i) =>
        copyPaths(i)
          .sources.filter((s) => isSecretFile(s.text))
          .map((s) =>
            ctx.finding(
              PL005.meta,
              s,
              `Secret file ${dropQuotes(s.text)} is copied into the image; use RUN --mount=type=secret`,
            ),
          ),
      );
  },
};
