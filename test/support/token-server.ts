import { execFileSync } from 'node:child_process';
import { createPrivateKey, type KeyObject, randomUUID, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A token service as the distribution token spec describes, signing ES256 JWTs with a self-signed key. */
export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  /** PEM of the certificate the registry's `rootcertbundle` must trust. */
  certFile: string;
  /** Requests served, and how each authenticated. */
  requests: { scope?: string; user?: string }[];
  stop(): Promise<void>;
}

export interface TokenServerOptions {
  dir: string;
  users: Record<string, string>;
  /** Anonymous callers get pull access (like Docker Hub's public images). */
  anonymousPull?: boolean;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Generates an EC P-256 key and a self-signed certificate with the `openssl` command. */
function keyPair(dir: string): { key: KeyObject; certFile: string; certDer: Buffer } {
  const keyFile = join(dir, 'token.key');
  const certFile = join(dir, 'token.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=portcullis-test-token',
    ],
    { stdio: 'ignore' },
  );
  const certDer = Buffer.from(new X509Certificate(readFileSync(certFile)).raw);
  return { key: createPrivateKey(readFileSync(keyFile)), certFile, certDer };
}

/**
 * Starts a token server on 127.0.0.1. Callers with valid basic credentials get the actions
 * they ask for; anonymous callers get pull (when allowed) or nothing.
 * https://distribution.github.io/distribution/spec/auth/jwt/
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { key, certFile, certDer } = keyPair(options.dir);
  const service = 'portcullis-test-registry';
  const issuer = 'portcullis-test-issuer';
  const requests: TokenServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const scope = url.searchParams.get('scope') ?? undefined;
    let user: string | undefined;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
      if (options.users[name] !== rest.join(':')) {
        requests.push({ scope, user: `!${name}` });
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"bad credentials"}');
        return;
      }
      user = name;
    }
    requests.push({ scope, user });
    const access = (scope ? [scope] : []).flatMap((s) => {
      const [type, name, actions] = [
        s.split(':')[0],
        s.split(':').slice(1, -1).join(':'),
        s.split(':').at(-1) ?? '',
      ];
      const granted = actions.split(',').filter((a) => (user ? true : options.anonymousPull && a === 'pull'));
      return granted.length ? [{ type, name, actions: granted }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer.toString('base64')] };
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
    const token = `${input}.${b64url(signature)}`;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
