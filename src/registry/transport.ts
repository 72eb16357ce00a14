import { errorMessage } from '../core/errors.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './backoff.js';
import { type Challenge, parseChallenges } from './challenge.js';
import { type Credentials, credentialStore } from './credentials.js';
import { RegistryError } from './errors.js';
import { DOCKER_HUB } from './reference.js';

export interface TransportOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Hosts (with port) reached over plain http; loopback always is. */
  insecureRegistries?: readonly string[];
  /** Per-request timeout, headers and body; for streamed blobs, the longest pause between chunks. */
  timeoutMs?: number;
  /** Retries after a 429, 5xx, timeout or dropped connection (idempotent requests only). */
  retries?: number;
  /** First backoff delay; doubles per retry. */
  backoffMs?: number;
  /** The longest wait the client accepts, from backoff or `Retry-After`; a longer `Retry-After` fails. */
  maxRetryDelayMs?: number;
  userAgent?: string;
  /** Explicit credentials per registry host; otherwise from the environment and docker config. */
  credentials?: (registry: string) => Credentials | undefined;
}

export interface RegistryRequest {
  registry: string;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** `/v2/…`, or an absolute URL the registry gave (upload locations). */
  path: string;
  /** The token scope the request needs, e.g. `repository:library/node:pull`. */
  scope?: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Return the body unread, as a stream with an idle timeout. */
  stream?: boolean;
}

export interface RegistryResponse {
  status: number;
  headers: Headers;
  url: string;
  body: Uint8Array;
  stream?: AsyncIterable<Uint8Array>;
}

type Authorizer = { kind: 'basic'; header: string } | { kind: 'bearer'; realm: string; service?: string };

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** The API host of a registry name: Docker Hub's `docker.io` is served by `registry-1.docker.io`. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

class Timeout extends Error {}

/**
 * HTTP for the OCI distribution API on Node's fetch: scheme choice (http only for loopback
 * or the insecure list), the token and basic auth challenge flow, retries with backoff that
 * honour `Retry-After`, per-request timeouts (stalled bodies included) and a request count.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 * https://distribution.github.io/distribution/spec/auth/token/
 */
export class Transport {
  requestCount = 0;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffBaseMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly insecure: Set<string>;
  private readonly credentials: (registry: string) => Credentials | undefined;
  private readonly userAgent: string;
  private readonly authorizers = new Map<string, Authorizer>();
  private readonly tokens = new Map<string, Promise<string>>();
  private readonly secrets = new Set<string>();

  constructor(options: TransportOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.backoffBaseMs = options.backoffMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    this.credentials = options.credentials ?? credentialStore(options.env ?? process.env);
    this.userAgent = options.userAgent ?? 'portcullis';
  }

  /** `http` for loopback and the insecure list, `https` for everything else. */
  baseUrl(registry: string): string {
    const host = apiHost(registry);
    const plain = LOOPBACK.test(host) || this.insecure.has(host.toLowerCase()) || this.insecure.has(registry);
    return `${plain ? 'http' : 'https'}://${host}`;
  }

