/**
 * Real bundles from Sigstore's public-good instance, verified offline against the pinned
 * public-good trusted root, and tampered variants made in memory. Fixtures: see
 * test/fixtures/attest/README.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/gate.js';
import { run } from '../../../src/gates/attest/verify/run.js';
import { cli } from '../../cli/harness.js';

const FIX = resolve('test/fixtures/attest');
const ROOT = join(FIX, 'public-good-trusted-root.json');
const BCR = join(FIX, 'slsa-verifier/MODULE.bazel.intoto.jsonl');
const WRONG_SIGNER = join(FIX, 'slsa-verifier/MODULE-wrong-signer.bazel.intoto.jsonl');
const MODULE = join(FIX, 'slsa-verifier/MODULE.bazel');
const NPM_DIGEST =
  'sha512:7bea9f6e7ff37f5fab0b36bf061200fff03099fd2fd696b91d04bc5e4f225eb9fd6e0cadcad54ba980f43fb352a99e8810b4e0abeb5c0ef2cf9108cd1f258b36';
const GH = 'https://token.actions.githubusercontent.com';

const GITHUB_POLICY = {
  'certificate-oidc-issuer': GH,
  'source-repository': 'aspect-build/rules_lint',
  'signer-workflow': 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
};
const NPM_POLICY = {
  'certificate-oidc-issuer': 'https://github.com/login/oauth',
  'certificate-identity': 'brian@dehamer.com',
  'predicate-type': 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-real-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(bundle: string, target: string, options: Record<string, unknown>, root = ROOT) {
  const out = await run({
    cwd: dir,
    targets: [target],
    config: {},
    options: { bundle, 'trusted-root': root, ...options } as never,
    env: {},
    log: silentLogger,
  });
  return { out, rules: [...new Set(out.findings.map((f) => f.ruleId))].sort() };
}

function bcrJson(): Record<string, any> {
  return JSON.parse(readFileSync(BCR, 'utf8').trim());
}

/** Writes a modified copy of the real GitHub bundle. */
function tampered(name: string, edit: (b: Record<string, any>) => void): string {
  const b = bcrJson();
  edit(b);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(b));
  return file;
}

function flip(b64: string): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[bytes.length - 1] ^= 1;
  return bytes.toString('base64');
}

