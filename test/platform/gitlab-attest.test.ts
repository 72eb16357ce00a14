/**
 * The attest and verify GitLab CI/CD components run by a local GitLab runner (gitlab-ci-local,
 * shell executor) with the real CLI, offline: verify on a real bundle from Sigstore's
 * public-good instance with its pinned trusted root (test/fixtures/attest/README.md), and
 * attest against @sigstore/mock's Fulcio and transparency log over HTTP on 127.0.0.1 with an
 * ID token from a loopback issuer standing in for a self-managed GitLab instance.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { type MockSigstore, startMockSigstore } from '../gates/attest/support/sigstore-mock.js';
import { codeQuality, jobResult, pipeline, ROOT, TEMPLATES } from './support/gitlab-ci-local.js';

const FIX = join(ROOT, 'test/fixtures/attest');
const MODULE = readFileSync(join(FIX, 'slsa-verifier/MODULE.bazel'));
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The real publish-to-bcr bundle of MODULE.bazel, the public-good root, and a policy it meets. */
function verifyProject(artifact: Buffer | string = MODULE) {
  return {
    files: {
      'MODULE.bazel': artifact,
      'MODULE.bazel.intoto.jsonl': readFileSync(join(FIX, 'slsa-verifier/MODULE.bazel.intoto.jsonl')),
      'trusted-root.json': readFileSync(join(FIX, 'public-good-trusted-root.json')),
    },
  };
}

function verifyInputs(policy: string) {
  return {
    'job-name': 'verify-job',
    paths: 'MODULE.bazel',
    args: `--bundle MODULE.bazel.intoto.jsonl --trusted-root trusted-root.json --certificate-oidc-issuer ${GITHUB_ISSUER} ${policy}`,
  };
}

const POLICY =
  '--source-repository aspect-build/rules_lint --signer-workflow bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml';

describe('the verify component (gitlab-ci-local, real public-good bundle, offline)', () => {
  it('passes the job on an artifact its bundle signs, and writes an empty Code Quality report', async () => {
    const r = await pipeline('verify.yml', verifyInputs(POLICY), verifyProject());
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: true, exitCode: 0 });
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/verify-job/gl-code-quality-report.json'),
    );
    expect(issues).toEqual([]);
  });

  it('fails the job with exit code 1 on a tampered artifact, with the finding in the Code Quality report', async () => {
    const r = await pipeline(
      'verify.yml',
      verifyInputs(POLICY),
      verifyProject(Buffer.concat([MODULE, Buffer.from('bazel_dep(name = "evil", version = "1.0")\n')])),
    );
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: false, exitCode: 1 });
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/verify-job/gl-code-quality-report.json'),
    );
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path])).toEqual([
      ['PA004', 'critical', 'MODULE.bazel.intoto.jsonl'],
    ]);
    expect(issues[0].description).toContain('MODULE.bazel');
  });

  it('fails the job with exit code 1 when the signer is not the one the policy names', async () => {
    const r = await pipeline(
      'verify.yml',
      verifyInputs('--source-repository aspect-build/rules_go'),
      verifyProject(),
    );
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: false, exitCode: 1 });
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/verify-job/gl-code-quality-report.json'),
    );
    expect(issues.map((i) => i.check_name)).toEqual(['PA003']);
  });

  it('fails the job with exit code 1 on a bundle that is not JSON', async () => {
    const project = verifyProject();
    project.files['MODULE.bazel.intoto.jsonl'] = Buffer.from(
      '{"mediaType": "application/vnd.dev.sigstore.bun',
    );
    const r = await pipeline('verify.yml', verifyInputs(POLICY), project);
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: false, exitCode: 1 });
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/verify-job/gl-code-quality-report.json'),
    );
    expect(issues.map((i) => i.check_name)).toEqual(['PA001']);
  });

  it('fails the job with exit code 3 when the artifact to verify is missing', async () => {
    const project = verifyProject();
    const { 'MODULE.bazel': _artifact, ...rest } = project.files;
    const r = await pipeline('verify.yml', verifyInputs(POLICY), { files: rest });
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: false, exitCode: 3 });
    expect(r.output).toContain('artifact not found: MODULE.bazel');
    // The merge request widget says why the job failed.
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/verify-job/gl-code-quality-report.json'),
    );
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['portcullis/verify/incomplete', 'blocker'],
    ]);
  });
});

