export const id = 847;
export const ids = [847];
export const modules = {

/***/ 12847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* reexport */ MEDIA_TYPES),
  bP: () => (/* reexport */ RegistryClient),
  my: () => (/* reexport */ formatImageReference),
  $$: () => (/* reexport */ isIndexMediaType),
  o_: () => (/* reexport */ parseImageReference),
  Dp: () => (/* reexport */ registryCacheOf),
  un: () => (/* reexport */ resolveGitRef)
});

// UNUSED EXPORTS: DOCKER_HUB, InvalidReferenceError, MANIFEST_ACCEPT, RegistryCache, RegistryError, apiHost, backoffMs, checkDigest, credentialStore, hasherFor, lsRemote, matchesDigest, normaliseRegistryKey, parseChallenges, parsePlatform, platformMatches, redact, referrersTag, retryAfterMs, sha256Digest

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/digest.ts

/** `sha256:<hex>` of some bytes. https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** A running hash for the algorithm a digest names; undefined for algorithms Node lacks. */
function hasherFor(digest) {
    const algorithm = digest.split(':', 1)[0];
    if (algorithm !== 'sha256' && algorithm !== 'sha512')
        return undefined;
    return (0,external_node_crypto_.createHash)(algorithm);
}
/** Whether bytes hash to the digest (true only for a supported algorithm and a match). */
function matchesDigest(bytes, digest) {
    const h = hasherFor(digest);
    return !!h && `${digest.split(':', 1)[0]}:${h.update(bytes).digest('hex')}` === digest;
}

;// CONCATENATED MODULE: ./src/registry/errors.ts

/**
 * A registry or git host that failed: names the host and, when it answered, the HTTP status.
 * Messages never hold credentials or tokens.
 */
class RegistryError extends errors/* PortcullisError */.SO {
    registry;
    status;
    /** The distribution-spec error code from the body (`MANIFEST_UNKNOWN`, `DENIED`, …), when given. */
    registryCode;
    constructor(code, registry, message, options = {}) {
        super(code, `${registry}: ${message}`, { cause: options.cause });
        this.name = 'RegistryError';
        this.registry = registry;
        this.status = options.status;
        this.registryCode = options.registryCode;
    }
}
/** Text that is not a valid image reference (distribution/reference grammar). */
class InvalidReferenceError extends errors/* PortcullisError */.SO {
    reference;
    constructor(reference, reason) {
        super('IMAGE_INVALID', `invalid image reference "${reference}": ${reason}`);
        this.name = 'InvalidReferenceError';
        this.reference = reference;
    }
}
/** Removes anything that looks like a credential from text that may reach a log or report. */
function redact(text, secrets = []) {
    let out = text
        .replace(/(authorization:\s*)(bearer|basic)\s+\S+/gi, '$1$2 ***')
        .replace(/([?&](?:access_token|token|password|_state)=)[^&\s]+/gi, '$1***')
        .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@');
    for (const s of secrets)
        if (s && s.length >= 4)
            out = out.split(s).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/registry/media-types.ts
/** Manifest and index media types. https://github.com/opencontainers/image-spec/blob/main/media-types.md */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
};
/**
 * Every manifest type, indexes first: a registry answers a multi-platform tag with its index
 * (and so its index digest) only when the Accept header names the index types.
 * https://github.com/distribution/distribution/issues/3431
 */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerManifestList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
function isIndexMediaType(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;
}
/** Parses `os/arch[/variant]`. */
function parsePlatform(text) {
    const [os, architecture, variant] = text.split('/');
    return { os, architecture, ...(variant ? { variant } : {}) };
}
// Docker treats these as the same variant: arm64 means v8, arm means v7 when not given.
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
/** Whether an index entry's platform is the wanted one, with containerd's default variants. */
function platformMatches(wanted, have) {
    if (!have || have.os !== wanted.os || have.architecture !== wanted.architecture)
        return false;
    const dv = DEFAULT_VARIANT[wanted.architecture];
    const w = wanted.variant ?? dv;
    const h = have.variant ?? dv;
    return w === h;
}

;// CONCATENATED MODULE: ./src/registry/reference.ts

const DOCKER_HUB = 'docker.io';
// The grammar of github.com/distribution/reference (regexp.go).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|${IPV6})(?::[0-9]+)?$`);
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const KNOWN_DIGESTS = {
    sha256: /^[a-f0-9]{64}$/,
    sha512: /^[a-f0-9]{128}$/,
};
const NAME_MAX = 255;
/** Docker's rule: the first component is a registry when it has a `.` or `:`, is `localhost`, or has upper case. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { path: name };
    const first = name.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase())
        return { domain: first, path: name.slice(slash + 1) };
    return { path: name };
}
/** Validates `algorithm:hex`; throws for malformed or wrong-length known digests. */
function checkDigest(digest, whole = digest) {
    if (!DIGEST.test(digest))
        throw new InvalidReferenceError(whole, `"${digest}" is not a digest`);
    const [algorithm, hex] = digest.split(':', 2);
    const known = KNOWN_DIGESTS[algorithm];
    if (known && !known.test(hex))
        throw new InvalidReferenceError(whole, `${algorithm} digest must be ${known === KNOWN_DIGESTS.sha256 ? 64 : 128} lower-case hex digits`);
    return digest;
}
/**
 * Parses and normalises an image reference as `docker pull` does: no registry means
 * `docker.io`, a one-part Docker Hub name gains `library/`, `index.docker.io` is `docker.io`,
 * and a tag and a digest may both be present. A missing tag stays missing (it is not
 * `latest` here). Throws {@link InvalidReferenceError} for text outside the grammar.
 * https://github.com/distribution/reference/blob/main/reference.go
 */
