/**
 * Image subjects through the shared registry client against a real docker-registry on
 * 127.0.0.1: a tag resolved to its digest, the bundle pushed as an OCI referrer, and verify
 * finding it through the referrers API (or its tag-schema fallback).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ARTIFACT_TYPE } from '../../../src/gates/attest/oci.js';
import { MEDIA_TYPES, parseImageReference } from '../../../src/registry/index.js';
import { type PushedImage, startRegistry, type TestRegistry } from '../../support/registry.js';
import { attest, statementOf, verify } from './support/gates.js';
import { githubClaims, type MockSigstore, startMockSigstore, withTsaRetry } from './support/sigstore-mock.js';

let mock: MockSigstore;
let reg: TestRegistry;
let dir: string;
let root: string;
let app: PushedImage;
let bare: PushedImage;

beforeAll(async () => {
  [mock, reg] = await Promise.all([startMockSigstore(), startRegistry()]);
  app = await reg.pushImage('acme/app', '1.0', { files: { 'app/bin': 'binary v1\n' } });
  bare = await reg.pushImage('acme/other', '1.0', { files: { 'other/bin': 'other\n' } });
  dir = mkdtempSync(join(tmpdir(), 'attest-oci-'));
  writeFileSync(join(dir, 'app.tar.gz'), 'release archive\n');
  root = join(dir, 'trusted-root.json');
  writeFileSync(root, JSON.stringify(mock.trustedRoot));
});
afterAll(async () => {
  await Promise.all([mock.close(), reg.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const policy = () => ({
  'trusted-root': root,
  'certificate-oidc-issuer': mock.url,
  'source-repository': 'acme/app',
});

describe('image subjects and OCI referrers', () => {
  let out: Awaited<ReturnType<typeof attest>>;
  beforeAll(async () => {
    out = await withTsaRetry(async () =>
      attest({
        cwd: dir,
        targets: [`${reg.host}/acme/app:1.0`, 'app.tar.gz'],
        config: {
          'oidc-issuers': [mock.url],
          'server-url': 'https://github.com',
          'fulcio-url': mock.url,
          'rekor-url': mock.url,
          // No TSA: the mock TSA's time-format flake would hit the per-image bundle, which the
          // test helper does not re-check; timestamps are covered in attest-gate.test.ts.
          'rekor-entry-type': 'intoto',
          'push-to-registry': true,
          retries: 0,
        },
        env: { ...reg.env, PORTCULLIS_ID_TOKEN: await mock.token(githubClaims()) },
      }),
    );
  });

  it('resolves the tag to the digest the registry holds', () => {
    expect(out.errors).toEqual([]);
    expect(out.extra?.subjects).toContainEqual({
      name: `${reg.host}/acme/app`,
      digest: { sha256: app.digest.slice('sha256:'.length) },
    });
  });

  it('pushes one bundle naming only the image, as a referrer with the bundle artifact type', async () => {
    const pushed = out.extra?.referrers as { image: string; referrer: string }[];
    expect(pushed).toHaveLength(1);
    const client = reg.client();
    const ref = { ...parseImageReference(`${reg.host}/acme/app`), digest: app.digest };
    const referrers = await client.listReferrers(ref, { artifactType: BUNDLE_ARTIFACT_TYPE });
    expect(referrers.map((r) => r.digest)).toEqual([pushed[0].referrer]);
    const { manifest } = await client.getManifest({ ...ref, digest: pushed[0].referrer });
    expect(manifest).toMatchObject({
      artifactType: BUNDLE_ARTIFACT_TYPE,
      config: { mediaType: MEDIA_TYPES.ociEmpty },
      subject: { digest: app.digest },
      annotations: { 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' },
    });
    const bundle = JSON.parse(
      Buffer.from(await client.fetchBlob(ref, manifest.layers![0].digest)).toString('utf8'),
    );
    expect(statementOf(bundle).subject).toEqual([
      { name: `${reg.host}/acme/app`, digest: { sha256: app.digest.slice(7) } },
    ]);
  });

  it('verify finds the bundle through the referrers of the image, by tag or by digest', async () => {
    for (const target of [
      `${reg.host}/acme/app:1.0`,
      `${reg.host}/acme/app@${app.digest}`,
      `oci://${reg.host}/acme/app:1.0`,
    ]) {
      const { out: v, rules } = await verify({
        cwd: dir,
        targets: [target],
        options: policy(),
        env: reg.env,
      });
      expect(v.errors).toEqual([]);
      expect(rules).toEqual([]);
    }
  });

  it('verify refuses the image under a policy for another repository', async () => {
    const { rules } = await verify({
      cwd: dir,
      targets: [`${reg.host}/acme/app:1.0`],
      options: { ...policy(), 'source-repository': 'acme/other' },
      env: reg.env,
    });
    expect(rules).toEqual(['PA003']);
  });

  it('an image without attestations is PA007, never a pass', async () => {
    const { rules } = await verify({
      cwd: dir,
      targets: [`${reg.host}/acme/other:1.0`],
      options: policy(),
      env: reg.env,
    });
    expect(rules).toEqual(['PA007']);
    expect(bare.digest).toMatch(/^sha256:/);
  });

  it('a missing image is an error', async () => {
    const { out: v } = await verify({
      cwd: dir,
      targets: [`${reg.host}/acme/missing:1.0`],
      options: policy(),
      env: reg.env,
    });
    expect(v.errors[0]?.message).toMatch(/acme\/missing/);
  });

  it('a file without --bundle is a usage error', async () => {
    await expect(verify({ cwd: dir, targets: ['app.tar.gz'], options: policy() })).rejects.toThrow(
      'give --bundle',
    );
  });
});

describe('deploy gate: verify --manifests', () => {
  const deployment = (appImage: string, otherImage: string) =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: app}',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: init',
      `          image: ${otherImage}`,
      '      containers:',
      '        - name: app',
      `          image: ${appImage}`,
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: nightly}',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      `            - image: ${appImage}`,
      '',
    ].join('\n');

  it('requires provenance for every image and points at the manifest line of the one without', async () => {
    const k8s = mkdtempSync(join(dir, 'k8s-'));
    writeFileSync(
      join(k8s, 'app.yaml'),
      deployment(`${reg.host}/acme/app:1.0`, `${reg.host}/acme/other:1.0`),
    );
    const { out, rules } = await verify({
      cwd: dir,
      targets: [],
      options: { ...policy(), manifests: [k8s] },
      env: reg.env,
    });
    expect(out.errors).toEqual([]);
    expect(rules).toEqual(['PA007']);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      line: 9,
      column: 18,
      endColumn: 18 + `${reg.host}/acme/other:1.0`.length,
    });
    expect(out.findings[0].file).toMatch(/k8s-.*\/app\.yaml$/);
    expect([...(out.scanned ?? [])].sort()).toEqual([
      `${reg.host}/acme/app:1.0`,
      `${reg.host}/acme/other:1.0`,
    ]);
  });

  it('passes when every image verifies', async () => {
    const k8s = mkdtempSync(join(dir, 'k8s-ok-'));
    writeFileSync(
      join(k8s, 'app.yaml'),
      deployment(`${reg.host}/acme/app:1.0`, `${reg.host}/acme/app@${app.digest}`),
    );
    const { out, rules } = await verify({
      cwd: dir,
      targets: [],
      options: { ...policy(), manifests: [k8s] },
      env: reg.env,
    });
    expect(out.errors).toEqual([]);
    expect(rules).toEqual([]);
  });

  it('a manifest that does not parse is an error, and none with images is a usage error', async () => {
    const bad = mkdtempSync(join(dir, 'k8s-bad-'));
    writeFileSync(join(bad, 'bad.yaml'), 'apiVersion: v1\nkind: Pod\nspec: {containers: [\n');
    await expect(
      verify({ cwd: dir, targets: [], options: { ...policy(), manifests: [bad] } }),
    ).rejects.toThrow(/bad\.yaml:\d+:\d+/);
    const empty = mkdtempSync(join(dir, 'k8s-empty-'));
    writeFileSync(join(empty, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n');
    await expect(
      verify({ cwd: dir, targets: [], options: { ...policy(), manifests: [empty] } }),
    ).rejects.toThrow('no container images');
  });
});
