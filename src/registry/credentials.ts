import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB } from './reference.js';

export interface Credentials {
  username: string;
  password: string;
}

type Env = Readonly<Record<string, string | undefined>>;

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
}

/** `https://index.docker.io/v1/`, `http://host:5000/v2/` and `host:5000` all name one registry. */
export function normaliseRegistryKey(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}

function fromEntry(entry: AuthEntry): Credentials | undefined {
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry.auth) return undefined;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

interface ConfigFile {
  auths: Map<string, Credentials>;
  /** host → credential helper name (`credHelpers`). */
  helpers: Map<string, string>;
  /** The default helper (`credsStore`). */
  store?: string;
}

function readConfig(text: string | undefined): ConfigFile {
  const out: ConfigFile = { auths: new Map(), helpers: new Map() };
  if (!text) return out;
  let parsed: {
    auths?: Record<string, AuthEntry>;
    credHelpers?: Record<string, string>;
    credsStore?: string;
  };
  try {
    parsed = JSON.parse(text);
  } catch {
    return out;
  }
  for (const [key, entry] of Object.entries(parsed.auths ?? {})) {
    const c = entry && typeof entry === 'object' ? fromEntry(entry) : undefined;
    if (c && !out.auths.has(normaliseRegistryKey(key))) out.auths.set(normaliseRegistryKey(key), c);
  }
  for (const [key, helper] of Object.entries(parsed.credHelpers ?? {}))
    if (typeof helper === 'string' && /^[\w.-]+$/.test(helper))
      out.helpers.set(normaliseRegistryKey(key), helper);
  if (typeof parsed.credsStore === 'string' && /^[\w.-]+$/.test(parsed.credsStore))
    out.store = parsed.credsStore;
  return out;
}

/**
 * Asks a docker credential helper (`docker-credential-<name> get`, server URL on stdin).
 * https://github.com/docker/docker-credential-helpers#development
 */
function fromHelper(helper: string, registry: string, env: Env): Credentials | undefined {
  const server = registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
  try {
    const out = execFileSync(`docker-credential-${helper}`, ['get'], {
      input: server,
      env: { PATH: env.PATH ?? process.env.PATH, HOME: env.HOME ?? process.env.HOME },
      timeout: 10_000,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const parsed = JSON.parse(out.toString('utf8')) as { Username?: string; Secret?: string };
    return parsed.Username && parsed.Secret
      ? { username: parsed.Username, password: parsed.Secret }
      : undefined;
  } catch {
    return undefined;
  }
}

function readFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Where credentials for a registry come from, first match wins:
 * 1. `PORTCULLIS_REGISTRY_HOST` with `PORTCULLIS_REGISTRY_USERNAME` and `PORTCULLIS_REGISTRY_PASSWORD`;
 * 2. GitLab CI's `CI_REGISTRY`, `CI_REGISTRY_USER`, `CI_REGISTRY_PASSWORD`;
 * 3. `GITHUB_TOKEN` for `ghcr.io` (user `GITHUB_ACTOR`);
 * 4. `DOCKER_AUTH_CONFIG` (a config.json as text, GitLab's convention);
 * 5. `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; then `REGISTRY_AUTH_FILE` (podman/skopeo).
 * In a config file, a `credHelpers` entry for the host wins, then `auths` (with `auth`, base64
 * `user:password`, or `username`/`password`), then the `credsStore` helper.
 * https://docs.docker.com/reference/cli/docker/#docker-cli-configuration-file-configjson-properties
 */
export function credentialStore(env: Env): (registry: string) => Credentials | undefined {
  let files: ConfigFile[] | undefined;
  const load = () => {
    if (files) return files;
    const home = env.HOME || homedir();
    const dockerDir = env.DOCKER_CONFIG || join(home, '.docker');
    files = [
      readConfig(env.DOCKER_AUTH_CONFIG),
      readConfig(readFile(join(dockerDir, 'config.json'))),
      ...(env.REGISTRY_AUTH_FILE ? [readConfig(readFile(env.REGISTRY_AUTH_FILE))] : []),
    ];
    return files;
  };
  const cache = new Map<string, Credentials | undefined>();
  return (registry) => {
    const host = normaliseRegistryKey(registry);
    if (!cache.has(host)) cache.set(host, lookup(host));
    return cache.get(host);
  };
  function lookup(host: string): Credentials | undefined {
    const explicit = env.PORTCULLIS_REGISTRY_HOST;
    if (
      explicit &&
      normaliseRegistryKey(explicit) === host &&
      env.PORTCULLIS_REGISTRY_USERNAME &&
      env.PORTCULLIS_REGISTRY_PASSWORD
    )
      return { username: env.PORTCULLIS_REGISTRY_USERNAME, password: env.PORTCULLIS_REGISTRY_PASSWORD };
    if (
      env.CI_REGISTRY &&
      normaliseRegistryKey(env.CI_REGISTRY) === host &&
      env.CI_REGISTRY_USER &&
      env.CI_REGISTRY_PASSWORD
    )
      return { username: env.CI_REGISTRY_USER, password: env.CI_REGISTRY_PASSWORD };
    if (host === 'ghcr.io' && env.GITHUB_TOKEN)
      return { username: env.GITHUB_ACTOR || 'x-access-token', password: env.GITHUB_TOKEN };
    for (const file of load()) {
      const helper = file.helpers.get(host);
      const c = helper ? fromHelper(helper, host, env) : file.auths.get(host);
      if (c) return c;
      if (file.store) {
        const stored = fromHelper(file.store, host, env);
        if (stored) return stored;
      }
    }
    return undefined;
  }
}
