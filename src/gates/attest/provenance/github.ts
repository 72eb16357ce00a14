import { PortcullisError } from '../../../core/errors.js';
import { type Claims, GITHUB_ISSUER, requireClaims } from '../oidc.js';
import { type PlatformProvenance, SLSA_PROVENANCE_V1 } from './types.js';

export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The build type GitHub's attestations and npm provenance wrote before 2024-06; verify accepts it. */
export const GITHUB_LEGACY_BUILD_TYPE =
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';

const REQUIRED = [
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

/**
 * The web server of a GitHub token issuer: github.com for GitHub's issuer, the tenant host
 * for GHE.com. Other issuers (GitHub Enterprise Server) need `server-url`.
 */
export function githubServerUrl(issuer: string, configured?: string): string {
  if (issuer === GITHUB_ISSUER) return 'https://github.com';
  const ghe = /^https:\/\/token\.actions\.([a-z0-9-]+)\.ghe\.com$/.exec(issuer);
  if (ghe) return `https://${ghe[1]}.ghe.com`;
  if (configured) return configured.replace(/\/$/, '');
  throw new PortcullisError(
    'USAGE',
    `cannot tell the GitHub server of issuer ${issuer}; set attest.server-url`,
  );
}

/**
 * SLSA v1 provenance with GitHub's workflow build type, field for field as
 * actions/toolkit's `buildSLSAProvenancePredicate` writes it, so `gh attestation verify` and
 * slsa-verifier accept it. https://github.com/slsa-framework/github-actions-buildtypes/tree/main/workflow/v1
 */
export function githubProvenance(claims: Claims, issuer: string, serverUrl?: string): PlatformProvenance {
  const c = requireClaims(claims, REQUIRED, 'GitHub Actions');
  const server = githubServerUrl(issuer, serverUrl);
  // owner/repo/.github/workflows/release.yml@refs/tags/v1 → path and ref; a tag may contain '@'.
  const [path, ...refParts] = c.workflow_ref.replace(`${c.repository}/`, '').split('@');
  const visibility =
    typeof claims.repository_visibility === 'string' ? claims.repository_visibility : undefined;
  return {
    platform: 'github',
    visibility,
    source: { repository: `${server}/${c.repository}`, ref: c.ref, commit: c.sha },
    predicate: {
      buildDefinition: {
        buildType: GITHUB_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: refParts.join('@'), repository: `${server}/${c.repository}`, path },
        },
        internalParameters: {
          github: {
            event_name: c.event_name,
            repository_id: c.repository_id,
            repository_owner_id: c.repository_owner_id,
            runner_environment: c.runner_environment,
          },
        },
        resolvedDependencies: [
          { uri: `git+${server}/${c.repository}@${c.ref}`, digest: { gitCommit: c.sha } },
        ],
      },
      runDetails: {
        builder: { id: `${server}/${c.job_workflow_ref}` },
        metadata: {
          invocationId: `${server}/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
        },
      },
    },
  };
}

export { SLSA_PROVENANCE_V1 };