describe('real GitHub attest-build-provenance bundle (SLSA v1, bundle v0.3)', () => {
  it('verifies with the publish-to-bcr signer policy', async () => {
    const { out, rules } = await verify(BCR, MODULE, GITHUB_POLICY);
    expect(out.errors).toEqual([]);
    expect(rules).toEqual([]);
    expect(out.extra?.verifications).toEqual([
      expect.objectContaining({ verified: true, signedAt: '2025-03-26T23:47:30.000Z' }),
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'exact identity',
      {
        'certificate-identity':
          'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
      },
      [],
    ],
    ['a substring identity must not match', { 'certificate-identity': 'publish-to-bcr' }, ['PA003']],
    ['a substring pattern is anchored', { 'certificate-identity-regexp': 'publish-to-bcr' }, ['PA003']],
    [
      'a whole pattern matches',
      { 'certificate-identity-regexp': 'https://github\\.com/bazel-contrib/.*@refs/tags/v.*' },
      [],
    ],
    [
      'the wrong issuer',
      { 'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com.evil' },
      ['PA003'],
    ],
    ['the wrong repository', { 'source-repository': 'aspect-build/rules_go' }, ['PA003']],
    ['a repository prefix', { 'source-repository': 'aspect-build/rules' }, ['PA003']],
    ['the wrong ref', { 'source-ref': 'refs/heads/main' }, ['PA003']],
    ['a ref pattern', { 'source-ref-regexp': 'refs/heads/publish-.*' }, []],
    [
      'the signer workflow at its tag',
      { 'signer-workflow': 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1' },
      [],
    ],
    [
      'the signer workflow at another tag',
      { 'signer-workflow': 'bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v9' },
      ['PA003'],
    ],
    [
      'the caller workflow is not the signer',
      { 'signer-workflow': 'aspect-build/rules_lint/.github/workflows/release.yml' },
      ['PA003'],
    ],
    ['hosted runners only', { 'deny-self-hosted-runners': true }, []],
    ['a self-hosted runner required', { 'runner-environment': 'self-hosted' }, ['PA003']],
    ['max-age 30d on a 2025 signature', { 'max-age': '30d' }, ['PA006']],
    ['max-age 5000w', { 'max-age': '5000w' }, []],
    [
      'the builder id',
      {
        'builder-id':
          'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
      },
      [],
    ],
    [
      'another builder id',
      {
        'builder-id':
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0',
      },
      ['PA005'],
    ],
    ['an external parameter', { 'external-parameters': ['workflow.path=.github/workflows/release.yml'] }, []],
    [
      'a wrong external parameter',
      { 'external-parameters': ['workflow.path=.github/workflows/evil.yml'] },
      ['PA005'],
    ],
    ['another predicate type', { 'predicate-type': 'https://slsa.dev/provenance/v0.2' }, ['PA005']],
    [
      'a build type not allowed',
      { 'build-type': ['https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'] },
      ['PA005'],
    ],
  ])('policy: %s', async (_name, extra, expected) => {
    const { rules } = await verify(BCR, MODULE, { ...GITHUB_POLICY, ...extra });
    expect(rules).toEqual(expected);
  });

  it("refuses slsa-verifier's wrong-signer bundle: identity and predicate disagree", async () => {
    const { out, rules } = await verify(WRONG_SIGNER, MODULE, GITHUB_POLICY);
    expect(rules).toEqual(['PA003', 'PA005']);
    expect(out.findings.map((f) => f.message).join('\n')).toContain('is not the signer');
  });

  it.each<[string, (b: Record<string, any>) => void, string[]]>([
    [
      'a changed payload',
      (b) => {
        const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
        s.predicate.runDetails.builder.id = 'https://evil.example/builder';
        b.dsseEnvelope.payload = Buffer.from(JSON.stringify(s)).toString('base64');
      },
      ['PA002'],
    ],
    [
      'a changed signature',
      (b) => {
        b.dsseEnvelope.signatures[0].sig = flip(b.dsseEnvelope.signatures[0].sig);
      },
      ['PA002'],
    ],
    [
      'no transparency log entry',
      (b) => {
        b.verificationMaterial.tlogEntries = [];
      },
      ['PA002'],
    ],
    [
      'a changed inclusion proof',
      (b) => {
        const p = b.verificationMaterial.tlogEntries[0].inclusionProof;
        p.hashes[0] = flip(p.hashes[0]);
      },
      ['PA002'],
    ],
    [
      'a changed integrated time',
      (b) => {
        b.verificationMaterial.tlogEntries[0].integratedTime = String(
          Number(b.verificationMaterial.tlogEntries[0].integratedTime) + 60,
        );
      },
      ['PA002'],
    ],
    [
      'a certificate from another signing',
      (b) => {
        const other = JSON.parse(readFileSync(join(FIX, 'sigstore-js/bundleV03-dsse.sigstore'), 'utf8'));
        b.verificationMaterial.certificate = other.verificationMaterial.certificate;
      },
      ['PA002'],
    ],
    [
      'an unknown bundle media type',
      (b) => {
        b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.9+json';
      },
      ['PA001'],
    ],
    [
      'another DSSE payload type',
      (b) => {
        b.dsseEnvelope.payloadType = 'application/json';
      },
      ['PA001'],
    ],
  ])('refuses %s', async (name, edit, expected) => {
    const { rules } = await verify(tampered(name.replace(/\W+/g, '-'), edit), MODULE, GITHUB_POLICY);
    expect(rules).toEqual(expected);
  });

  it('refuses a file that is not JSON', async () => {
    const file = join(dir, 'junk.json');
    writeFileSync(file, 'not json');
    expect((await verify(file, MODULE, GITHUB_POLICY)).rules).toEqual(['PA001']);
  });

  it('refuses another artifact: the digest is ours, not the bundle’s', async () => {
    const other = join(dir, 'MODULE.bazel');
    writeFileSync(other, `${readFileSync(MODULE, 'utf8')}\n# changed\n`);
    expect((await verify(BCR, other, GITHUB_POLICY)).rules).toEqual(['PA004']);
  });

  it('refuses a trusted root that does not hold the signing CA', async () => {
    const root = JSON.parse(readFileSync(ROOT, 'utf8'));
    root.certificateAuthorities = root.certificateAuthorities.slice(0, 1);
    const file = join(dir, 'root-without-ca.json');
    writeFileSync(file, JSON.stringify(root));
    expect((await verify(BCR, MODULE, GITHUB_POLICY, file)).rules).toEqual(['PA002']);
  });

  it('with a directory, picks the bundle that verifies and says the others did not', async () => {
    const bundles = mkdtempSync(join(dir, 'bundles-'));
    writeFileSync(join(bundles, 'a.jsonl'), readFileSync(WRONG_SIGNER));
    writeFileSync(join(bundles, 'b.jsonl'), readFileSync(BCR));
    const { out, rules } = await verify(bundles, MODULE, GITHUB_POLICY);
    expect(rules).toEqual([]);
    expect(out.notes?.join('\n')).toMatch(/verified by .*b\.jsonl; 1 other bundle\(s\) did not verify/);
  });

  it('with a directory, an artifact no bundle names is PA007', async () => {
    const bundles = mkdtempSync(join(dir, 'only-'));
    writeFileSync(join(bundles, 'b.jsonl'), readFileSync(BCR));
    expect((await verify(bundles, `sha256:${'0'.repeat(64)}`, GITHUB_POLICY)).rules).toEqual(['PA007']);
  });

  it('needs an issuer and an identity', async () => {
    await expect(verify(BCR, MODULE, { 'source-repository': 'aspect-build/rules_lint' })).rejects.toThrow(
      'certificate-oidc-issuer',
    );
    await expect(verify(BCR, MODULE, { 'certificate-oidc-issuer': GH })).rejects.toThrow('needs an identity');
  });
});

describe('real sigstore-js npm publish bundles (v0.1, v0.2, v0.3)', () => {
  it.each(['bundleV03-dsse', 'bundleV02-dsse', 'bundleV01-dsse-with-proof', 'bundleV03-intoto'])(
    '%s verifies',
    async (name) => {
      const { out, rules } = await verify(join(FIX, `sigstore-js/${name}.sigstore`), NPM_DIGEST, NPM_POLICY);
      expect(out.errors).toEqual([]);
      expect(rules).toEqual([]);
    },
  );

  it.each<[string, Record<string, unknown>, string, string[]]>([
    ['the wrong e-mail', { 'certificate-identity': 'brian@dehamer.co' }, NPM_DIGEST, ['PA003']],
    ['a GitHub Actions issuer', { 'certificate-oidc-issuer': GH }, NPM_DIGEST, ['PA003']],
    [
      'the SLSA predicate type',
      { 'predicate-type': 'https://slsa.dev/provenance/v1' },
      NPM_DIGEST,
      ['PA005'],
    ],
    ['another digest', {}, `sha512:${'1'.repeat(128)}`, ['PA004']],
  ])('refuses %s', async (_name, extra, target, expected) => {
    const { rules } = await verify(join(FIX, 'sigstore-js/bundleV03-dsse.sigstore'), target, {
      ...NPM_POLICY,
      ...extra,
    });
    expect(rules).toEqual(expected);
  });
});

describe('through the CLI', () => {
  it('exits 0 when provenance verifies, 1 when the policy fails, 2 when the trusted root is missing', async () => {
    const base = [
      'verify',
      MODULE,
      '--bundle',
      BCR,
      '--certificate-oidc-issuer',
      GH,
      '--source-repository',
      'aspect-build/rules_lint',
    ];
    expect((await cli([...base, '--trusted-root', ROOT], dir)).code).toBe(0);
    const failed = await cli(
      [...base, '--trusted-root', ROOT, '--source-ref', 'refs/heads/main', '--format', 'json'],
      dir,
    );
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['PA003']);
    const missing = await cli([...base, '--trusted-root', join(dir, 'nope.json')], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read trusted root');
  });
});

describe("real GitHub attestations from gh's own test data (cli/cli, MIT)", () => {
  const GHCLI = join(FIX, 'gh-cli');
  const gh = (bundle: string, artifact: string, options: Record<string, unknown>) =>
    verify(join(GHCLI, bundle), join(GHCLI, artifact), { 'certificate-oidc-issuer': GH, ...options });

  it.each<[string, string, string, Record<string, unknown>, string[]]>([
    [
      'npm provenance of sigstore 2.1.0 (SHA-512 subject, legacy build type)',
      'sigstore-js-2.1.0-bundle.json',
      'sigstore-js-2.1.0.tgz',
      { 'source-repository': 'sigstore/sigstore-js' },
      [],
    ],
    [
      'the same under another repository',
      'sigstore-js-2.1.0-bundle.json',
      'sigstore-js-2.1.0.tgz',
      { 'source-repository': 'sigstore/sigstore-go' },
      ['PA003'],
    ],
    [
      'a reusable workflow: the signer is the shared workflow',
      'reusable-workflow-attestation.sigstore.json',
      'reusable-workflow-artifact',
      {
        'source-repository': 'malancas/attest-demo',
        'signer-workflow': 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
      },
      [],
    ],
    [
      'a reusable workflow, expecting the caller as signer',
      'reusable-workflow-attestation.sigstore.json',
      'reusable-workflow-artifact',
      {
        'source-repository': 'malancas/attest-demo',
        'signer-workflow': 'malancas/attest-demo/.github/workflows/shared.yml',
      },
      ['PA003'],
    ],
    [
      'an enterprise custom issuer, under its own issuer',
      'custom-issuer.sigstore.json',
      'custom-issuer-artifact',
      {
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com/hammer-time',
        'source-repository': 'too-legit/attest',
      },
      [],
    ],
    [
      'an enterprise custom issuer, under the default issuer',
      'custom-issuer.sigstore.json',
      'custom-issuer-artifact',
      { 'source-repository': 'too-legit/attest' },
      ['PA003'],
    ],
    [
      'a bundle whose payload is not in-toto',
      'sigstoreBundle-invalid-signature.json',
      'sigstore-js-2.1.0.tgz',
      { 'source-repository': 'sigstore/sigstore-js' },
      ['PA001'],
    ],
    [
      'another artifact',
      'sigstore-js-2.1.0-bundle.json',
      'custom-issuer-artifact',
      { 'source-repository': 'sigstore/sigstore-js' },
      ['PA004'],
    ],
  ])('%s', async (_name, bundle, artifact, options, expected) => {
    const { out, rules } = await gh(bundle, artifact, options);
    expect(out.errors).toEqual([]);
    expect(rules).toEqual(expected);
  });

  it('refuses a legacy-type predicate whose builder is not the runner the certificate names', async () => {
    const b = JSON.parse(readFileSync(join(GHCLI, 'sigstore-js-2.1.0-bundle.json'), 'utf8'));
    const file = join(dir, 'legacy-builder.json');
    const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
    s.predicate.runDetails.builder.id = 'https://github.com/actions/runner/self-hosted';
    writeFileSync(
      file,
      JSON.stringify({
        ...b,
        dsseEnvelope: { ...b.dsseEnvelope, payload: Buffer.from(JSON.stringify(s)).toString('base64') },
      }),
    );
    // The signature no longer matches either: both the crypto and, had it matched, the binding refuse it.
    expect(
      (
        await verify(file, join(GHCLI, 'sigstore-js-2.1.0.tgz'), {
          'certificate-oidc-issuer': GH,
          'source-repository': 'sigstore/sigstore-js',
        })
      ).rules,
    ).toEqual(['PA002']);
  });
});

describe('policy from portcullis.yaml', () => {
  it('reads the verify section, and refuses a typo in it as a config error', async () => {
    const cwd = mkdtempSync(join(dir, 'config-'));
    writeFileSync(
      join(cwd, 'portcullis.yaml'),
      [
        'verify:',
        `  bundle: ${BCR}`,
        `  trusted-root: ${ROOT}`,
        `  certificate-oidc-issuer: ${GH}`,
        '  source-repository: aspect-build/rules_lint',
        '  signer-workflow: bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml',
        '  external-parameters: {workflow.path: .github/workflows/release.yml}',
        '  deny-self-hosted-runners: true',
        '',
      ].join('\n'),
    );
    expect((await cli(['verify', MODULE], cwd)).code).toBe(0);
    writeFileSync(
      join(cwd, 'portcullis.yaml'),
      `verify:\n  max-age: 30 days\n  certificate-oidc-issuer: ${GH}\n`,
    );
    const bad = await cli(['verify', MODULE], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/max-age/);
  });
});