describe('the attest component (gitlab-ci-local, @sigstore/mock, offline)', () => {
  let mock: MockSigstore;
  beforeAll(async () => {
    mock = await startMockSigstore();
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('asks GitLab for a Sigstore ID token and keeps the bundle as an artifact', () => {
    const [, job] = parseAllDocuments(readFileSync(join(TEMPLATES, 'attest.yml'), 'utf8')).map((d) =>
      d.toJS(),
    );
    const body = job['$[[ inputs.job-name ]]'];
    // gitlab-ci-local does not mint ID tokens, so this is checked on the template itself.
    expect(body.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    expect(body.artifacts.paths).toContain('$[[ inputs.bundle-path ]]');
  });

  /** GitLab's ID token claims for a push pipeline on main (https://docs.gitlab.com/ci/secrets/id_token_authentication/). */
  function gitlabToken() {
    return mock.token({
      sub: 'project_path:acme/app:ref_type:branch:ref:main',
      sigstore_subject: 'https://gitlab.example.com/acme/app//.gitlab-ci.yml@refs/heads/main',
      project_path: 'acme/app',
      project_id: '20',
      namespace_id: '72',
      // @sigstore/mock maps `ref` to the certificate's Source Repository Ref the GitHub way;
      // real Fulcio writes refs/heads/<ref> for GitLab, so the token carries that form.
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_path: 'refs/heads/main',
      sha: '714a629c0b401fdce83e847fc9589983fc6f46bc',
      pipeline_id: '574',
      pipeline_source: 'push',
      job_id: '302',
      runner_id: 1,
      runner_environment: 'self-hosted',
      ci_config_ref_uri: 'gitlab.example.com/acme/app//.gitlab-ci.yml@refs/heads/main',
      project_visibility: 'public',
    });
  }

  const ARCHIVE = 'release archive 1.2.3\n';

  function attestProject() {
    return {
      'app.tar.gz': ARCHIVE,
      // Config-only settings: the mock log stores entries verbatim, so only intoto verifies.
      'portcullis.yaml': 'attest:\n  rekor-entry-type: intoto\n  retries: 0\n',
      'trusted-root.json': JSON.stringify(mock.trustedRoot),
    };
  }

  const ATTEST_INPUTS = () => ({
    'job-name': 'attest-job',
    stage: 'build',
    paths: 'app.tar.gz',
    args: `--fulcio-url ${mock.url} --rekor-url ${mock.url}`,
  });

  it('signs in a build job with the ID token, and the verify component accepts the bundle in a later stage', async () => {
    const r = await pipeline('attest.yml', ATTEST_INPUTS(), {
      files: attestProject(),
      include: [
        [
          'verify.yml',
          {
            'job-name': 'verify-job',
            paths: 'app.tar.gz',
            args: [
              '--bundle provenance.sigstore.json --trusted-root trusted-root.json',
              `--certificate-oidc-issuer ${mock.url}`,
              '--certificate-identity https://gitlab.example.com/acme/app//.gitlab-ci.yml@refs/heads/main',
            ].join(' '),
          },
        ],
      ],
      variables: {
        // What a GitLab runner sets; gitlab-ci-local sets GITLAB_CI=false and mints no ID
        // tokens, so the job is given the token `id_tokens:` asks GitLab for. The mock issuer
        // stands in for a self-managed instance, whose URL attest trusts as an issuer.
        GITLAB_CI: 'true',
        CI_SERVER_URL: mock.url,
        SIGSTORE_ID_TOKEN: await gitlabToken(),
      },
    });
    expect(jobResult(r.output, 'attest-job'), r.output).toEqual({ passed: true, exitCode: 0 });
    expect(jobResult(r.output, 'verify-job'), r.output).toEqual({ passed: true, exitCode: 0 });
    expect(mock.hits.get('/api/v2/signingCert')).toBeGreaterThan(0);
    const artifacts = join(r.dir, '.gitlab-ci-local/artifacts');
    expect(codeQuality(join(artifacts, 'attest-job/gl-code-quality-report.json'))).toEqual([]);
    expect(codeQuality(join(artifacts, 'verify-job/gl-code-quality-report.json'))).toEqual([]);
    const bundleFile = join(artifacts, 'attest-job/provenance.sigstore.json');
    expect(existsSync(bundleFile), r.output).toBe(true);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
    expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/);
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.subject).toEqual([
      { name: 'app.tar.gz', digest: { sha256: createHash('sha256').update(ARCHIVE).digest('hex') } },
    ]);
    expect(statement.predicate.runDetails.builder.id).toBe(
      'https://gitlab.example.com/acme/app//.gitlab-ci.yml@refs/heads/main',
    );
  });

  it('fails the job with exit code 3 and the fix when GitLab gave it no ID token', async () => {
    const r = await pipeline('attest.yml', ATTEST_INPUTS(), {
      files: attestProject(),
      variables: { GITLAB_CI: 'true', CI_SERVER_URL: mock.url },
    });
    expect(jobResult(r.output, 'attest-job'), r.output).toEqual({ passed: false, exitCode: 3 });
    expect(r.output).toContain('id_tokens: SIGSTORE_ID_TOKEN');
    expect(existsSync(join(r.dir, 'provenance.sigstore.json'))).toBe(false);
  });
});