  /** Text safe to show: known tokens and passwords replaced. */
  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }

  /** Sends one request, authenticating on a challenge and retrying what is worth retrying. */
  async send(req: RegistryRequest): Promise<RegistryResponse> {
    const url = /^https?:\/\//.test(req.path) ? req.path : `${this.baseUrl(req.registry)}${req.path}`;
    let challenged = false;
    for (let attempt = 0; ; attempt++) {
      const authorization = await this.authorization(req.registry, req.scope);
      let res: RegistryResponse;
      try {
        res = await this.fetchOnce(req, url, authorization);
      } catch (error) {
        const idempotent = req.method !== 'POST' && req.method !== 'PATCH';
        if (idempotent && attempt < this.retries) {
          await sleep(backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs));
          continue;
        }
        const what =
          error instanceof Timeout ? error.message : `cannot connect (${this.redact(networkReason(error))})`;
        throw new RegistryError(
          'REGISTRY_UNREACHABLE',
          req.registry,
          `${req.method} ${this.shortUrl(url)}: ${what}`,
          {
            cause: error,
          },
        );
      }
      if (res.status === 401 && !challenged) {
        challenged = true;
        if (authorization?.startsWith('Bearer ')) this.tokens.delete(`${req.registry} ${req.scope ?? ''}`);
        const learnt = this.learn(req.registry, res.headers.get('www-authenticate'));
        if (learnt) {
          attempt--;
          continue;
        }
      }
      if (isRetryableStatus(res.status) && attempt < this.retries) {
        const asked = retryAfterMs(res.headers.get('retry-after'));
        if (asked !== undefined && asked > this.maxRetryDelayMs)
          throw this.failure(req, url, res, `asks to retry after ${Math.ceil(asked / 1000)} s`);
        await sleep(asked ?? backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs));
        continue;
      }
      return res;
    }
  }

  /** A RegistryError for an answer the caller cannot use, with the registry's own error code when it gave one. */
  failure(req: RegistryRequest, url: string, res: RegistryResponse, detail?: string): RegistryError {
    let registryCode: string | undefined;
    let said = '';
    try {
      const parsed = JSON.parse(Buffer.from(res.body).toString('utf8')) as {
        errors?: { code?: string; message?: string }[];
      };
      const first = parsed.errors?.[0];
      registryCode = first?.code;
      said = first ? `: ${[first.code, first.message].filter(Boolean).join(' ')}` : '';
    } catch {}
    const status = `${res.status}${STATUS_TEXT[res.status] ? ` ${STATUS_TEXT[res.status]}` : ''}`;
    if (res.status === 401 && !detail)
      detail = this.credentials(req.registry)
        ? 'the credentials were refused'
        : 'no credentials for this registry: docker login, or PORTCULLIS_REGISTRY_HOST/USERNAME/PASSWORD';
    return new RegistryError(
      'REGISTRY_REFUSED',
      req.registry,
      this.redact(
        `${req.method} ${this.shortUrl(url)} returned ${status}${said}${detail ? ` (${detail})` : ''}`,
      ),
      { status: res.status, registryCode },
    );
  }

  private shortUrl(url: string): string {
    return url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  }

  private async fetchOnce(
    req: RegistryRequest,
    url: string,
    authorization?: string,
  ): Promise<RegistryResponse> {
    this.requestCount++;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Timeout(`no answer within ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    const headers: Record<string, string> = { 'user-agent': this.userAgent, ...req.headers };
    if (authorization && sameRegistry(url, this.baseUrl(req.registry))) headers.authorization = authorization;
    try {
      const res = await fetch(url, {
        method: req.method,
        headers,
        body: req.body,
        signal: controller.signal,
        redirect: 'follow',
      });
      if (req.stream && res.ok && res.body) {
        return {
          status: res.status,
          headers: res.headers,
          url: res.url,
          body: new Uint8Array(),
          stream: this.idle(res.body, controller, req),
        };
      }
      const body = req.method === 'HEAD' ? new Uint8Array() : new Uint8Array(await res.arrayBuffer());
      return { status: res.status, headers: res.headers, url: res.url, body };
    } catch (error) {
      const reason = controller.signal.reason;
      if (controller.signal.aborted && reason instanceof Timeout) {
        throw new Timeout(
          `${reason.message}${req.method === 'HEAD' ? '' : ' (the body stalled or the server did not answer)'}`,
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A body stream that fails when no chunk arrives within the timeout, or the connection drops mid-body. */
  private async *idle(
    body: ReadableStream<Uint8Array>,
    controller: AbortController,
    req: RegistryRequest,
  ): AsyncGenerator<Uint8Array> {
    const reader = body.getReader();
    const fail = (why: string, cause?: unknown) =>
      new RegistryError(
        'REGISTRY_UNREACHABLE',
        req.registry,
        `${req.method} ${this.shortUrl(req.path)}: ${why}`,
        {
          cause,
        },
      );
    try {
      for (;;) {
        let timer: NodeJS.Timeout | undefined;
        const stalled = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            reject(fail(`the body stalled: no data for ${this.timeoutMs} ms`));
            controller.abort();
          }, this.timeoutMs);
        });
        let step: Awaited<ReturnType<typeof reader.read>>;
        try {
          step = await Promise.race([reader.read(), stalled]);
        } catch (error) {
          if (error instanceof RegistryError) throw error;
          throw fail(`the body broke off (${this.redact(errorMessage(error))})`, error);
        } finally {
          clearTimeout(timer);
        }
        if (step.done) return;
        yield step.value;
      }
    } finally {
      reader.releaseLock();
      if (!controller.signal.aborted) controller.abort();
    }
  }

  /** Remembers how a registry wants to be authenticated; false when there is nothing to try. */
  private learn(registry: string, header: string | null): boolean {
    if (!header) return false;
    const challenges = parseChallenges(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
      const had = this.authorizers.get(registry);
      if (
        had?.kind !== 'bearer' ||
        had.realm !== bearer.params.realm ||
        had.service !== bearer.params.service
      )
        this.authorizers.set(registry, {
          kind: 'bearer',
          realm: bearer.params.realm,
          service: bearer.params.service,
        });
      return true;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      const creds = this.credentials(registry);
      if (!creds) return false;
      this.secrets.add(creds.password);
      const header64 = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
      this.secrets.add(header64);
      const had = this.authorizers.get(registry);
      this.authorizers.set(registry, { kind: 'basic', header: `Basic ${header64}` });
      return had?.kind !== 'basic';
    }
    return false;
  }

  private async authorization(registry: string, scope?: string): Promise<string | undefined> {
    const a = this.authorizers.get(registry);
    if (!a) return undefined;
    if (a.kind === 'basic') return a.header;
    const key = `${registry} ${scope ?? ''}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = this.fetchToken(registry, a, scope);
      this.tokens.set(key, token);
      token.catch(() => this.tokens.delete(key));
    }
    return `Bearer ${await token}`;
  }

  /** Asks the token service named by the challenge; anonymous unless credentials are known. */
  private async fetchToken(
    registry: string,
    a: Extract<Authorizer, { kind: 'bearer' }>,
    scope?: string,
  ): Promise<string> {
    const realm = new URL(a.realm);
    const realmHost = realm.host.toLowerCase();
    if (
      realm.protocol !== 'https:' &&
      !(LOOPBACK.test(realmHost) || this.insecure.has(realmHost) || this.insecure.has(registry))
    )
      throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin} is not https`);
    if (a.service) realm.searchParams.set('service', a.service);
    if (scope) realm.searchParams.set('scope', scope);
    const creds = this.credentials(registry);
    const headers: Record<string, string> = {};
    if (creds) {
      this.secrets.add(creds.password);
      headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
      this.secrets.add(headers.authorization.slice(6));
    }
    const req: RegistryRequest = { registry, method: 'GET', path: realm.toString(), headers };
    let res: RegistryResponse | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await this.fetchOnce(req, realm.toString());
      } catch (error) {
        if (attempt < this.retries) {
          await sleep(backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs));
          continue;
        }
        throw new RegistryError(
          'REGISTRY_UNREACHABLE',
          registry,
          `token service ${realm.origin}: ${this.redact(errorMessage(error))}`,
          {
            cause: error,
          },
        );
      }
      if (isRetryableStatus(res.status) && attempt < this.retries) {
        const asked = retryAfterMs(res.headers.get('retry-after'));
        await sleep(
          Math.min(
            asked ?? backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs),
            this.maxRetryDelayMs,
          ),
        );
        continue;
      }
      break;
    }
    if (res.status !== 200)
      throw new RegistryError(
        'REGISTRY_REFUSED',
        registry,
        `token service ${realm.origin}${realm.pathname} returned ${res.status}${creds ? ' for the configured credentials' : ' (anonymous)'}`,
        { status: res.status },
      );
    let parsed: { token?: string; access_token?: string };
    try {
      parsed = JSON.parse(Buffer.from(res.body).toString('utf8'));
    } catch {
      throw new RegistryError(
        'REGISTRY_REFUSED',
        registry,
        `token service ${realm.origin} answered with something other than JSON`,
      );
    }
    const token = parsed.token ?? parsed.access_token;
    if (!token)
      throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin} gave no token`);
    this.secrets.add(token);
    return token;
  }
}

/** fetch's "fetch failed" with the system error under it (ECONNREFUSED, ENOTFOUND, …). */
export function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message;
  const message = errorMessage(error);
  return detail && !message.includes(detail) ? `${message}: ${detail}` : message;
}

/** Credentials go only to the registry itself, never to a host it redirects to or names. */
function sameRegistry(url: string, base: string): boolean {
  return url.startsWith(`${base}/`) || url === base;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export type { Challenge };
