/**
 * Offline stand-ins for Fulcio, a Rekor v1 transparency log and an RFC 3161 timestamp
 * authority, from the Sigstore project's own @sigstore/mock, served over real HTTP on
 * 127.0.0.1, plus an OIDC issuer (discovery + JWKS) that signs CI identity tokens.
 *
 * Known limits of the mock, worked around here without weakening verification:
 * - its log stores the proposed entry verbatim, so only the `intoto` entry kind verifies
 *   (real Rekor canonicalises `dsse` entries); tests sign with entryType 'intoto';
 * - it has no Rekor v2 inclusion proofs that verify, so tests use v1;
 * - its root certificates are always valid from now, so it cannot sign "in the past";
 *   max-age is tested on real 2025 bundles and on the PA006 rule directly;
 * - its TSA writes the GeneralizedTime fraction without trailing zeros (".5Z" when the
 *   clock's milliseconds end in 0), which @sigstore/core cannot parse ("invalid time"); the
 *   test helper `attest` reports such a bundle and `withTsaRetry` signs again. Verification
 *   itself is never retried.
 * This is a mock transparency log, not Rekor.
 */
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  type HandlerFn,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';
import { exportJWK, type JWK, SignJWT } from 'jose';

export interface MockSigstore {
  url: string;
  /** A trusted root (protobuf-specs JSON) for exactly these mock services. */
  trustedRoot: Record<string, unknown>;
  /** Signs an identity token with the mock issuer's key; `iss` is the mock's URL. */
  token(claims: Record<string, unknown>, audience?: string): Promise<string>;
  /** How many requests reached each path. */
  hits: Map<string, number>;
  /** Makes the next requests to a path fail with this status. */
  failPath(path: string, status: number): void;
  clearFailures(): void;
  /** Serves an extra route, e.g. GitHub's token service or attestation store. */
  route(path: string, handler: HandlerFn): void;
  /** The last request body and authorization header seen on a path. */
  lastRequest: Map<string, { body: string; authorization?: string; query: string }>;
  close(): Promise<void>;
}

function b64(bytes: ArrayBufferView | Buffer): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export async function startMockSigstore(): Promise<MockSigstore> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctlog = await initializeCTLog(keyPair);
  const ca = await initializeCA(keyPair, ctlog);
  const tlog = await initializeTLog(url, keyPair);
  const tsa = await initializeTSA(keyPair);
  const oidcKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const jwk: JWK = { ...(await exportJWK(oidcKey.publicKey)), kid: 'mock', alg: 'ES256', use: 'sig' };
  const handlers = new Map<string, HandlerFn>();
  for (const h of [
    fulcioHandler(ca, { subjectClaim: 'sigstore_subject' } as never),
    rekorHandler(tlog),
    tsaHandler(tsa),
  ]) {
    handlers.set(h.path, h.fn);
  }
  const json =
    (body: unknown): HandlerFn =>
    async () => ({
      statusCode: 200,
      response: JSON.stringify(body),
      contentType: 'application/json',
    });
  handlers.set('/.well-known/openid-configuration', json({ issuer: url, jwks_uri: `${url}/jwks` }));
  handlers.set('/jwks', json({ keys: [jwk] }));
  const hits = new Map<string, number>();
  const lastRequest = new Map<string, { body: string; authorization?: string; query: string }>();
  const failures = new Map<string, number>();
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = (req.url ?? '/').split('?')[0];
      hits.set(path, (hits.get(path) ?? 0) + 1);
      lastRequest.set(path, {
        body: Buffer.concat(chunks).toString('utf8'),
        authorization: req.headers.authorization,
        query: (req.url ?? '').split('?')[1] ?? '',
      });
      const failWith = failures.get(path);
      const handler = handlers.get(path);
      if (failWith || !handler) {
        res.writeHead(failWith ?? 404).end(failWith ? 'injected failure' : 'not found');
        return;
      }
      const out = await handler(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(out.statusCode, { 'content-type': out.contentType ?? 'application/json' });
      res.end(typeof out.response === 'string' ? out.response : Buffer.from(out.response.buffer));
    });
  });
  const start = new Date(Date.now() - 3600_000).toISOString();
  const ca0 = (certs: ArrayBufferView[]) => ({
    subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
    uri: url,
    certChain: { certificates: certs.map((c) => ({ rawBytes: b64(c) })) },
    validFor: { start },
  });
  const log = (key: Buffer) => ({
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: key.toString('base64'),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor: { start },
    },
    logId: { keyId: createHash('sha256').update(key).digest('base64') },
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [log(tlog.publicKey)],
    certificateAuthorities: [ca0([ca.rootCertificate])],
    ctlogs: [log(ctlog.publicKey)],
    timestampAuthorities: [ca0([tsa.intCertificate, tsa.rootCertificate])],
  };
  return {
    url,
    trustedRoot,
    hits,
    lastRequest,
    failPath: (path, status) => failures.set(path, status),
    clearFailures: () => failures.clear(),
    route: (path, handler) => handlers.set(path, handler),
    token: (claims, audience = 'sigstore') =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'mock' })
        .setIssuer(url)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('10m')
        .setJti(randomUUID())
        .sign(oidcKey.privateKey),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Retries an operation only when the mock TSA's known time-format flake hit it. */
export async function withTsaRetry<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (i >= attempts || !/invalid time|GeneralizedTime/i.test(String((error as Error)?.message ?? error)))
        throw error;
    }
  }
}

/** GitHub Actions claims as a real token of a release run carries them (values recorded from docs). */
export function githubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'repo:acme/app:ref:refs/tags/v1.2.3',
    sigstore_subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    ref: 'refs/tags/v1.2.3',
    ref_type: 'tag',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'acme/app',
    repository_owner: 'acme',
    repository_owner_id: '1001',
    repository_id: '2002',
    repository_visibility: 'public',
    run_id: '9001',
    run_number: '17',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'release',
    workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
    job_workflow_sha: '0123456789abcdef0123456789abcdef01234567',
    event_name: 'push',
    runner_environment: 'github-hosted',
    ...overrides,
  };
}
