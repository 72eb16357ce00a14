import type { Command, Instr, LintRule } from '../rule.js';
import { atCommand, mounts, runUnits } from './helpers-b.js';
import { isSecretName } from './secret-names.js';

/** A secret-looking ARG/ENV name the command expands, if any. */
function secretVariable(c: Command, instr: Instr): string | undefined {
  for (const a of c.args)
    if (a.text.includes('$'))
      for (const m of a.text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
        if (isSecretName(m[1]) && instr.scope.has(m[1])) return m[1];
  return undefined;
}

const CREDENTIAL_TOOLS = new Set(['aws', 'docker', 'podman', 'buildah', 'skopeo', 'helm', 'npm']);

/** A credential written on the command line. */
function inlineCredential(c: Command): string | undefined {
  if (!CREDENTIAL_TOOLS.has(c.name)) return undefined;
  const args = c.args.map((a) => a.text);
  if (
    c.name === 'aws' &&
    args.includes('configure') &&
    args.some((a) => /aws_secret_access_key|aws_session_token/.test(a))
  )
    return 'aws configure set aws_secret_access_key';
  if (['docker', 'podman', 'buildah', 'skopeo', 'helm'].includes(c.name) && args.includes('login'))
    if (args.some((a) => a === '-p' || a === '--password' || a.startsWith('--password=')))
      return `${c.name} login --password`;
  if (c.name === 'npm' && args.some((a) => /:_authToken=/.test(a))) return 'npm _authToken';
  return undefined;
}

/**
 * PL006: a secret used in RUN through an ARG/ENV or on the command line ends up in the image
 * history; `RUN --mount=type=secret` keeps it out (https://docs.docker.com/build/building/secrets/).
 */
export const PL006: LintRule = {
  meta: {
    id: 'PL006',
    title: 'Secret used in RUN without a secret mount',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: ['trivy:DS-0031'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      if (mounts(u.instr).some((m) => m.get('type') === 'secret')) return [];
      for (const c of u.commands) {
        const what = inlineCredential(c) ?? secretVariable(c, u.instr);
        if (what)
          return [atCommand(ctx, PL006.meta, c, `Secret used in RUN without --mount=type=secret (${what})`)];
      }
      return [];
    });
  },
};
