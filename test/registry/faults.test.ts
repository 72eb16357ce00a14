import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ImageReference,
  parseImageReference,
  RegistryClient,
  RegistryError,
} from '../../src/registry/index.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type PushedImage, startRegistry, type TestRegistry } from '../support/registry.js';

// Each fault gives a retry that succeeds or an error naming the registry (and the status when
// the registry answered): never a digest that was not checked.
describe('registry faults through a proxy', () => {
  let reg: TestRegistry;
  let proxy: FaultProxy;
  let img: PushedImage;
  const ref = (text: string): ImageReference => parseImageReference(`${proxy.host}/${text}`);
  // A long timeout where nothing should stall, so a loaded machine cannot turn a slow answer into a retry.
  const client = (timeoutMs = 10_000) =>
    new RegistryClient({ env: {}, retries: 2, backoffMs: 10, timeoutMs });
  beforeAll(async () => {
    reg = await startRegistry();
    img = await reg.pushImage('app', '1');
    proxy = await startFaultProxy(reg.url);
  });
  afterEach(() => proxy.clear());
  afterAll(async () => {
    await proxy.stop();
    await reg.stop();
  });

  it('429 with Retry-After: waits as asked, then succeeds', async () => {
    proxy.inject({
      method: 'HEAD',
      times: 1,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    const c = client();
    const started = Date.now();
    expect((await c.resolveDigest(ref('app:1'))).digest).toBe(img.digest);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(proxy.log.map((l) => l.outcome)).toEqual(['429', '200']);
    expect(c.requestCount).toBe(2);
  });

  it('429 asking for longer than the client waits fails at once, naming registry and status', async () => {
    proxy.inject({ fault: { kind: 'status', status: 429, headers: { 'retry-after': '3600' } } });
    const c = client();
    const e = await c.resolveDigest(ref('app:1')).catch((x) => x);
    expect(e).toBeInstanceOf(RegistryError);
    expect(e).toMatchObject({ code: 'REGISTRY_REFUSED', registry: proxy.host, status: 429 });
    expect(e.message).toMatch(/429 Too Many Requests.*retry after 3600 s/);
    expect(c.requestCount).toBe(1);
  });

  it('500 then success: retried', async () => {
    proxy.inject({ times: 2, fault: { kind: 'status', status: 503 } });
    const c = client();
    expect((await c.resolveDigest(ref('app:1'))).digest).toBe(img.digest);
    expect(proxy.log.map((l) => l.outcome)).toEqual(['503', '503', '200']);
  });

  it('500 every time: an error with registry and status after the retries', async () => {
    proxy.inject({
      fault: { kind: 'status', status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"boom"}]}' },
    });
    const c = client();
    const e = await c.resolveDigest(ref('app:1')).catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_REFUSED', registry: proxy.host, status: 500 });
    expect(e.message).toBe(`${proxy.host}: HEAD /v2/app/manifests/1 returned 500 Internal Server Error`);
    expect(c.requestCount).toBe(3);
    const g = await client()
      .getManifest(ref('app:1'))
      .catch((x) => x);
    expect(g.message).toMatch(/returned 500 Internal Server Error: UNKNOWN boom$/);
  });

  it('a stalled manifest body times out (retried), then fails as unreachable', async () => {
    proxy.inject({ method: 'GET', fault: { kind: 'stall', bytes: 10 } });
    const c = client(400);
    const e = await c.getManifest(ref('app:1')).catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_UNREACHABLE', registry: proxy.host });
    expect(e.message).toMatch(/no answer within 400 ms \(the body stalled/);
    expect(proxy.log).toHaveLength(3);
  });

  it('a stalled blob stream fails after the idle timeout', async () => {
    proxy.inject({ method: 'GET', path: /\/blobs\//, fault: { kind: 'stall', bytes: 5 } });
    const e = await client(400)
      .fetchBlob(ref('app'), img.image.layers[0].descriptor.digest)
      .catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_UNREACHABLE', registry: proxy.host });
    expect(e.message).toMatch(/stalled/);
  });

  it('a corrupted manifest (wrong digest) is a digest mismatch, by digest and by tag', async () => {
    proxy.inject({ method: 'GET', fault: { kind: 'corrupt' } });
    const byDigest = await client()
      .getManifest({ ...ref('app'), digest: img.digest })
      .catch((x) => x);
    expect(byDigest).toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH', registry: proxy.host });
    const byTag = await client()
      .getManifest(ref('app:1'))
      .catch((x) => x);
    expect(byTag).toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH' });
    expect(byTag.message).toMatch(new RegExp(`expected ${img.digest}`));
  });

  it('a corrupted blob is a digest mismatch', async () => {
    proxy.inject({ method: 'GET', path: /\/blobs\//, fault: { kind: 'corrupt' } });
    const e = await client()
      .fetchBlob(ref('app'), img.image.config.descriptor.digest)
      .catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_DIGEST_MISMATCH', registry: proxy.host });
  });

  it('a malformed or contradicting Docker-Content-Digest on HEAD is an error, not a pin', async () => {
    proxy.inject({
      method: 'HEAD',
      times: 1,
      fault: { kind: 'header', name: 'docker-content-digest', value: 'sha256:zz' },
    });
    await expect(client().resolveDigest(ref('app:1'))).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
    });
    const other = `sha256:${'0'.repeat(64)}`;
    proxy.inject({
      method: 'HEAD',
      times: 1,
      fault: { kind: 'header', name: 'docker-content-digest', value: other },
    });
    await expect(client().resolveDigest({ ...ref('app'), digest: img.digest })).rejects.toMatchObject({
      code: 'REGISTRY_DIGEST_MISMATCH',
    });
  });

  it('HEAD without a digest, or refused, falls back to GET and hashes the manifest', async () => {
    proxy.inject({ method: 'HEAD', times: 1, fault: { kind: 'header', name: 'docker-content-digest' } });
    const c = client();
    expect((await c.resolveDigest(ref('app:1'))).digest).toBe(img.digest);
    expect(proxy.log.map((l) => `${l.method} ${l.outcome}`)).toEqual(['HEAD 200 header', 'GET 200']);
    proxy.clear();
    proxy.inject({ method: 'HEAD', fault: { kind: 'status', status: 405 } });
    expect((await client().resolveDigest(ref('app:1'))).digest).toBe(img.digest);
  });

  it('dropped connections are retried, then unreachable', async () => {
    proxy.inject({ fault: { kind: 'drop' } });
    const c = client();
    const e = await c.resolveDigest(ref('app:1')).catch((x) => x);
    expect(e).toMatchObject({ code: 'REGISTRY_UNREACHABLE', registry: proxy.host });
    expect(e.status).toBeUndefined();
    expect(e.message).toMatch(
      new RegExp(`^${proxy.host}: HEAD /v2/app/manifests/1: cannot connect \\(fetch failed: `),
    );
    expect(c.requestCount).toBe(3);
  });
});

describe('credentials and redirects', () => {
  it('a blob redirected to another host is fetched without the registry credentials', async () => {
    const reg = await startRegistry({ auth: 'htpasswd' });
    const proxy = await startFaultProxy(reg.url);
    const seen: (string | undefined)[] = [];
    const img = await reg.pushImage('app', '1');
    const layer = img.image.layers[0];
    const { createServer } = await import('node:http');
    const store = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-length': String(layer.bytes.length) }).end(Buffer.from(layer.bytes));
    });
    await new Promise<void>((r) => store.listen(0, '127.0.0.1', r));
    const storeUrl = `http://127.0.0.1:${(store.address() as { port: number }).port}/blob`;
    try {
      proxy.inject({
        path: /\/blobs\//,
        fault: { kind: 'status', status: 307, headers: { location: storeUrl } },
      });
      const c = new RegistryClient({
        env: {
          HOME: '/nonexistent',
          PORTCULLIS_REGISTRY_HOST: proxy.host,
          PORTCULLIS_REGISTRY_USERNAME: reg.user.username,
          PORTCULLIS_REGISTRY_PASSWORD: reg.user.password,
        },
      });
      await c.resolveDigest(parseImageReference(`${proxy.host}/app:1`));
      const bytes = await c.fetchBlob(parseImageReference(`${proxy.host}/app`), layer.descriptor.digest);
      expect(bytes.length).toBe(layer.bytes.length);
      expect(
        proxy.log.filter((l) => l.path.includes('/blobs/')).map((l) => [l.outcome, l.authorized]),
      ).toEqual([['307', true]]);
      expect(seen).toEqual([undefined]);
    } finally {
      store.close();
      await proxy.stop();
      await reg.stop();
    }
  });
});