function parseImageReference(text) {
    const input = text.trim();
    if (input === '')
        throw new InvalidReferenceError(text, 'empty');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = checkDigest(rest.slice(at + 1), input);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new InvalidReferenceError(input, `"${tag}" is not a valid tag`);
    }
    if (rest.length > NAME_MAX)
        throw new InvalidReferenceError(input, `name longer than ${NAME_MAX} characters`);
    const { domain, path } = splitDomain(rest);
    if (domain !== undefined && !DOMAIN.test(domain))
        throw new InvalidReferenceError(input, `"${domain}" is not a valid registry host`);
    if (!PATH.test(path)) {
        const reason = path !== path.toLowerCase()
            ? 'repository name must be lower-case'
            : `"${path}" is not a valid repository name`;
        throw new InvalidReferenceError(input, reason);
    }
    let registry = domain ?? DOCKER_HUB;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/**
 * The fully qualified text of a reference, `registry/repository[:tag][@digest]`, e.g.
 * `docker.io/library/node:20@sha256:…`. With `familiar`, Docker Hub names are shortened as
 * `docker` prints them (`node:20`).
 */
function formatImageReference(ref, options = {}) {
    let name = `${ref.registry}/${ref.repository}`;
    if (options.familiar && ref.registry === DOCKER_HUB)
        name =
            ref.repository.startsWith('library/') && ref.repository.split('/').length === 2
                ? ref.repository.slice(8)
                : ref.repository;
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

;// CONCATENATED MODULE: ./src/registry/backoff.ts
/** Statuses worth asking again: rate limiting and server-side failures. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}
/**
 * Milliseconds a `Retry-After` header asks for (delay-seconds or an HTTP-date), or undefined.
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Exponential backoff with full jitter over the upper half, so parallel clients spread out. */
function backoffMs(attempt, baseMs, maxMs) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * Parses a `WWW-Authenticate` header (RFC 7235 §4.1), e.g.
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"`.
 * Several challenges may share the header; parameters may be quoted with `\` escapes.
 * https://distribution.github.io/distribution/spec/auth/token/
 */
function parseChallenges(header) {
    const out = [];
    const re = /\s*(?:,\s*)?([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*))?/y;
    let current;
    let pos = 0;
    while (pos < header.length) {
        re.lastIndex = pos;
        const m = re.exec(header);
        if (!m || m[0].length === 0)
            break;
        pos = re.lastIndex;
        const [, name, raw] = m;
        if (raw === undefined) {
            current = { scheme: name.toLowerCase(), params: {} };
            out.push(current);
            continue;
        }
        if (!current)
            break;
        const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
        current.params[name.toLowerCase()] = value;
    }
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/registry/credentials.ts





/** `https://index.docker.io/v1/`, `http://host:5000/v2/` and `host:5000` all name one registry. */
function normaliseRegistryKey(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}
function fromEntry(entry) {
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password };
    if (!entry.auth)
        return undefined;
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
function readConfig(text) {
    const out = { auths: new Map(), helpers: new Map() };
    if (!text)
        return out;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return out;
    }
    for (const [key, entry] of Object.entries(parsed.auths ?? {})) {
        const c = entry && typeof entry === 'object' ? fromEntry(entry) : undefined;
        if (c && !out.auths.has(normaliseRegistryKey(key)))
            out.auths.set(normaliseRegistryKey(key), c);
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
function fromHelper(helper, registry, env) {
    const server = registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
    try {
        const out = (0,external_node_child_process_.execFileSync)(`docker-credential-${helper}`, ['get'], {
            input: server,
            env: { PATH: env.PATH ?? process.env.PATH, HOME: env.HOME ?? process.env.HOME },
            timeout: 10_000,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        const parsed = JSON.parse(out.toString('utf8'));
        return parsed.Username && parsed.Secret
            ? { username: parsed.Username, password: parsed.Secret }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function readFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
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
function credentialStore(env) {
    let files;
    const load = () => {
        if (files)
            return files;
        const home = env.HOME || (0,external_node_os_.homedir)();
        const dockerDir = env.DOCKER_CONFIG || (0,external_node_path_.join)(home, '.docker');
        files = [
            readConfig(env.DOCKER_AUTH_CONFIG),
            readConfig(readFile((0,external_node_path_.join)(dockerDir, 'config.json'))),
            ...(env.REGISTRY_AUTH_FILE ? [readConfig(readFile(env.REGISTRY_AUTH_FILE))] : []),
        ];
        return files;
    };
    const cache = new Map();
    return (registry) => {
        const host = normaliseRegistryKey(registry);
        if (!cache.has(host))
            cache.set(host, lookup(host));
        return cache.get(host);
    };
    function lookup(host) {
        const explicit = env.PORTCULLIS_REGISTRY_HOST;
        if (explicit &&
            normaliseRegistryKey(explicit) === host &&
            env.PORTCULLIS_REGISTRY_USERNAME &&
            env.PORTCULLIS_REGISTRY_PASSWORD)
            return { username: env.PORTCULLIS_REGISTRY_USERNAME, password: env.PORTCULLIS_REGISTRY_PASSWORD };
        if (env.CI_REGISTRY &&
            normaliseRegistryKey(env.CI_REGISTRY) === host &&
            env.CI_REGISTRY_USER &&
            env.CI_REGISTRY_PASSWORD)
            return { username: env.CI_REGISTRY_USER, password: env.CI_REGISTRY_PASSWORD };
        if (host === 'ghcr.io' && env.GITHUB_TOKEN)
            return { username: env.GITHUB_ACTOR || 'x-access-token', password: env.GITHUB_TOKEN };
        for (const file of load()) {
            const helper = file.helpers.get(host);
            const c = helper ? fromHelper(helper, host, env) : file.auths.get(host);
            if (c)
                return c;
            if (file.store) {
                const stored = fromHelper(file.store, host, env);
                if (stored)
                    return stored;
            }
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport.ts






const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;
/** The API host of a registry name: Docker Hub's `docker.io` is served by `registry-1.docker.io`. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
class Timeout extends Error {
}
/**
 * HTTP for the OCI distribution API on Node's fetch: scheme choice (http only for loopback
 * or the insecure list), the token and basic auth challenge flow, retries with backoff that
 * honour `Retry-After`, per-request timeouts (stalled bodies included) and a request count.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 * https://distribution.github.io/distribution/spec/auth/token/
 */
class Transport {
    requestCount = 0;
    timeoutMs;
    retries;
    backoffBaseMs;
    maxRetryDelayMs;
    insecure;
    credentials;
    userAgent;
    authorizers = new Map();
    tokens = new Map();
    secrets = new Set();
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 3;
        this.backoffBaseMs = options.backoffMs ?? 500;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
        this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
        this.credentials = options.credentials ?? credentialStore(options.env ?? process.env);
        this.userAgent = options.userAgent ?? 'portcullis';
    }
    /** `http` for loopback and the insecure list, `https` for everything else. */
    baseUrl(registry) {
        const host = apiHost(registry);
        const plain = LOOPBACK.test(host) || this.insecure.has(host.toLowerCase()) || this.insecure.has(registry);
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    /** Text safe to show: known tokens and passwords replaced. */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    /** Sends one request, authenticating on a challenge and retrying what is worth retrying. */
    async send(req) {
        const url = /^https?:\/\//.test(req.path) ? req.path : `${this.baseUrl(req.registry)}${req.path}`;
        let challenged = false;
        for (let attempt = 0;; attempt++) {
            const authorization = await this.authorization(req.registry, req.scope);
            let res;
            try {
                res = await this.fetchOnce(req, url, authorization);
            }
            catch (error) {
                const idempotent = req.method !== 'POST' && req.method !== 'PATCH';
                if (idempotent && attempt < this.retries) {
                    await sleep(backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs));
                    continue;
                }
                const what = error instanceof Timeout ? error.message : `cannot connect (${this.redact(networkReason(error))})`;
                throw new RegistryError('REGISTRY_UNREACHABLE', req.registry, `${req.method} ${this.shortUrl(url)}: ${what}`, {
                    cause: error,
                });
            }
            if (res.status === 401 && !challenged) {
                challenged = true;
                if (authorization?.startsWith('Bearer '))
                    this.tokens.delete(`${req.registry} ${req.scope ?? ''}`);
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
    failure(req, url, res, detail) {
        let registryCode;
        let said = '';
        try {
            const parsed = JSON.parse(Buffer.from(res.body).toString('utf8'));
            const first = parsed.errors?.[0];
            registryCode = first?.code;
            said = first ? `: ${[first.code, first.message].filter(Boolean).join(' ')}` : '';
        }
        catch { }
        const status = `${res.status}${STATUS_TEXT[res.status] ? ` ${STATUS_TEXT[res.status]}` : ''}`;
        if (res.status === 401 && !detail)
            detail = this.credentials(req.registry)
                ? 'the credentials were refused'
                : 'no credentials for this registry: docker login, or PORTCULLIS_REGISTRY_HOST/USERNAME/PASSWORD';
        return new RegistryError('REGISTRY_REFUSED', req.registry, this.redact(`${req.method} ${this.shortUrl(url)} returned ${status}${said}${detail ? ` (${detail})` : ''}`), { status: res.status, registryCode });
    }
    shortUrl(url) {
        return url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    }
    async fetchOnce(req, url, authorization) {
        this.requestCount++;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Timeout(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
        const headers = { 'user-agent': this.userAgent, ...req.headers };
        if (authorization && sameRegistry(url, this.baseUrl(req.registry)))
            headers.authorization = authorization;
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
        }
        catch (error) {
            const reason = controller.signal.reason;
            if (controller.signal.aborted && reason instanceof Timeout) {
                throw new Timeout(`${reason.message}${req.method === 'HEAD' ? '' : ' (the body stalled or the server did not answer)'}`);
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** A body stream that fails when no chunk arrives within the timeout, or the connection drops mid-body. */
    async *idle(body, controller, req) {
        const reader = body.getReader();
        const fail = (why, cause) => new RegistryError('REGISTRY_UNREACHABLE', req.registry, `${req.method} ${this.shortUrl(req.path)}: ${why}`, {
            cause,
        });
        try {
            for (;;) {
                let timer;
                const stalled = new Promise((_, reject) => {
                    timer = setTimeout(() => {
                        reject(fail(`the body stalled: no data for ${this.timeoutMs} ms`));
                        controller.abort();
                    }, this.timeoutMs);
                });
                let step;
                try {
                    step = await Promise.race([reader.read(), stalled]);
                }
                catch (error) {
                    if (error instanceof RegistryError)
                        throw error;
                    throw fail(`the body broke off (${this.redact((0,errors/* errorMessage */.gJ)(error))})`, error);
                }
                finally {
                    clearTimeout(timer);
                }
                if (step.done)
                    return;
                yield step.value;
            }
        }
        finally {
            reader.releaseLock();
            if (!controller.signal.aborted)
                controller.abort();
        }
    }
    /** Remembers how a registry wants to be authenticated; false when there is nothing to try. */
    learn(registry, header) {
        if (!header)
            return false;
        const challenges = parseChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
        if (bearer) {
            const had = this.authorizers.get(registry);
            if (had?.kind !== 'bearer' ||
                had.realm !== bearer.params.realm ||
                had.service !== bearer.params.service)
                this.authorizers.set(registry, {
                    kind: 'bearer',
                    realm: bearer.params.realm,
                    service: bearer.params.service,
                });
            return true;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            const creds = this.credentials(registry);
            if (!creds)
                return false;
            this.secrets.add(creds.password);
            const header64 = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            this.secrets.add(header64);
            const had = this.authorizers.get(registry);
            this.authorizers.set(registry, { kind: 'basic', header: `Basic ${header64}` });
            return had?.kind !== 'basic';
        }
        return false;
    }
    async authorization(registry, scope) {
        const a = this.authorizers.get(registry);
        if (!a)
            return undefined;
        if (a.kind === 'basic')
            return a.header;
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
    async fetchToken(registry, a, scope) {
        const realm = new URL(a.realm);
        const realmHost = realm.host.toLowerCase();
        if (realm.protocol !== 'https:' &&
            !(LOOPBACK.test(realmHost) || this.insecure.has(realmHost) || this.insecure.has(registry)))
            throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin} is not https`);
        if (a.service)
            realm.searchParams.set('service', a.service);
        if (scope)
            realm.searchParams.set('scope', scope);
        const creds = this.credentials(registry);
        const headers = {};
        if (creds) {
            this.secrets.add(creds.password);
            headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
            this.secrets.add(headers.authorization.slice(6));
        }
        const req = { registry, method: 'GET', path: realm.toString(), headers };
        let res;
        for (let attempt = 0;; attempt++) {
            try {
                res = await this.fetchOnce(req, realm.toString());
            }
            catch (error) {
                if (attempt < this.retries) {
                    await sleep(backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs));
                    continue;
                }
                throw new RegistryError('REGISTRY_UNREACHABLE', registry, `token service ${realm.origin}: ${this.redact((0,errors/* errorMessage */.gJ)(error))}`, {
                    cause: error,
                });
            }
            if (isRetryableStatus(res.status) && attempt < this.retries) {
                const asked = retryAfterMs(res.headers.get('retry-after'));
                await sleep(Math.min(asked ?? backoffMs(attempt, this.backoffBaseMs, this.maxRetryDelayMs), this.maxRetryDelayMs));
                continue;
            }
            break;
        }
        if (res.status !== 200)
            throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin}${realm.pathname} returned ${res.status}${creds ? ' for the configured credentials' : ' (anonymous)'}`, { status: res.status });
        let parsed;
        try {
            parsed = JSON.parse(Buffer.from(res.body).toString('utf8'));
        }
        catch {
            throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin} answered with something other than JSON`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new RegistryError('REGISTRY_REFUSED', registry, `token service ${realm.origin} gave no token`);
        this.secrets.add(token);
        return token;
    }
}
/** fetch's "fetch failed" with the system error under it (ECONNREFUSED, ENOTFOUND, …). */
function networkReason(error) {
    const cause = error?.cause;
    const detail = cause?.code ?? cause?.message;
    const message = (0,errors/* errorMessage */.gJ)(error);
    return detail && !message.includes(detail) ? `${message}: ${detail}` : message;
}
/** Credentials go only to the registry itself, never to a host it redirects to or names. */
function sameRegistry(url, base) {
    return url.startsWith(`${base}/`) || url === base;
}
const STATUS_TEXT = {
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

;// CONCATENATED MODULE: ./src/registry/client.ts






/** Resolved digests and manifests, shared by every client of one run (`portcullis check`). */
class RegistryCache {
    digests = new Map();
    manifests = new Map();
}
/** The run's registry cache, kept in the gate context's run-scoped store (created on first use). */
function registryCacheOf(shared) {
    if (!shared)
        return undefined;
    let cache = shared.get('registry');
    if (!(cache instanceof RegistryCache)) {
        cache = new RegistryCache();
        shared.set('registry', cache);
    }
    return cache;
}
const DIGEST_HEADER = 'docker-content-digest';
const WELL_FORMED_DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** What names a manifest in a URL: the digest when there is one (it wins over the tag, as in `docker pull`), else the tag, else `latest`. */
function manifestRef(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
const pull = (ref) => `repository:${ref.repository}:pull`;
const push = (ref) => `repository:${ref.repository}:pull,push`;
/**
 * A client for the OCI distribution API: resolve tags to digests, read manifests and blobs
 * (verified against their digests), push blobs and manifests, list tags and referrers. One
 * instance is one run: each unique reference is asked once, and `requestCount` counts every
 * HTTP request made (tokens and retries included).
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md
 */
class RegistryClient {
    http;
    digests;
    manifests;
    constructor(options = {}) {
        this.http = new Transport(options);
        const cache = options.cache ?? new RegistryCache();
        this.digests = cache.digests;
        this.manifests = cache.manifests;
    }
    /** Every HTTP request made so far. */
    get requestCount() {
        return this.http.requestCount;
    }
    /**
     * The digest a reference points at now. A multi-platform tag gives its index digest; with
     * `platform` (`os/arch[/variant]`) the digest of that platform's manifest. Costs one HEAD
     * (GET when the registry gives no digest on HEAD, or when a platform is asked for).
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
     */
    resolveDigest(ref, options = {}) {
        const key = `${formatImageReference(ref)} ${options.platform ?? ''}`;
        return this.once(this.digests, key, async () => {
            if (options.platform)
                return this.platformDigest(ref, options.platform);
            const cached = this.manifests.get(formatImageReference(ref));
            if (cached) {
                const m = await cached;
                return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
            }
            return this.headManifest(ref);
        });
    }
    /** A manifest or index, with its digest checked against its bytes. */
    getManifest(ref) {
        return this.once(this.manifests, formatImageReference(ref), () => this.fetchManifest(ref));
    }
    /**
     * When the image was built: the `created` of its config. For an index, the config of the
     * platform asked for, or of its first runnable image.
     */
    async getCreated(ref, options = {}) {
        let m = await this.getManifest(ref);
        if (isIndexMediaType(m.mediaType)) {
            const child = this.pickChild(ref, m, options.platform);
            m = await this.getManifest({ ...ref, tag: undefined, digest: child.digest });
        }
        if (!m.manifest.config)
            return undefined;
        const config = JSON.parse(Buffer.from(await this.fetchBlob(ref, m.manifest.config.digest)).toString('utf8'));
        return typeof config.created === 'string' ? config.created : undefined;
    }
    /** A whole blob, verified against its digest. */
    async fetchBlob(ref, digest) {
        const chunks = [];
        for await (const chunk of this.blobStream(ref, digest))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    /**
     * A blob as a stream of chunks. The digest is checked at the end: a mismatch throws
     * `REGISTRY_DIGEST_MISMATCH` after the last chunk, so consumers must not trust data before
     * the stream ends. A pause longer than the timeout fails.
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-blobs
     */
    async *blobStream(ref, digest) {
        checkDigest(digest);
        const hash = hasherFor(digest);
        if (!hash)
            throw new RegistryError('REGISTRY_DIGEST_MISMATCH', ref.registry, `cannot verify ${digest}: unsupported algorithm`);
        const req = {
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/blobs/${digest}`,
            scope: pull(ref),
            stream: true,
        };
        const res = await this.http.send(req);
        if (res.status !== 200 || !res.stream)
            throw this.http.failure(req, res.url, res);
        for await (const chunk of res.stream) {
            hash.update(chunk);
            yield chunk;
        }
        const got = `${digest.split(':', 1)[0]}:${hash.digest('hex')}`;
        if (got !== digest)
            throw new RegistryError('REGISTRY_DIGEST_MISMATCH', ref.registry, `blob ${ref.repository}@${digest} has digest ${got}`);
    }
    /** Whether the registry holds a blob. */
    async hasBlob(ref, digest) {
        const req = {
            registry: ref.registry,
            method: 'HEAD',
            path: `/v2/${ref.repository}/blobs/${digest}`,
            scope: pull(ref),
        };
        const res = await this.http.send(req);
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw this.http.failure(req, res.url, res);
    }
    /**
     * Uploads a blob in one request after opening the upload (POST then PUT with the digest);
     * skipped when the registry has it already.
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#post-then-put
     */
    async pushBlob(ref, bytes, mediaType = 'application/octet-stream') {
        const digest = sha256Digest(bytes);
        const descriptor = { mediaType, digest, size: bytes.length };
        if (await this.hasBlob(ref, digest))
            return descriptor;
        const open = {
            registry: ref.registry,
            method: 'POST',
            path: `/v2/${ref.repository}/blobs/uploads/`,
            scope: push(ref),
            headers: { 'content-length': '0' },
        };
        const started = await this.http.send(open);
        const location = started.headers.get('location');
        if (started.status !== 202 || !location)
            throw this.http.failure(open, started.url, started);
        const target = new URL(location, started.url);
        target.searchParams.set('digest', digest);
        const put = {
            registry: ref.registry,
            method: 'PUT',
            path: target.toString(),
            scope: push(ref),
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
            body: bytes,
        };
        const done = await this.http.send(put);
        if (done.status !== 201)
            throw this.http.failure(put, done.url, done);
        return descriptor;
    }
    /**
     * Uploads a manifest or index under a tag (or its digest when the reference has no tag).
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
     */
    async pushManifest(ref, manifest, mediaType) {
        const bytes = manifest instanceof Uint8Array ? manifest : Buffer.from(JSON.stringify(manifest));
        const type = mediaType ?? (manifest instanceof Uint8Array ? undefined : manifest.mediaType);
        if (!type)
            throw new errors/* PortcullisError */.SO('USAGE', 'pushManifest needs the manifest media type');
        const digest = sha256Digest(bytes);
        const req = {
            registry: ref.registry,
            method: 'PUT',
            path: `/v2/${ref.repository}/manifests/${ref.tag ?? digest}`,
            scope: push(ref),
            headers: { 'content-type': type },
            body: bytes,
        };
        const res = await this.http.send(req);
        if (res.status !== 201)
            throw this.http.failure(req, res.url, res);
        this.forget(ref);
        return { digest, subjectAccepted: res.headers.has('oci-subject') };
    }
    /** Deletes a manifest by digest (registries may refuse with 405 when deletion is off). */
    async deleteManifest(ref) {
        const req = {
            registry: ref.registry,
            method: 'DELETE',
            path: `/v2/${ref.repository}/manifests/${ref.digest}`,
            scope: push(ref),
        };
        const res = await this.http.send(req);
        if (res.status !== 202)
            throw this.http.failure(req, res.url, res);
        this.forget(ref);
    }
    /**
     * The manifests that refer to a digest (signatures, attestations, SBOMs): the referrers API,
     * or, where a registry lacks it (404), the `sha256-<hex>` tag schema.
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
     */
    async listReferrers(ref, options = {}) {
        const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
        const req = {
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/referrers/${ref.digest}${query}`,
            scope: pull(ref),
            headers: { accept: MEDIA_TYPES.ociIndex },
        };
        const res = await this.http.send(req);
        let index;
        if (res.status === 200)
            index = this.json(req, res);
        else if (res.status === 404) {
            const fallback = await this.referrersTagIndex(ref);
            if (!fallback)
                return [];
            index = fallback;
        }
        else
            throw this.http.failure(req, res.url, res);
        const list = index.manifests ?? [];
        return options.artifactType ? list.filter((d) => d.artifactType === options.artifactType) : list;
    }
    /**
     * Adds a pushed manifest to the referrers tag schema index of its subject, for registries
     * that did not take the `subject` themselves.
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject
     */
    async addReferrerToTagSchema(subject, referrer) {
        const current = (await this.referrersTagIndex(subject)) ?? {
            schemaVersion: 2,
            mediaType: MEDIA_TYPES.ociIndex,
            manifests: [],
        };
        const manifests = (current.manifests ?? []).filter((d) => d.digest !== referrer.digest);
        manifests.push(referrer);
        await this.pushManifest({ ...subject, digest: undefined, tag: referrersTag(subject.digest) }, { ...current, manifests }, MEDIA_TYPES.ociIndex);
    }
    /**
     * Every tag of a repository, following `Link` pagination.
     * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-tags
     */
    async listTags(ref) {
        const tags = [];
        let path = `/v2/${ref.repository}/tags/list`;
        while (path) {
            const req = { registry: ref.registry, method: 'GET', path, scope: pull(ref) };
            const res = await this.http.send(req);
            if (res.status !== 200)
                throw this.http.failure(req, res.url, res);
            tags.push(...(this.json(req, res).tags ?? []));
            const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
            path = next ? new URL(next, res.url).toString() : undefined;
        }
        return tags;
    }
    async headManifest(ref) {
        const req = {
            registry: ref.registry,
            method: 'HEAD',
            path: `/v2/${ref.repository}/manifests/${manifestRef(ref)}`,
            scope: pull(ref),
            headers: { accept: MANIFEST_ACCEPT },
        };
        const res = await this.http.send(req);
        if (res.status === 200) {
            const digest = res.headers.get(DIGEST_HEADER)?.trim();
            if (digest) {
                if (!WELL_FORMED_DIGEST.test(digest))
                    throw new RegistryError('REGISTRY_DIGEST_MISMATCH', ref.registry, `${formatImageReference(ref)}: the registry sent a malformed digest "${digest.slice(0, 80)}"`, { status: 200 });
                if (ref.digest && digest !== ref.digest)
                    throw new RegistryError('REGISTRY_DIGEST_MISMATCH', ref.registry, `${formatImageReference(ref)}: the registry answered with ${digest}`, { status: 200 });
                const size = Number(res.headers.get('content-length'));
                return {
                    digest,
                    mediaType: mediaTypeOf(res),
                    ...(Number.isFinite(size) && size > 0 ? { size } : {}),
                };
            }
        }
        else if (res.status !== 405 && res.status !== 501 && res.status !== 400) {
            throw this.http.failure(req, res.url, res);
        }
        // No digest on HEAD (or HEAD unsupported): GET the manifest and hash it.
        const m = await this.getManifest(ref);
        return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
    }
    async fetchManifest(ref) {
        const req = {
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${manifestRef(ref)}`,
            scope: pull(ref),
            headers: { accept: MANIFEST_ACCEPT },
        };
        const res = await this.http.send(req);
        if (res.status !== 200)
            throw this.http.failure(req, res.url, res);
        const computed = sha256Digest(res.body);
        const claimed = res.headers.get(DIGEST_HEADER)?.trim();
        const expected = ref.digest ?? (claimed?.startsWith('sha256:') ? claimed : undefined);
        const name = formatImageReference(ref);
        if (expected &&
            (expected.startsWith('sha256:') ? computed !== expected : !matchesDigest(res.body, expected)))
            throw new RegistryError('REGISTRY_DIGEST_MISMATCH', ref.registry, `manifest ${name}: content hashes to ${computed}, expected ${expected}`, {
                status: 200,
            });
        const manifest = this.json(req, res);
        const digest = ref.digest ?? computed;
        return { digest, mediaType: manifest.mediaType ?? mediaTypeOf(res) ?? '', manifest, bytes: res.body };
    }
    async platformDigest(ref, platform) {
        const m = await this.getManifest(ref);
        if (!isIndexMediaType(m.mediaType))
            return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
        const child = this.pickChild(ref, m, platform);
        return { digest: child.digest, mediaType: child.mediaType, size: child.size };
    }
    pickChild(ref, index, platform) {
        const children = index.manifest.manifests ?? [];
        const found = platform
            ? children.find((d) => platformMatches(parsePlatform(platform), d.platform))
            : children.find((d) => d.platform?.os !== 'unknown' && !isIndexMediaType(d.mediaType));
        if (found)
            return found;
        const have = children.map((d) => d.platform
            ? [d.platform.os, d.platform.architecture, d.platform.variant].filter(Boolean).join('/')
            : '?');
        throw new errors/* PortcullisError */.SO('IMAGE_INVALID', `${formatImageReference(ref)}: the index has no ${platform ?? 'runnable'} image (it has ${have.join(', ') || 'none'})`);
    }
    async referrersTagIndex(ref) {
        const tag = { ...ref, digest: undefined, tag: referrersTag(ref.digest) };
        const req = {
            registry: ref.registry,
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${tag.tag}`,
            scope: pull(ref),
            headers: { accept: MEDIA_TYPES.ociIndex },
        };
        const res = await this.http.send(req);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.http.failure(req, res.url, res);
        return this.json(req, res);
    }
    json(req, res) {
        try {
            return JSON.parse(Buffer.from(res.body).toString('utf8'));
        }
        catch {
            throw this.http.failure(req, res.url, res, 'the body is not JSON');
        }
    }
    once(map, key, make) {
        let p = map.get(key);
        if (!p) {
            p = make();
            map.set(key, p);
        }
        return p;
    }
    /** Drops cached answers for a reference whose tag was just pushed or deleted. */
    forget(ref) {
        const name = `${ref.registry}/${ref.repository}`;
        for (const map of [this.digests, this.manifests])
            for (const key of map.keys())
                if (key.startsWith(`${name}:`) || key.startsWith(`${name}@`))
                    map.delete(key);
    }
}
/** The referrers fallback tag of a digest: `sha256:abc…` → `sha256-abc…`. */
function referrersTag(digest) {
    return digest.replace(':', '-').slice(0, 128);
}
function mediaTypeOf(res) {
    return res.headers.get('content-type')?.split(';')[0].trim() || undefined;
}

;// CONCATENATED MODULE: ./src/registry/pkt-line.ts
/**
 * Splits git's pkt-line framing: four hex digits of length (itself included), then the payload.
 * Throws on a malformed or truncated frame.
 * https://git-scm.com/docs/protocol-common#_pkt_line_format
 */
function parsePktLines(data) {
    const out = [];
    let pos = 0;
    while (pos < data.length) {
        const head = data.subarray(pos, pos + 4).toString('ascii');
        if (!/^[0-9a-f]{4}$/i.test(head))
            throw new Error(`malformed pkt-line length "${head}" at byte ${pos}`);
        const length = Number.parseInt(head, 16);
        if (length === 0)
            out.push({ special: 'flush' });
        else if (length === 1)
            out.push({ special: 'delim' });
        else if (length === 2)
            out.push({ special: 'end' });
        else if (length < 4)
            throw new Error(`malformed pkt-line length ${length} at byte ${pos}`);
        else {
            if (pos + length > data.length)
                throw new Error(`truncated pkt-line at byte ${pos}`);
            out.push({ payload: data.subarray(pos + 4, pos + length) });
        }
        pos += Math.max(length, 4);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/registry/git.ts





const FULL_SHA = /^[0-9a-f]{40}$/;
/**
 * The refs a git remote advertises, as `git ls-remote` prints them: `refs/…` → object id, with
 * annotated tags peeled (`refs/tags/v1^{}`). Uses smart HTTP, so any git host works.
 * https://git-scm.com/docs/http-protocol#_smart_clients
 */
async function lsRemote(url, options = {}) {
    const base = url.replace(/\/+$/, '');
    const host = safeHost(base);
    let res = await get(`${base}/info/refs?service=git-upload-pack`, host, options);
    if (res.status === 404 && !base.endsWith('.git'))
        res = await get(`${base}.git/info/refs?service=git-upload-pack`, host, options);
    if (res.status !== 200)
        throw new RegistryError('REGISTRY_REFUSED', host, `git info/refs of ${redactUrl(base)} returned ${res.status}${res.status === 401 || res.status === 404 ? ' (missing, private, or the token lacks access)' : ''}`, {
            status: res.status,
        });
    const type = res.headers.get('content-type') ?? '';
    if (type !== 'application/x-git-upload-pack-advertisement')
        throw new RegistryError('REGISTRY_REFUSED', host, `${redactUrl(base)} is not a smart-HTTP git remote (content-type "${type}")`, {
            status: res.status,
        });
    return parseAdvertisement(res.body, host);
}
/** Parses a v0/v1 upload-pack advertisement into ref → id. */
function parseAdvertisement(body, host = 'git') {
    const refs = new Map();
    let lines;
    try {
        lines = parsePktLines(body);
    }
    catch (error) {
        throw new RegistryError('REGISTRY_REFUSED', host, `malformed git advertisement: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    for (const line of lines) {
        if (!('payload' in line))
            continue;
        const text = line.payload.toString('utf8').replace(/\n$/, '');
        if (text.startsWith('# service='))
            continue;
        const [withoutCaps] = text.split('\0');
        const m = /^([0-9a-f]{40}) (.+)$/.exec(withoutCaps);
        if (m && m[2] !== 'capabilities^{}')
            refs.set(m[2], m[1]);
    }
    return refs;
}
/**
 * The commit an action ref names (tag first, then branch, as git's rev-parse orders them; a
 * full SHA as is), and every tag on that commit, for the `# v4.1.2` comment of a pin.
 * https://git-scm.com/docs/gitrevisions#_specifying_revisions
 */
async function resolveGitRef(url, ref, options = {}) {
    const refs = await lsRemote(url, options);
    const commitOf = (name) => refs.get(`${name}^{}`) ?? refs.get(name);
    let sha;
    if (FULL_SHA.test(ref))
        sha = ref;
    else
        sha =
            commitOf(`refs/tags/${ref}`) ??
                commitOf(`refs/heads/${ref}`) ??
                (ref === 'HEAD' ? refs.get('HEAD') : undefined);
    if (!sha)
        throw new RegistryError('REGISTRY_REFUSED', safeHost(url), `${redactUrl(url)} has no tag or branch "${ref}"`, { status: 404 });
    const tags = [...refs.keys()]
        .filter((name) => name.startsWith('refs/tags/') && !name.endsWith('^{}') && commitOf(name) === sha)
        .map((name) => name.slice('refs/tags/'.length))
        .sort();
    return { sha, tags };
}
async function get(url, host, options) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const retries = options.retries ?? 3;
    const headers = {
        'user-agent': 'git/2.0 (portcullis)',
        'git-protocol': 'version=0',
    };
    if (options.token)
        headers.authorization = `Basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
    for (let attempt = 0;; attempt++) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
            const res = await fetch(url, { headers, signal: controller.signal });
            const body = Buffer.from(await res.arrayBuffer());
            if (isRetryableStatus(res.status) && attempt < retries) {
                await sleep(retryAfterMs(res.headers.get('retry-after')) ??
                    backoffMs(attempt, options.backoffMs ?? 500, 30_000));
                continue;
            }
            return { status: res.status, headers: res.headers, body };
        }
        catch (error) {
            if (attempt < retries) {
                await sleep(backoffMs(attempt, options.backoffMs ?? 500, 30_000));
                continue;
            }
            const what = controller.signal.aborted
                ? `no answer within ${timeoutMs} ms`
                : redactToken(networkReason(error), options.token);
            throw new RegistryError('REGISTRY_UNREACHABLE', host, `git ${redactUrl(url.replace(/\?.*$/, ''))}: ${what}`, { cause: error });
        }
        finally {
            clearTimeout(timer);
        }
    }
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'git';
    }
}
function redactUrl(url) {
    return url.replace(/(\/\/)[^/@\s]+@/, '$1***@');
}
function redactToken(text, token) {
    return token ? text.split(token).join('***') : text;
}

;// CONCATENATED MODULE: ./src/registry/index.ts
/** The one OCI distribution client shared by the pin, scan and attest gates, and git ls-remote. */












/***/ })

};
