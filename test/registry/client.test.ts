import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ImageReference,
  MEDIA_TYPES,
  parseImageReference,
  RegistryClient,
  RegistryError,
  sha256Digest,
} from '../../src/registry/index.js';
import { type PushedImage, type PushedIndex, startRegistry, type TestRegistry } from '../support/registry.js';

describe('RegistryClient against docker-registry (no auth)', () => {
  let reg: TestRegistry;
  let single: PushedImage;
  let multi: PushedIndex;
  const ref = (text: string): ImageReference => parseImageReference(`${reg.host}/${text}`);
  beforeAll(async () => {
    reg = await startRegistry();
    single = await reg.pushImage('team/app', '1.2.3', { created: '2026-03-04T05:06:07Z' });
    multi = await reg.pushIndex('multi', '2', ['linux/amd64', 'linux/arm64/v8'], {
      created: '2026-02-01T00:00:00Z',
    });
  });
  afterAll(() => reg.stop());

  it('resolves a multi-platform tag to its index digest with one HEAD, then from the cache', async () => {
    const c = reg.client();
    const got = await c.resolveDigest(ref('multi:2'));
    expect(got).toMatchObject({ digest: multi.digest, mediaType: MEDIA_TYPES.ociIndex });
    expect(c.requestCount).toBe(1);
    await Promise.all([c.resolveDigest(ref('multi:2')), c.resolveDigest(ref('multi:2'))]);
    expect(c.requestCount).toBe(1);
  });

  it('resolves a single-platform tag to its manifest digest', async () => {
    const c = reg.client();
    expect((await c.resolveDigest(ref('team/app:1.2.3'))).digest).toBe(single.digest);
  });

  it.each([
    ['linux/amd64', 0],
    ['linux/arm64', 1],
    ['linux/arm64/v8', 1],
  ])('--platform %s selects that child of the index', async (platform, child) => {
    const c = reg.client();
    expect((await c.resolveDigest(ref('multi:2'), { platform })).digest).toBe(multi.children[child].digest);
  });

  it('Docker v2 manifest lists and manifests resolve the same way', async () => {
    const list = await reg.pushIndex('dockerv2', '1', ['linux/amd64', 'linux/arm/v7'], { docker: true });
    const c = reg.client();
    expect(await c.resolveDigest(ref('dockerv2:1'))).toMatchObject({
      digest: list.digest,
      mediaType: MEDIA_TYPES.dockerManifestList,
    });
    expect((await c.resolveDigest(ref('dockerv2:1'), { platform: 'linux/arm' })).digest).toBe(
      list.children[1].digest,
    );
    const child = await c.getManifest({ ...ref('dockerv2'), digest: list.children[0].digest });
    expect(child.mediaType).toBe(MEDIA_TYPES.dockerManifest);
  });

  it('a platform the index lacks is an error listing what it has', async () => {
    await expect(reg.client().resolveDigest(ref('multi:2'), { platform: 'linux/s390x' })).rejects.toThrow(
      /no linux\/s390x image \(it has linux\/amd64, linux\/arm64\/v8\)/,
    );
  });

  it('reads a manifest by digest and checks it; reads created from the config', async () => {
    const c = reg.client();
    const m = await c.getManifest({ ...ref('multi'), digest: multi.digest });
    expect(m.digest).toBe(multi.digest);
    expect(sha256Digest(m.bytes)).toBe(multi.digest);
    expect(m.manifest.manifests).toHaveLength(2);
    expect(await c.getCreated(ref('team/app:1.2.3'))).toBe('2026-03-04T05:06:07Z');
    expect(await c.getCreated(ref('multi:2'), { platform: 'linux/arm64' })).toBe('2026-02-01T00:00:00Z');
  });

  it('streams a blob and verifies its digest', async () => {
    const layer = single.image.layers[0];
    const c = reg.client();
    const bytes = await c.fetchBlob(ref('team/app'), layer.descriptor.digest);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(layer.bytes))).toBe(0);
    expect(await c.hasBlob(ref('team/app'), layer.descriptor.digest)).toBe(true);
    expect(await c.hasBlob(ref('team/app'), sha256Digest(Buffer.from('absent')))).toBe(false);
  });

  it('a missing tag is a RegistryError with the registry name, 404 and MANIFEST_UNKNOWN', async () => {
    const e = await reg
      .client()
      .resolveDigest(ref('team/app:nope'))
      .catch((x) => x);
    expect(e).toBeInstanceOf(RegistryError);
    expect(e).toMatchObject({ code: 'REGISTRY_REFUSED', registry: reg.host, status: 404 });
    const viaGet = await reg
      .client()
      .getManifest(ref('team/app:nope'))
      .catch((x) => x);
    expect(viaGet).toMatchObject({ status: 404, registryCode: 'MANIFEST_UNKNOWN' });
    expect(viaGet.message).toMatch(
      new RegExp(`^${reg.host}: GET /v2/team/app/manifests/nope returned 404 Not Found`),
    );
  });

  it('agrees with skopeo: the digest of the raw manifest skopeo reads, and an image skopeo copied', async () => {
    const raw = execFileSync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${reg.host}/multi:2`,
    ]);
    expect(sha256Digest(raw)).toBe(multi.digest);
    execFileSync(
      'skopeo',
      [
        'copy',
        '--all',
        '--preserve-digests',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        `docker://${reg.host}/multi:2`,
        `docker://${reg.host}/copied:2`,
      ],
      { stdio: 'ignore' },
    );
    const c = reg.client();
    expect((await c.resolveDigest(ref('copied:2'))).digest).toBe(multi.digest);
    expect((await c.resolveDigest(ref('copied:2'), { platform: 'linux/arm64' })).digest).toBe(
      multi.children[1].digest,
    );
  });

  it('lists tags', async () => {
    await reg.pushImage('tags', 'a');
    await reg.pushImage('tags', 'b');
    expect((await reg.client().listTags(ref('tags'))).sort()).toEqual(['a', 'b']);
  });

  it('pushes a referrer and lists it (referrers API, or the tag schema where the registry lacks it)', async () => {
    const c = reg.client();
    const subject = { ...ref('team/app'), digest: single.digest };
    const empty = Buffer.from('{}');
    await c.pushBlob(ref('team/app'), empty, MEDIA_TYPES.ociEmpty);
    const artifact = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType: 'application/vnd.example.sbom',
      config: { mediaType: MEDIA_TYPES.ociEmpty, digest: sha256Digest(empty), size: 2 },
      layers: [{ mediaType: MEDIA_TYPES.ociEmpty, digest: sha256Digest(empty), size: 2 }],
      subject: {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: single.digest,
        size: single.image.manifestBytes.length,
      },
    };
    const pushed = await c.pushManifest({ ...ref('team/app'), tag: undefined }, artifact);
    if (!pushed.subjectAccepted)
      await c.addReferrerToTagSchema(subject, {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: pushed.digest,
        size: Buffer.from(JSON.stringify(artifact)).length,
        artifactType: artifact.artifactType,
      });
    const list = await reg.client().listReferrers(subject, { artifactType: 'application/vnd.example.sbom' });
    expect(list.map((d) => d.digest)).toEqual([pushed.digest]);
    expect(await reg.client().listReferrers(subject, { artifactType: 'other' })).toEqual([]);
  });

  it('deleting a manifest makes its digest unknown', async () => {
    const img = await reg.pushImage('gone', '1');
    const c = reg.client();
    await c.deleteManifest({ ...ref('gone'), digest: img.digest });
    await expect(reg.client().resolveDigest({ ...ref('gone'), digest: img.digest })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('RegistryClient authentication', () => {
  const regs: TestRegistry[] = [];
  afterAll(async () => {
    for (const r of regs) await r.stop();
  });
  const start = async (...args: Parameters<typeof startRegistry>) => {
    const r = await startRegistry(...args);
    regs.push(r);
    return r;
  };

  it('htpasswd basic auth with credentials from ~/.docker/config.json (base64 auth)', async () => {
    const reg = await start({ auth: 'htpasswd' });
    const img = await reg.pushImage('private/app', '1');
    const home = mkdtempSync(join(tmpdir(), 'pc-home-'));
    const docker = join(home, '.docker');
    const auth = Buffer.from(`${reg.user.username}:${reg.user.password}`).toString('base64');
    mkdirSync(docker);
    writeFileSync(
      join(docker, 'config.json'),
      JSON.stringify({ auths: { [`http://${reg.host}/v2/`]: { auth } } }),
    );
    const c = new RegistryClient({ env: { HOME: home } });
    expect((await c.resolveDigest(parseImageReference(`${reg.host}/private/app:1`))).digest).toBe(img.digest);
    // one 401 challenge, then the request with basic auth; later requests authenticate at once
    expect(c.requestCount).toBe(2);
    await c.resolveDigest(parseImageReference(`${reg.host}/private/app@${img.digest}`));
    expect(c.requestCount).toBe(3);
  });

  it('htpasswd without credentials, or with wrong ones, is a 401 error that names the registry and hides the password', async () => {
    const reg = await start({ auth: 'htpasswd' });
    const none = await new RegistryClient({ env: { HOME: '/nonexistent' } })
      .resolveDigest(parseImageReference(`${reg.host}/x:1`))
      .catch((e) => e);
    expect(none).toMatchObject({ code: 'REGISTRY_REFUSED', status: 401, registry: reg.host });
    expect(none.message).toMatch(
      /returned 401 Unauthorized.*\(no credentials for this registry: docker login/,
    );
    const wrong = await new RegistryClient({
      env: {
        HOME: '/nonexistent',
        PORTCULLIS_REGISTRY_HOST: reg.host,
        PORTCULLIS_REGISTRY_USERNAME: 'tester',
        PORTCULLIS_REGISTRY_PASSWORD: 'not-the-password',
      },
    })
      .resolveDigest(parseImageReference(`${reg.host}/x:1`))
      .catch((e) => e);
    expect(wrong).toMatchObject({ code: 'REGISTRY_REFUSED', status: 401 });
    expect(wrong.message).toMatch(/\(the credentials were refused\)$/);
    expect(`${wrong.message} ${JSON.stringify(wrong)}`).not.toMatch(/not-the-password|Basic /);
  });

  it('token auth: challenge, token with credentials, one token per repository scope', async () => {
    const reg = await start({ auth: 'token' });
    const a = await reg.pushImage('one', '1');
    const b = await reg.pushImage('two', '1');
    const c = reg.client();
    const seen = reg.tokenServer!.requests.length;
    expect((await c.resolveDigest(parseImageReference(`${reg.host}/one:1`))).digest).toBe(a.digest);
    expect(c.requestCount).toBe(3); // 401, token, HEAD
    expect((await c.resolveDigest(parseImageReference(`${reg.host}/two:1`))).digest).toBe(b.digest);
    expect(c.requestCount).toBe(5); // token for the new scope, HEAD
    expect(reg.tokenServer!.requests.slice(seen)).toEqual([
      { scope: 'repository:one:pull', user: 'tester' },
      { scope: 'repository:two:pull', user: 'tester' },
    ]);
  });

  it('token auth: anonymous tokens pull public images; a refused pull names registry and status without the token', async () => {
    const reg = await start({ auth: 'token', anonymousPull: true });
    const img = await reg.pushImage('public', '1');
    const anon = new RegistryClient({ env: { HOME: '/nonexistent' } });
    expect((await anon.resolveDigest(parseImageReference(`${reg.host}/public:1`))).digest).toBe(img.digest);
    expect(reg.tokenServer!.requests.at(-1)).toEqual({ scope: 'repository:public:pull', user: undefined });
    const pushing = await anon
      .pushBlob(parseImageReference(`${reg.host}/public`), Buffer.from('x'))
      .catch((e) => e);
    expect(pushing).toMatchObject({ code: 'REGISTRY_REFUSED', status: 401, registry: reg.host });
    expect(pushing.message).not.toMatch(/eyJ|Bearer [^*]/);
  });

  it('a token service that refuses the credentials is a 401 error', async () => {
    const reg = await start({ auth: 'token' });
    const c = new RegistryClient({
      env: {
        HOME: '/nonexistent',
        PORTCULLIS_REGISTRY_HOST: reg.host,
        PORTCULLIS_REGISTRY_USERNAME: 'tester',
        PORTCULLIS_REGISTRY_PASSWORD: 'bad-password-value',
      },
    });
    const e = await c.resolveDigest(parseImageReference(`${reg.host}/x:1`)).catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_REFUSED', status: 401, registry: reg.host });
    expect(e.message).toMatch(/token service/);
    expect(e.message).not.toContain('bad-password-value');
  });
});

describe('scheme choice', () => {
  it('http only for loopback and the insecure list; https otherwise', async () => {
    const { Transport } = await import('../../src/registry/transport.js');
    const t = new Transport({ insecureRegistries: ['mirror.internal:5000'], env: {} });
    expect(t.baseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(t.baseUrl('localhost')).toBe('http://localhost');
    expect(t.baseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(t.baseUrl('mirror.internal:5000')).toBe('http://mirror.internal:5000');
    expect(t.baseUrl('mirror.internal')).toBe('https://mirror.internal');
    expect(t.baseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(t.baseUrl('127.example.com')).toBe('https://127.example.com');
  });
});
