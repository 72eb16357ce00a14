/**
 * The attest gate end to end, fully offline: a CI identity token from a loopback OIDC issuer,
 * a certificate from @sigstore/mock's Fulcio, an entry in its mock transparency log and an
 * RFC 3161 timestamp from its TSA, all over real HTTP on 127.0.0.1; then the verify gate on
 * the bundle with a trusted root built from the same mock services.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attest, statementOf, verify } from './support/gates.js';
import { githubClaims, type MockSigstore, startMockSigstore, withTsaRetry } from './support/sigstore-mock.js';

let mock: MockSigstore;
let dir: string;
let root: string;
const PINNED = `sha256:${'e'.repeat(64)}`;
const IMAGE = `ghcr.io/acme/app:1.2.3@sha256:${'f'.repeat(64)}`;

function config(extra: Record<string, unknown> = {}) {
  return {
    'oidc-issuers': [mock.url],
    'server-url': 'https://github.com',
    'fulcio-url': mock.url,
    'rekor-url': mock.url,
    'tsa-url': mock.url,
    'rekor-entry-type': 'intoto',
    retries: 0,
    ...extra,
  };
}

async function env(claims: Record<string, unknown> = {}) {
  return { PORTCULLIS_ID_TOKEN: await mock.token(githubClaims(claims)) };
}

function policy(extra: Record<string, unknown> = {}) {
  return {
    'trusted-root': root,
    'certificate-oidc-issuer': mock.url,
    'source-repository': 'acme/app',
    ...extra,
  };
}

beforeAll(async () => {
  mock = await startMockSigstore();
  dir = mkdtempSync(join(tmpdir(), 'attest-gate-'));
  writeFileSync(join(dir, 'app.tar.gz'), 'release archive\n');
  writeFileSync(join(dir, 'sbom.cdx.json'), '{"bomFormat":"CycloneDX"}\n');
  writeFileSync(
    join(dir, 'Dockerfile'),
    `FROM golang:1.23@${PINNED} AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n`,
  );
  root = join(dir, 'trusted-root.json');
  writeFileSync(root, JSON.stringify(mock.trustedRoot));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('attest, keyless, with the mock Fulcio, log and TSA', () => {
  let bundleFile: string;
  let outcome: Awaited<ReturnType<typeof attest>>;

  beforeAll(async () => {
    outcome = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: ['*.tar.gz', IMAGE],
        config: config({
          dockerfile: 'Dockerfile',
          byproduct: ['sbom.cdx.json'],
          'bundle-path': 'app.sigstore.json',
          'subject-name': 'named-artifact',
          'subject-digest': `sha256:${'c'.repeat(64)}`,
        }),
        options: { 'started-on': '2026-11-25T07:00:00Z' },
        env: await env(),
      }),
    );
    bundleFile = join(dir, 'app.sigstore.json');
  });

  it('writes a v0.3 DSSE bundle with a log entry and a timestamp', () => {
    expect(outcome.errors).toEqual([]);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  });

  it('outputs the log index, entry UUID and a link', () => {
    const outputs = outcome.extra?.outputs as Record<string, string>;
    expect(outputs['bundle-path']).toBe('app.sigstore.json');
    expect(outputs['log-index']).toMatch(/^\d+$/);
    expect(outputs['log-uuid']).toMatch(/^[a-f0-9]{64}$/);
    expect(outputs['log-url']).toBe(`${mock.url}/api/v1/log/entries?logIndex=${outputs['log-index']}`);
    expect(outcome.extra?.summary).toContain('| app.tar.gz |');
    expect(outcome.render?.['attest-summary']?.()).toContain(`[entry ${outputs['log-index']}]`);
  });

  it('fills the statement from the verified token, with times, base images and byproducts', () => {
    const s = statementOf(JSON.parse(readFileSync(bundleFile, 'utf8')));
    expect(s.subject.map((x: { name: string }) => x.name)).toEqual([
      'app.tar.gz',
      'named-artifact',
      'ghcr.io/acme/app',
    ]);
    expect(s.subject[1].digest).toEqual({ sha256: 'c'.repeat(64) });
    expect(s.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/v1.2.3',
      repository: 'https://github.com/acme/app',
      path: '.github/workflows/release.yml',
    });
    expect(s.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/app@refs/tags/v1.2.3', digest: { gitCommit: githubClaims().sha } },
      { uri: 'pkg:docker/golang@1.23', digest: { sha256: 'e'.repeat(64) }, name: 'golang:1.23' },
    ]);
    expect(s.predicate.runDetails.byproducts).toEqual([
      { name: 'sbom.cdx.json', digest: { sha256: expect.stringMatching(/^[a-f0-9]{64}$/) } },
    ]);
    expect(s.predicate.runDetails.metadata.startedOn).toBe('2026-11-25T07:00:00Z');
    expect(s.predicate.runDetails.metadata.finishedOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(outcome.notes?.join('\n')).toContain(
      'base images without a digest are not recorded as dependencies: alpine:3.20',
    );
  });

  it('verifies: the file, and the image by digest', async () => {
    const file = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: bundleFile, ...policy() },
    });
    expect(file.out.errors).toEqual([]);
    expect(file.rules).toEqual([]);
    const image = await verify({
      cwd: dir,
      targets: [`sha256:${'f'.repeat(64)}`],
      options: { bundle: bundleFile, ...policy() },
    });
    expect(image.rules).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'the wrong identity',
      { 'certificate-identity': 'https://github.com/acme/app/.github/workflows/other.yml@refs/tags/v1.2.3' },
      ['PA003'],
    ],
    ['a substring identity', { 'certificate-identity': 'acme/app' }, ['PA003']],
    ['an unanchored-looking pattern', { 'certificate-identity-regexp': 'acme' }, ['PA003']],
    [
      'the wrong issuer',
      { 'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com' },
      ['PA003'],
    ],
    ['the wrong repository', { 'source-repository': 'acme/other' }, ['PA003']],
    ['the wrong ref', { 'source-ref': 'refs/heads/main' }, ['PA003']],
    ['the right ref pattern', { 'source-ref-regexp': 'refs/tags/v\\d+\\.\\d+\\.\\d+' }, []],
    ['the signer workflow', { 'signer-workflow': 'acme/app/.github/workflows/release.yml' }, []],
  ])('verify refuses or accepts %s', async (_name, extra, expected) => {
    const { rules } = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: bundleFile, ...policy(extra) },
    });
    expect(rules).toEqual(expected);
  });

  it('verify refuses a tampered payload, another artifact and a bundle without its log entry', async () => {
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
    const s = statementOf(bundle);
    s.subject[0].digest.sha256 = '0'.repeat(64);
    const tamperedFile = join(dir, 'tampered.json');
    writeFileSync(
      tamperedFile,
      JSON.stringify({
        ...bundle,
        dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(JSON.stringify(s)).toString('base64') },
      }),
    );
    expect(
      (await verify({ cwd: dir, targets: ['app.tar.gz'], options: { bundle: tamperedFile, ...policy() } }))
        .rules,
    ).toEqual(['PA002']);

    expect(
      (await verify({ cwd: dir, targets: ['sbom.cdx.json'], options: { bundle: bundleFile, ...policy() } }))
        .rules,
    ).toEqual(['PA004']);

    const noLog = join(dir, 'no-log.json');
    writeFileSync(
      noLog,
      JSON.stringify({
        ...bundle,
        verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [] },
      }),
    );
    expect(
      (await verify({ cwd: dir, targets: ['app.tar.gz'], options: { bundle: noLog, ...policy() } })).rules,
    ).toEqual(['PA002']);
  });

  it('verify refuses the mock bundle under the public-good trusted root', async () => {
    const { rules } = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: {
        bundle: bundleFile,
        ...policy(),
        'trusted-root': 'test/fixtures/attest/public-good-trusted-root.json'.replace(
          /^/,
          `${process.cwd()}/`,
        ),
      },
    });
    expect(rules).toEqual(['PA002']);
  });
});

describe('attest with a PEM key', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  it('signs with the key, logs the entry, and verifies only with that key', async () => {
    writeFileSync(join(dir, 'signing.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }));
    writeFileSync(join(dir, 'signing.pub'), publicKey.export({ format: 'pem', type: 'spki' }));
    writeFileSync(join(dir, 'other.pub'), other.publicKey.export({ format: 'pem', type: 'spki' }));
    const out = await attest({
      cwd: dir,
      targets: ['app.tar.gz'],
      config: config({
        'tsa-url': undefined,
        'signing-key': 'signing.pem',
        'bundle-path': 'keyed.sigstore.json',
      }),
      env: await env(),
    });
    expect(out.errors).toEqual([]);
    const bundle = JSON.parse(readFileSync(join(dir, 'keyed.sigstore.json'), 'utf8'));
    expect(bundle.verificationMaterial.publicKey.hint).toMatch(/=$/);
    const ok = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: 'keyed.sigstore.json', 'trusted-root': root, key: 'signing.pub' },
    });
    expect(ok.rules).toEqual([]);
    const wrong = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: 'keyed.sigstore.json', 'trusted-root': root, key: 'other.pub' },
    });
    expect(wrong.rules).toEqual(['PA002']);
    const identity = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: {
        bundle: 'keyed.sigstore.json',
        'trusted-root': root,
        key: 'signing.pub',
        'certificate-oidc-issuer': mock.url,
      },
    });
    expect(identity.rules).toEqual(['PA003']);
  });

  it('refuses a key that is not PEM', async () => {
    writeFileSync(join(dir, 'bad.pem'), 'not a key');
    await expect(
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'signing-key': 'bad.pem' }),
        env: await env(),
      }),
    ).rejects.toThrow('not a usable PEM private key');
  });
});

describe('attest without a transparency log, timestamped only', () => {
  it('writes no log entry; verify requires one unless require-tlog is false', async () => {
    const out = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ tlog: false, 'bundle-path': 'tsa-only.json' }),
        env: await env(),
      }),
    );
    expect(out.errors).toEqual([]);
    expect((out.extra!.outputs as Record<string, string>)['log-index']).toBeUndefined();
    const strict = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: 'tsa-only.json', ...policy() },
    });
    expect(strict.rules).toEqual(['PA002']);
    const bare = JSON.parse(readFileSync(join(dir, 'tsa-only.json'), 'utf8'));
    delete bare.verificationMaterial.timestampVerificationData;
    writeFileSync(join(dir, 'no-time.json'), JSON.stringify(bare));
    const untimed = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: 'no-time.json', ...policy() },
      config: { 'require-tlog': false },
    });
    expect(untimed.rules, 'a certificate needs a verified time even without a log').toEqual(['PA002']);
    expect(untimed.out.findings[0].message).toContain('TIMESTAMP_ERROR');
    const relaxed = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: { bundle: 'tsa-only.json', ...policy() },
      config: { 'require-tlog': false },
    });
    expect(relaxed.rules).toEqual([]);
  });

  it('refuses Rekor v2 without a timestamp authority', async () => {
    await expect(
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'rekor-version': 2, 'tsa-url': undefined }),
        env: await env(),
      }),
    ).rejects.toThrow('Rekor v2 gives no signed timestamp');
  });
});

describe('CI limits and on-unsupported', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['no CI at all', {}, /no CI identity token/],
    [
      'GitHub without id-token: write (or a fork PR)',
      { GITHUB_ACTIONS: 'true' },
      /permissions: id-token: write.*forks/,
    ],
    ['GitLab without id_tokens', { GITLAB_CI: 'true' }, /id_tokens: SIGSTORE_ID_TOKEN/],
  ])('%s fails closed by default and only warns with on-unsupported: warn', async (_name, ciEnv, message) => {
    const failed = await attest({ cwd: dir, targets: ['app.tar.gz'], config: config(), env: ciEnv });
    expect(failed.errors.map((e) => e.message).join()).toMatch(message);
    expect(failed.errors[0]?.message).toContain('on-unsupported: warn');
    const warned = await attest({
      cwd: dir,
      targets: ['app.tar.gz'],
      config: config({ 'on-unsupported': 'warn' }),
      env: ciEnv,
    });
    expect(warned.errors).toEqual([]);
    expect(warned.notes?.join()).toMatch(message);
    expect(warned.extra?.attested).toBe(false);
  });

  it("gets GitHub's token from the Actions token service with audience sigstore", async () => {
    const token = await mock.token(githubClaims());
    mock.route('/github-token', async () => ({
      statusCode: 200,
      response: JSON.stringify({ value: token }),
    }));
    const out = await withTsaRetry(() =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'bundle-path': 'gh.json' }),
        env: {
          GITHUB_ACTIONS: 'true',
          ACTIONS_ID_TOKEN_REQUEST_URL: `${mock.url}/github-token?x=1`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token',
        },
      }),
    );
    expect(out.errors).toEqual([]);
    expect(mock.lastRequest.get('/github-token')).toMatchObject({
      authorization: 'Bearer req-token',
      query: 'x=1&audience=sigstore',
    });
  });

  it('refuses a private repository on the public log, before any request', async () => {
    const before = mock.hits.get('/api/v2/signingCert') ?? 0;
    const out = await attest({
      cwd: dir,
      targets: ['app.tar.gz'],
      config: config({ 'rekor-url': undefined }),
      env: await env({ repository_visibility: 'private' }),
    });
    expect(out.errors[0]?.message).toMatch(/https:\/\/github.com\/acme\/app is private.*public-log: true/);
    expect(mock.hits.get('/api/v2/signingCert') ?? 0).toBe(before);
    expect(existsSync(join(dir, 'provenance.sigstore.json'))).toBe(false);
  });

  it('stores the bundle in the GitHub attestation store, and reports the plan limit as unsupported', async () => {
    mock.route('/repos/acme/app/attestations', async () => ({
      statusCode: 201,
      response: JSON.stringify({ id: 4242 }),
    }));
    const stored = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'github-attestations': true, 'bundle-path': 'stored.json' }),
        env: { ...(await env()), GITHUB_API_URL: mock.url, GITHUB_TOKEN: 'gh-token' },
      }),
    );
    expect(stored.errors).toEqual([]);
    expect((stored.extra!.outputs as Record<string, string>)['attestation-id']).toBe('4242');
    expect(JSON.parse(mock.lastRequest.get('/repos/acme/app/attestations')!.body).bundle.mediaType).toBe(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    mock.route('/repos/acme/app/attestations', async () => ({
      statusCode: 404,
      response: JSON.stringify({ message: 'Feature not available for user-owned private repositories.' }),
    }));
    const limited = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'github-attestations': true, 'bundle-path': 'limited.json' }),
        env: { ...(await env()), GITHUB_API_URL: mock.url, GITHUB_TOKEN: 'gh-token' },
      }),
    );
    expect(limited.errors[0]?.message).toMatch(/Feature not available for user-owned private repositories/);
    expect((limited.extra!.outputs as Record<string, string>)['log-index']).toMatch(/^\d+$/);
    expect(existsSync(join(dir, 'limited.json'))).toBe(true);
    const warned = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({
          'github-attestations': true,
          'bundle-path': 'warned.json',
          'on-unsupported': 'warn',
        }),
        env: { ...(await env()), GITHUB_API_URL: mock.url, GITHUB_TOKEN: 'gh-token' },
      }),
    );
    expect(warned.errors).toEqual([]);
    expect(warned.extra?.attested).toBe(true);
    expect(warned.notes?.join()).toContain('not stored on GitHub (on-unsupported: warn)');
  });
});

describe('bad input is an error, never a pass', () => {
  it.each<[string, () => Promise<unknown>, RegExp]>([
    [
      'no subjects',
      async () => attest({ cwd: dir, targets: [], config: config(), env: await env() }),
      /nothing to attest/,
    ],
    [
      'a subject-name without subject-digest',
      async () =>
        attest({ cwd: dir, targets: [], config: config({ 'subject-name': 'app' }), env: await env() }),
      /subject-name and subject-digest together/,
    ],
    [
      'a missing file that looks like a path, never a registry lookup',
      async () => attest({ cwd: dir, targets: ['dist/missing.tar.gz'], config: config(), env: await env() }),
      /subject not found: dist\/missing\.tar\.gz/,
    ],
    [
      'an image tag whose registry does not answer',
      async () =>
        attest({
          cwd: dir,
          targets: ['127.0.0.1:9/acme/app:1.2.3'],
          config: { ...config(), 'timeout-ms': 2000 },
          env: await env(),
        }),
      /127\.0\.0\.1:9/,
    ],
    [
      'an untrusted token issuer',
      async () =>
        attest({
          cwd: dir,
          targets: ['app.tar.gz'],
          config: config({ 'oidc-issuers': [] }),
          env: await env(),
        }),
      /is not trusted/,
    ],
    [
      'a forged token',
      async () => {
        const token = await mock.token(githubClaims());
        const [h, p] = token.split('.');
        const forged = `${h}.${p}.${Buffer.from('forged').toString('base64url')}`;
        return attest({
          cwd: dir,
          targets: ['app.tar.gz'],
          config: config(),
          env: { PORTCULLIS_ID_TOKEN: forged },
        });
      },
      /failed verification/,
    ],
    [
      'a token for another audience',
      async () =>
        attest({
          cwd: dir,
          targets: ['app.tar.gz'],
          config: config(),
          env: { PORTCULLIS_ID_TOKEN: await mock.token(githubClaims(), 'nobody') },
        }),
      /failed verification/,
    ],
  ])('%s', async (_name, call, error) => {
    await expect(call()).rejects.toThrow(error);
  });

  it('never puts the identity token in an error message', async () => {
    const token = await mock.token(githubClaims({ sub: undefined }));
    const error = await attest({
      cwd: dir,
      targets: ['app.tar.gz'],
      config: config(),
      env: { PORTCULLIS_ID_TOKEN: token },
    }).catch((e: Error) => e);
    expect(String((error as Error).message)).toContain('<identity token>');
    expect(String((error as Error).message)).not.toContain(token.split('.')[1]);
  });

  it('a Fulcio failure is an error and writes no bundle', async () => {
    mock.failPath('/api/v2/signingCert', 500);
    try {
      await expect(
        attest({
          cwd: dir,
          targets: ['app.tar.gz'],
          config: config({ 'bundle-path': 'never.json' }),
          env: await env(),
        }),
      ).rejects.toThrow(/signing failed/);
      expect(existsSync(join(dir, 'never.json'))).toBe(false);
    } finally {
      mock.clearFailures();
    }
  });
});

describe('GitLab CI/CD', () => {
  it('attests from a GitLab ID token and verifies by identity', async () => {
    const token = await mock.token({
      sub: 'project_path:my-group/my-project:ref_type:branch:ref:main',
      sigstore_subject: 'https://gitlab.example.com/my-group/my-project//.gitlab-ci.yml@refs/heads/main',
      project_path: 'my-group/my-project',
      project_id: '20',
      namespace_id: '72',
      // @sigstore/mock maps claims the GitHub way (ref → Source Repository Ref); real Fulcio
      // writes refs/heads/<ref> for GitLab, so the token carries that form here.
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_path: 'refs/heads/main',
      sha: '714a629c0b401fdce83e847fc9589983fc6f46bc',
      pipeline_id: '574',
      pipeline_source: 'push',
      job_id: '302',
      runner_id: 1,
      runner_environment: 'gitlab-hosted',
      ci_config_ref_uri: 'gitlab.example.com/my-group/my-project//.gitlab-ci.yml@refs/heads/main',
      project_visibility: 'public',
    });
    const out = await withTsaRetry(() =>
      attest({
        cwd: dir,
        targets: ['app.tar.gz'],
        config: config({ 'bundle-path': 'gitlab.json' }),
        env: { PORTCULLIS_ID_TOKEN: token },
      }),
    );
    expect(out.errors).toEqual([]);
    const s = statementOf(JSON.parse(readFileSync(join(dir, 'gitlab.json'), 'utf8')));
    expect(s.predicate.runDetails.metadata.invocationId).toBe(`${mock.url}/my-group/my-project/-/jobs/302`);
    const { rules, out: out2 } = await verify({
      cwd: dir,
      targets: ['app.tar.gz'],
      options: {
        bundle: 'gitlab.json',
        'trusted-root': root,
        'certificate-oidc-issuer': mock.url,
        'certificate-identity':
          'https://gitlab.example.com/my-group/my-project//.gitlab-ci.yml@refs/heads/main',
      },
    });
    expect(rules, JSON.stringify(out2.findings)).toEqual([]);
  });
});

describe('through the CLI', () => {
  it('exits 3 without a CI token, 0 with on-unsupported warn, and 0 with the outputs in JSON when it signs', async () => {
    const { cli } = await import('../../cli/harness.js');
    writeFileSync(
      join(dir, 'portcullis.yaml'),
      [
        'attest:',
        `  oidc-issuers: ["${mock.url}"]`,
        '  server-url: https://github.com',
        `  fulcio-url: ${mock.url}`,
        `  rekor-url: ${mock.url}`,
        '  rekor-entry-type: intoto',
        '  retries: 0',
        '',
      ].join('\n'),
    );
    const none = await cli(['attest', 'app.tar.gz'], dir);
    expect(none.code).toBe(3);
    expect(none.stdout).toContain('no CI identity token');
    expect((await cli(['attest', 'app.tar.gz', '--on-unsupported', 'warn'], dir)).code).toBe(0);
    const signed = await cli(
      [
        'attest',
        'app.tar.gz',
        '--bundle-path',
        'cli.json',
        '--format',
        'json',
        '--format',
        'attest-summary=summary.md',
      ],
      dir,
      await env(),
    );
    expect(signed.code).toBe(0);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(
      /### portcullis attest: provenance signed[\s\S]*\| app\.tar\.gz \|/,
    );
    const report = JSON.parse(signed.stdout);
    expect(report.outputs['log-url']).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/log\/entries\?logIndex=\d+$/,
    );
    expect(report.subjects).toEqual([{ name: 'app.tar.gz', digest: { sha256: expect.any(String) } }]);
    rmSync(join(dir, 'portcullis.yaml'));
  });
});
