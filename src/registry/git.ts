import { errorMessage } from '../core/errors.js';
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from './backoff.js';
import { RegistryError } from './errors.js';
import { parsePktLines } from './pkt-line.js';
import { networkReason } from './transport.js';

export interface GitRefResult {
  /** The commit the ref names (annotated tags peeled). */
  sha: string;
  /** Every tag that points at that commit, without `refs/tags/`. */
  tags: string[];
}

export interface GitRemoteOptions {
  /** Sent as HTTP basic auth (`x-access-token:<token>`), as GitHub and GitLab accept. */
  token?: string;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
}

const FULL_SHA = /^[0-9a-f]{40}$/;

/**
 * The refs a git remote advertises, as `git ls-remote` prints them: `refs/…` → object id, with
 * annotated tags peeled (`refs/tags/v1^{}`). Uses smart HTTP, so any git host works.
 * https://git-scm.com/docs/http-protocol#_smart_clients
 */
export async function lsRemote(url: string, options: GitRemoteOptions = {}): Promise<Map<string, string>> {
  const base = url.replace(/\/+$/, '');
  const host = safeHost(base);
  let res = await get(`${base}/info/refs?service=git-upload-pack`, host, options);
  if (res.status === 404 && !base.endsWith('.git'))
    res = await get(`${base}.git/info/refs?service=git-upload-pack`, host, options);
  if (res.status !== 200)
    throw new RegistryError(
      'REGISTRY_REFUSED',
      host,
      `git info/refs of ${redactUrl(base)} returned ${res.status}${res.status === 401 || res.status === 404 ? ' (missing, private, or the token lacks access)' : ''}`,
      {
        status: res.status,
      },
    );
  const type = res.headers.get('content-type') ?? '';
  if (type !== 'application/x-git-upload-pack-advertisement')
    throw new RegistryError(
      'REGISTRY_REFUSED',
      host,
      `${redactUrl(base)} is not a smart-HTTP git remote (content-type "${type}")`,
      {
        status: res.status,
      },
    );
  return parseAdvertisement(res.body, host);
}

/** Parses a v0/v1 upload-pack advertisement into ref → id. */
export function parseAdvertisement(body: Buffer, host = 'git'): Map<string, string> {
  const refs = new Map<string, string>();
  let lines: ReturnType<typeof parsePktLines>;
  try {
    lines = parsePktLines(body);
  } catch (error) {
    throw new RegistryError('REGISTRY_REFUSED', host, `malformed git advertisement: ${errorMessage(error)}`);
  }
  for (const line of lines) {
    if (!('payload' in line)) continue;
    const text = line.payload.toString('utf8').replace(/\n$/, '');
    if (text.startsWith('# service=')) continue;
    const [withoutCaps] = text.split('\0');
    const m = /^([0-9a-f]{40}) (.+)$/.exec(withoutCaps);
    if (m && m[2] !== 'capabilities^{}') refs.set(m[2], m[1]);
  }
  return refs;
}

/**
 * The commit an action ref names (tag first, then branch, as git's rev-parse orders them; a
 * full SHA as is), and every tag on that commit, for the `# v4.1.2` comment of a pin.
 * https://git-scm.com/docs/gitrevisions#_specifying_revisions
 */
export async function resolveGitRef(
  url: string,
  ref: string,
  options: GitRemoteOptions = {},
): Promise<GitRefResult> {
  const refs = await lsRemote(url, options);
  const commitOf = (name: string) => refs.get(`${name}^{}`) ?? refs.get(name);
  let sha: string | undefined;
  if (FULL_SHA.test(ref)) sha = ref;
  else
    sha =
      commitOf(`refs/tags/${ref}`) ??
      commitOf(`refs/heads/${ref}`) ??
      (ref === 'HEAD' ? refs.get('HEAD') : undefined);
  if (!sha)
    throw new RegistryError(
      'REGISTRY_REFUSED',
      safeHost(url),
      `${redactUrl(url)} has no tag or branch "${ref}"`,
      { status: 404 },
    );
  const tags = [...refs.keys()]
    .filter((name) => name.startsWith('refs/tags/') && !name.endsWith('^{}') && commitOf(name) === sha)
    .map((name) => name.slice('refs/tags/'.length))
    .sort();
  return { sha, tags };
}

interface GitResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function get(url: string, host: string, options: GitRemoteOptions): Promise<GitResponse> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const headers: Record<string, string> = {
    'user-agent': 'git/2.0 (portcullis)',
    'git-protocol': 'version=0',
  };
  if (options.token)
    headers.authorization = `Basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, { headers, signal: controller.signal });
      const body = Buffer.from(await res.arrayBuffer());
      if (isRetryableStatus(res.status) && attempt < retries) {
        await sleep(
          retryAfterMs(res.headers.get('retry-after')) ??
            backoffMs(attempt, options.backoffMs ?? 500, 30_000),
        );
        continue;
      }
      return { status: res.status, headers: res.headers, body };
    } catch (error) {
      if (attempt < retries) {
        await sleep(backoffMs(attempt, options.backoffMs ?? 500, 30_000));
        continue;
      }
      const what = controller.signal.aborted
        ? `no answer within ${timeoutMs} ms`
        : redactToken(networkReason(error), options.token);
      throw new RegistryError(
        'REGISTRY_UNREACHABLE',
        host,
        `git ${redactUrl(url.replace(/\?.*$/, ''))}: ${what}`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'git';
  }
}

function redactUrl(url: string): string {
  return url.replace(/(\/\/)[^/@\s]+@/, '$1***@');
}

function redactToken(text: string, token?: string): string {
  return token ? text.split(token).join('***') : text;
}
