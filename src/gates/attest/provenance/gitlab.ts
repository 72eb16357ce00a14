import { type Claims, requireClaims } from '../oidc.js';
import type { PlatformProvenance } from './types.js';

/** Portcullis' build type for GitLab CI/CD jobs; its fields are documented in docs/attest.md. */
export const GITLAB_BUILD_TYPE =
  'https://github.com/portcullis-dev/portcullis/blob/main/docs/attest.md#gitlab-ci-build-type-v1';

const REQUIRED = [
  'project_path',
  'project_id',
  'namespace_id',
  'ref',
  'ref_type',
  'sha',
  'pipeline_id',
  'pipeline_source',
  'job_id',
  'runner_id',
  'runner_environment',
] as const;

/**
 * SLSA v1 provenance for a GitLab CI/CD job, from its ID token (`id_tokens:` with audience
 * `sigstore`): the project, ref and commit, the pipeline and job URLs and the runner. The
 * builder id is the CI config that ran (`ci_config_ref_uri`), which is also the Build Signer
 * URI Fulcio puts in the certificate, so a verifier can pair them.
 * https://docs.gitlab.com/ci/secrets/id_token_authentication/
 */
export function gitlabProvenance(claims: Claims, issuer: string): PlatformProvenance {
  const c = requireClaims(claims, REQUIRED, 'GitLab');
  const server = issuer.replace(/\/$/, '');
  const project = `${server}/${c.project_path}`;
  const refPath =
    typeof claims.ref_path === 'string'
      ? claims.ref_path
      : `refs/${c.ref_type === 'tag' ? 'tags' : 'heads'}/${c.ref}`;
  const config = typeof claims.ci_config_ref_uri === 'string' ? claims.ci_config_ref_uri : undefined;
  const visibility = typeof claims.project_visibility === 'string' ? claims.project_visibility : undefined;
  return {
    platform: 'gitlab',
    visibility,
    source: { repository: project, ref: refPath, commit: c.sha },
    predicate: {
      buildDefinition: {
        buildType: GITLAB_BUILD_TYPE,
        externalParameters: {
          source: { repository: project, ref: refPath },
          ...(config ? { config: { uri: `https://${config}` } } : {}),
          pipeline_source: c.pipeline_source,
        },
        internalParameters: {
          gitlab: {
            project_id: c.project_id,
            namespace_id: c.namespace_id,
            pipeline_id: c.pipeline_id,
            pipeline_url: `${project}/-/pipelines/${c.pipeline_id}`,
            job_id: c.job_id,
            runner_id: c.runner_id,
            runner_environment: c.runner_environment,
            ...(typeof claims.ref_protected === 'string' ? { ref_protected: claims.ref_protected } : {}),
            ...(typeof claims.ci_config_sha === 'string' ? { ci_config_sha: claims.ci_config_sha } : {}),
          },
        },
        resolvedDependencies: [{ uri: `git+${project}@${refPath}`, digest: { gitCommit: c.sha } }],
      },
      runDetails: {
        builder: { id: config ? `https://${config}` : `${project}/-/runners/${c.runner_id}` },
        metadata: { invocationId: `${project}/-/jobs/${c.job_id}` },
      },
    },
  };
}
