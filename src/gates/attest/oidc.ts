import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { errorMessage, PortcullisError } from '../../core/errors.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITLAB_COM_ISSUER = 'https://gitlab.com';
/** GitHub Enterprise Cloud with data residency: `https://token.actions.<tenant>.ghe.com`. */
const GHE_COM_ISSUER = /^https:\/\/token\.actions\.[a-z0-9-]+\.ghe\.com$/;

export type Claims = JWTPayload & Record<string, unknown>;

export interface VerifiedToken {
  token: string;
  issuer: string;
  claims: Claims;
}

export interface VerifyTokenOptions {
  audience: string;
  /** Issuers trusted besides GitHub's, GHE.com tenants and gitlab.com, e.g. a self-managed GitLab. */
  extraIssuers?: readonly string[];
  /** A JWKS to check the signature with instead of the issuer's published one (air-gapped use). */
  jwks?: JSONWebKeySet;
  timeoutMs?: number;
}

/** True when `issuer` is GitHub Actions', a GHE.com tenant's, gitlab.com or one configured. */
export function isTrustedIssuer(issuer: string, extra: readonly string[] = []): boolean {
  return (
    issuer === GITHUB_ISSUER ||
    GHE_COM_ISSUER.test(issuer) ||
    issuer === GITLAB_COM_ISSUER ||
    extra.includes(issuer)
  );
}

function unverifiedIssuer(token: string): string {
  const part = token.split('.')[1];
  try {
    const iss = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')).iss;
    if (typeof iss === 'string') return iss;
  } catch {
    // reported below
  }
  throw new PortcullisError('USAGE', 'the CI identity token is not a JSON Web Token');
}

async function jwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new PortcullisError('NETWORK', `cannot reach the token issuer ${url}: ${errorMessage(cause)}`, {
      cause,
    });
  }
  if (!res.ok) throw new PortcullisError('NETWORK', `token issuer ${url} answered HTTP ${res.status}`);
  const doc = (await res.json()) as { issuer?: string; jwks_uri?: string };
  if (doc.issuer !== issuer || typeof doc.jwks_uri !== 'string') {
    throw new PortcullisError('NETWORK', `token issuer ${url} published no matching issuer and jwks_uri`);
  }
  return new URL(doc.jwks_uri);
}

/**
 * Verifies a CI OIDC token's signature against its issuer's published keys (OpenID Connect
 * Discovery 1.0), its audience and lifetime, and returns the claims. Provenance is built only
 * from claims verified here, never from environment variables a step could change, as
 * actions/toolkit's attest package does.
 */
export async function verifyIdToken(token: string, options: VerifyTokenOptions): Promise<VerifiedToken> {
  const issuer = unverifiedIssuer(token);
  if (!isTrustedIssuer(issuer, options.extraIssuers)) {
    throw new PortcullisError(
      'USAGE',
      `the identity token's issuer ${issuer} is not trusted; add it to attest.oidc-issuers to accept it`,
    );
  }
  const keys = options.jwks
    ? createLocalJWKSet(options.jwks)
    : createRemoteJWKSet(await jwksUri(issuer, options.timeoutMs ?? 10_000), {
        timeoutDuration: options.timeoutMs ?? 10_000,
      });
  try {
    const { payload } = await jwtVerify(token, keys, { issuer, audience: options.audience });
    return { token, issuer, claims: payload as Claims };
  } catch (cause) {
    throw new PortcullisError('USAGE', `the CI identity token failed verification: ${errorMessage(cause)}`, {
      cause,
    });
  }
}

/** Reads required string claims, naming every missing one in a single error. */
export function requireClaims<K extends string>(
  claims: Claims,
  names: readonly K[],
  platform: string,
): Record<K, string> {
  const missing = names.filter((n) => typeof claims[n] !== 'string' && typeof claims[n] !== 'number');
  if (missing.length) {
    throw new PortcullisError(
      'USAGE',
      `the ${platform} identity token lacks the claims ${missing.join(', ')}`,
    );
  }
  return Object.fromEntries(names.map((n) => [n, String(claims[n])])) as Record<K, string>;
}
