export const id = 925;
export const ids = [925];
export const modules = {

/***/ 97925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/registry/index.ts + 11 modules
var src_registry = __webpack_require__(12847);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/gates/attest/oci.ts
var oci = __webpack_require__(82977);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./src/gates/attest/provenance/dockerfile.ts

/**
 * The base images a Dockerfile builds on, as SLSA resolvedDependencies in the form BuildKit
 * writes them (`pkg:docker/<name>@<tag>` with the digest). Only `FROM` images pinned by digest
 * are recorded, because a tag says nothing verifiable about what was pulled; stage names,
 * `scratch` and `${ARG}` images are not base images.
 * https://slsa.dev/spec/v1.1/provenance#resolvedDependencies
 */
function dockerfileDependencies(text) {
    const stages = new Set();
    const out = { dependencies: [], unpinned: [] };
    const seen = new Set();
    for (const from of main.DockerfileParser.parse(text).getFROMs()) {
        const image = from.getImage();
        const lower = image?.toLowerCase();
        if (image && lower && !stages.has(lower) && lower !== 'scratch' && !image.includes('$')) {
            const digest = from.getImageDigest();
            const [algorithm, hex] = digest?.split(':') ?? [];
            if (!digest || !algorithm || !hex)
                out.unpinned.push(image);
            else if (!seen.has(image)) {
                seen.add(image);
                const name = image.slice(0, image.lastIndexOf('@'));
                const tag = from.getImageTag();
                const repo = tag ? name.slice(0, name.length - tag.length - 1) : name;
                out.dependencies.push({
                    uri: `pkg:docker/${repo}@${tag ?? digest}`,
                    digest: { [algorithm]: hex },
                    name,
                });
            }
        }
        const stage = from.getBuildStage();
        if (stage)
            stages.add(stage.toLowerCase());
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/attest/subjects.ts
var attest_subjects = __webpack_require__(95939);
;// CONCATENATED MODULE: ./src/gates/attest/inputs.ts







/** A path as given, resolved against the working directory. */
function abs(cwd, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
}
/** Targets that are neither files nor globs but image references. */
function looksLikeImage(cwd, target) {
    if ((0,external_node_fs_.existsSync)(abs(cwd, target)) || /[*?[\]{}]/.test(target))
        return false;
    return (0,oci/* looksLikeImageReference */.wA)(target);
}
/**
 * Files by glob, a checksums file, and images: `name@sha256:` as given, a tag resolved to its
 * digest through the registry. At least one subject is required.
 */
async function collectSubjects(ctx, settings, registry) {
    const images = [];
    const paths = [];
    for (const t of ctx.targets) {
        if (!looksLikeImage(ctx.cwd, t))
            paths.push(t);
        else if ((0,attest_subjects/* isDigestReference */.kY)(t)) {
            const digest = t.slice(t.lastIndexOf('@') + 1);
            images.push({ ref: { ...(0,src_registry/* parseImageReference */.o_)(t), digest }, subject: (0,attest_subjects/* digestReferenceSubject */.q7)(t) });
        }
        else
            images.push(await (0,oci/* resolveImage */.AT)(registry(), t));
    }
    const files = paths.length ? await (0,attest_subjects/* fileSubjects */.QC)(ctx.cwd, paths) : [];
    const sums = settings.subjectChecksums ? (0,attest_subjects/* checksumSubjects */.HI)(ctx.cwd, settings.subjectChecksums) : [];
    const named = namedSubject(settings);
    const subjects = (0,attest_subjects/* mergeSubjects */.Wj)(files, sums, named, images.map((i) => i.subject));
    if (!subjects.length) {
        throw new errors/* PortcullisError */.SO('USAGE', 'nothing to attest: name files, a --subject-checksums file, or images by tag or digest');
    }
    return { subjects, images };
}
/** actions/attest's `subject-name` with `subject-digest`: both or neither. */
function namedSubject(settings) {
    const { subjectName: name, subjectDigest: digest } = settings;
    if (!name && !digest)
        return [];
    if (!name || !digest)
        throw new errors/* PortcullisError */.SO('USAGE', 'give subject-name and subject-digest together');
    const d = (0,attest_subjects/* parseDigest */.m)(digest);
    return [{ name, digest: { [d.algorithm]: d.hex } }];
}
/** Byproducts (e.g. the SBOM) by SHA-256. */
async function byproducts(ctx, files) {
    const out = [];
    for (const f of files) {
        try {
            out.push({ name: (0,external_node_path_.basename)(f), digest: { sha256: await (0,attest_subjects/* sha256File */.Q3)(abs(ctx.cwd, f)) } });
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('PATH_NOT_FOUND', `byproduct not readable: ${f}`, { file: f, cause });
        }
    }
    return out;
}
/** The digest-pinned base images of the Dockerfile; tag-only ones go to a note. */
function dependencies(ctx, settings, notes) {
    if (!settings.dockerfile)
        return [];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs(ctx.cwd, settings.dockerfile), 'utf8');
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('PATH_NOT_FOUND', `Dockerfile not readable: ${settings.dockerfile}`, {
            file: settings.dockerfile,
            cause,
        });
    }
    const deps = dockerfileDependencies(text);
    if (deps.unpinned.length) {
        notes.push(`base images without a digest are not recorded as dependencies: ${deps.unpinned.join(', ')} (run portcullis pin --fix)`);
    }
    return deps.dependencies;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/gates/attest/ledger.ts

const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';
/**
 * The transparency-log entries of a bundle with their UUIDs and a link for people: the
 * public-good search page, or the private log's own entry API.
 * https://github.com/sigstore/rekor/blob/main/openapi.yaml
 */
function ledgerEntries(bundle, rekorUrl) {
    const base = (rekorUrl ?? PUBLIC_GOOD_REKOR).replace(/\/$/, '');
    return (bundle.verificationMaterial.tlogEntries ?? []).map((e) => {
        const body = Buffer.from(e.canonicalizedBody, 'base64');
        const uuid = (0,external_node_crypto_.createHash)('sha256')
            .update(Buffer.concat([Buffer.from([0]), body]))
            .digest('hex');
        const url = base === PUBLIC_GOOD_REKOR
            ? `https://search.sigstore.dev/?logIndex=${e.logIndex}`
            : `${base}/api/v1/log/entries?logIndex=${e.logIndex}`;
        return {
            logIndex: e.logIndex,
            uuid,
            url,
            ...(e.integratedTime && e.integratedTime !== '0' ? { integratedTime: e.integratedTime } : {}),
        };
    });
}

// EXTERNAL MODULE: ./src/gates/attest/oidc.ts
var oidc = __webpack_require__(30595);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/gates/attest/provenance/types.ts
var types = __webpack_require__(3039);
;// CONCATENATED MODULE: ./src/gates/attest/sign.ts






/** A Signer over a PEM private key, for air-gapped signing without Fulcio. */
function keySigner(privateKeyPem, passphrase) {
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: privateKeyPem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('USAGE', `the signing key is not a usable PEM private key: ${(0,errors/* errorMessage */.gJ)(cause)}`, {
            cause,
        });
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(key);
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const hint = (0,external_node_crypto_.createHash)('sha256').update(spki).digest('base64');
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    // Ed25519 signs the message itself; ECDSA and RSA hash it with SHA-256 first.
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return {
        hint,
        signer: {
            sign: async (data) => ({
                signature: (0,external_node_crypto_.sign)(algorithm, data, key),
                key: { $case: 'publicKey', publicKey: pem, hint },
            }),
        },
    };
}
function signerFor(identity, timeoutMs, retries) {
    if (identity.kind === 'key')
        return keySigner(identity.privateKeyPem, identity.passphrase).signer;
    return new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: identity.fulcioUrl,
        identityProvider: { getToken: async () => identity.token },
        ...(timeoutMs ? { timeout: timeoutMs } : {}),
        ...(retries !== undefined ? { retry: retries } : {}),
    });
}
/** The witnesses that countersign: a transparency log and an optional timestamp authority. */
function witnessesFor(options) {
    const witnesses = [];
    const net = {
        ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
        ...(options.retries !== undefined ? { retry: options.retries } : {}),
    };
    if (options.rekorVersion === 2 && !options.tsaUrl) {
        throw new errors/* PortcullisError */.SO('USAGE', 'Rekor v2 gives no signed timestamp: set a timestamp authority (tsa-url)');
    }
    if (options.rekorUrl) {
        witnesses.push(new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: options.rekorUrl,
            entryType: options.entryType ?? 'dsse',
            majorApiVersion: options.rekorVersion ?? 1,
            ...net,
        }));
    }
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl, ...net }));
    return witnesses;
}
/**
 * Signs an in-toto statement as a DSSE envelope and returns a Sigstore bundle of media type
 * `application/vnd.dev.sigstore.bundle.v0.3+json`, countersigned by the witnesses.
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto
 */
async function signStatement(statement, identity, witnesses) {
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({
        signer: signerFor(identity, witnesses.timeoutMs, witnesses.retries),
        witnesses: witnessesFor(witnesses),
    });
    let bundle;
    try {
        bundle = await builder.create({
            data: Buffer.from(JSON.stringify(statement)),
            type: types/* IN_TOTO_PAYLOAD_TYPE */.T4,
        });
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('NETWORK', `signing failed: ${describeSigningError(cause)}`, { cause });
    }
    return (0,dist.bundleToJSON)(bundle);
}
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
/** The error and its cause, with any identity token in it redacted: logs are often public. */
function describeSigningError(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    const cause = error instanceof Error && error.cause ? `: ${(0,errors/* errorMessage */.gJ)(error.cause)}` : '';
    return `${message}${cause}`.replace(JWT, '<identity token>');
}

;// CONCATENATED MODULE: ./src/gates/attest/privacy.ts

/**
 * Whether writing to the transparency log would publish a private repository's name. The
 * public-good Rekor is world-readable and permanent, so a private or internal repository, or
 * one whose visibility the token does not state, writes there only when `public-log` says so.
 * slsa-github-generator added the same guard: https://github.com/slsa-framework/slsa-github-generator/issues/823
 */
function privacyRefusal(options) {
    if (!options.rekorUrl || options.publicLog)
        return undefined;
    if (options.rekorUrl.replace(/\/$/, '') !== sign_dist/* DEFAULT_REKOR_URL */.AD)
        return undefined;
    if (options.visibility === 'public')
        return undefined;
    const what = options.visibility
        ? `is ${options.visibility}`
        : 'has a visibility the identity token does not state';
    return (`${options.repository} ${what}: its name and workflow would be published for good on the public ` +
        'Rekor log. Set `public-log: true` to accept that, or keep the entry private: set `rekor-url` to a ' +
        'private Rekor, or `tlog: false` with `tsa-url` and `github-attestations: true` to store the bundle ' +
        "in GitHub's attestation store.");
}

// EXTERNAL MODULE: ./src/gates/attest/provenance/github.ts
var github = __webpack_require__(57175);
// EXTERNAL MODULE: ./src/gates/attest/provenance/gitlab.ts
var gitlab = __webpack_require__(40655);
;// CONCATENATED MODULE: ./src/gates/attest/provenance/statement.ts

/** RFC 3339 in UTC without fractional seconds, as SLSA's examples write timestamps. */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * An in-toto Statement v1 with an SLSA Provenance v1 predicate: the platform's fields, plus
 * what GitHub's action leaves out (startedOn/finishedOn, base-image dependencies, byproducts).
 * https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * https://slsa.dev/spec/v1.1/provenance
 */
function buildStatement(input) {
    if (!input.subjects.length)
        throw new Error('a statement needs at least one subject');
    const base = input.platform.predicate;
    const metadata = {
        ...base.runDetails.metadata,
        ...(input.startedOn ? { startedOn: rfc3339(input.startedOn) } : {}),
        ...(input.finishedOn ? { finishedOn: rfc3339(input.finishedOn) } : {}),
    };
    const predicate = {
        buildDefinition: {
            ...base.buildDefinition,
            resolvedDependencies: [
                ...(base.buildDefinition.resolvedDependencies ?? []),
                ...(input.dependencies ?? []),
            ],
        },
        runDetails: {
            ...base.runDetails,
            metadata,
            ...(input.byproducts?.length ? { byproducts: input.byproducts } : {}),
        },
    };
    return {
        _type: types/* STATEMENT_TYPE */.zG,
        subject: input.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType: types/* SLSA_PROVENANCE_V1 */.us,
        predicate,
    };
}

;// CONCATENATED MODULE: ./src/gates/attest/settings.ts




function value(ctx, name) {
    return ctx.options[name] ?? ctx.config[name];
}
function settings_text(ctx, name) {
    const v = value(ctx, name);
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v !== 'string')
        throw new errors/* PortcullisError */.SO('USAGE', `${name} must be a string`);
    return v;
}
function list(ctx, name) {
    const v = value(ctx, name);
    if (v === undefined)
        return [];
    return (Array.isArray(v) ? v : [v]).map(String);
}
function flag(ctx, name, fallback) {
    const v = value(ctx, name);
    if (v === undefined)
        return fallback;
    if (typeof v === 'boolean')
        return v;
    if (/^(true|false)$/.test(String(v)))
        return String(v) === 'true';
    throw new errors/* PortcullisError */.SO('USAGE', `${name} must be true or false`);
}
function date(raw, name) {
    if (!raw)
        return undefined;
    const d = /^\d+$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
    if (Number.isNaN(d.getTime()))
        throw new errors/* PortcullisError */.SO('USAGE', `${name}: not a time: ${raw}`);
    return d;
}
/** A signing key from a file, or the PEM itself from the PORTCULLIS_SIGNING_KEY secret. */
function signingKey(ctx) {
    const file = settings_text(ctx, 'signing-key');
    if (file) {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(ctx.cwd, file), 'utf8');
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `cannot read signing key ${file}: ${(0,errors/* errorMessage */.gJ)(cause)}`, {
                file,
                cause,
            });
        }
    }
    return ctx.env.PORTCULLIS_SIGNING_KEY || undefined;
}
/** Reads the attest settings from flags first, then the `attest:` section of portcullis.yaml. */
function readAttestSettings(ctx) {
    const onUnsupported = settings_text(ctx, 'on-unsupported') ?? 'fail';
    if (onUnsupported !== 'fail' && onUnsupported !== 'warn') {
        throw new errors/* PortcullisError */.SO('USAGE', `on-unsupported must be fail or warn, got "${onUnsupported}"`);
    }
    const version = Number(value(ctx, 'rekor-version') ?? 1);
    if (version !== 1 && version !== 2)
        throw new errors/* PortcullisError */.SO('USAGE', 'rekor-version must be 1 or 2');
    const entryType = settings_text(ctx, 'rekor-entry-type') ?? 'dsse';
    if (entryType !== 'dsse' && entryType !== 'intoto')
        throw new errors/* PortcullisError */.SO('USAGE', 'rekor-entry-type must be dsse or intoto');
    const tlog = flag(ctx, 'tlog', true);
    const timeout = Number(value(ctx, 'timeout-ms') ?? 30_000);
    return {
        subjectChecksums: settings_text(ctx, 'subject-checksums'),
        subjectName: settings_text(ctx, 'subject-name'),
        subjectDigest: settings_text(ctx, 'subject-digest'),
        bundlePath: settings_text(ctx, 'bundle-path') ?? 'provenance.sigstore.json',
        signingKeyPem: signingKey(ctx),
        signingKeyPassphrase: ctx.env.PORTCULLIS_SIGNING_KEY_PASSPHRASE || undefined,
        fulcioUrl: settings_text(ctx, 'fulcio-url') ?? sign_dist/* DEFAULT_FULCIO_URL */.jl,
        rekorUrl: tlog ? (settings_text(ctx, 'rekor-url') ?? sign_dist/* DEFAULT_REKOR_URL */.AD) : undefined,
        rekorVersion: version,
        entryType,
        tsaUrl: settings_text(ctx, 'tsa-url'),
        publicLog: flag(ctx, 'public-log', false),
        onUnsupported,
        dockerfile: settings_text(ctx, 'dockerfile'),
        byproducts: list(ctx, 'byproduct'),
        startedOn: date(settings_text(ctx, 'started-on') ?? ctx.env.CI_JOB_STARTED_AT, 'started-on'),
        serverUrl: settings_text(ctx, 'server-url'),
        oidcIssuers: [
            ...list(ctx, 'oidc-issuers'),
            ...(ctx.env.GITLAB_CI === 'true' && ctx.env.CI_SERVER_URL ? [ctx.env.CI_SERVER_URL] : []),
        ],
        oidcAudience: settings_text(ctx, 'oidc-audience') ?? 'sigstore',
        oidcJwksFile: settings_text(ctx, 'oidc-jwks'),
        githubAttestations: flag(ctx, 'github-attestations', false),
        pushToRegistry: flag(ctx, 'push-to-registry', false),
        insecureRegistries: list(ctx, 'insecure-registries'),
        timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000,
        retries: typeof value(ctx, 'retries') === 'number' ? value(ctx, 'retries') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/gates/attest/token.ts

/** A CI limit that stops attestation; `on-unsupported` decides between failing and warning. */
class UnsupportedError extends errors/* PortcullisError */.SO {
    constructor(message) {
        super('INCOMPLETE', message);
        this.name = 'UnsupportedError';
    }
}
/**
 * Gets the CI's OIDC identity token for `audience`: an explicit PORTCULLIS_ID_TOKEN, GitHub
 * Actions' token service (needs `permissions: id-token: write`), or GitLab's `id_tokens:`
 * variable SIGSTORE_ID_TOKEN. https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
 */
async function ciIdentityToken(env, audience, timeoutMs = 10_000) {
    if (env.PORTCULLIS_ID_TOKEN)
        return env.PORTCULLIS_ID_TOKEN.trim();
    if (env.GITHUB_ACTIONS === 'true') {
        const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        if (!url || !bearer) {
            throw new UnsupportedError('GitHub gave this job no OIDC token: add `permissions: id-token: write` to the job. Pull requests from forks never get one; attest on push or release instead.');
        }
        const target = new URL(url);
        target.searchParams.set('audience', audience);
        let res;
        try {
            res = await fetch(target, {
                headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
                signal: AbortSignal.timeout(timeoutMs),
            });
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('NETWORK', `cannot reach GitHub's OIDC token service: ${(0,errors/* errorMessage */.gJ)(cause)}`, {
                cause,
            });
        }
        if (!res.ok)
            throw new errors/* PortcullisError */.SO('NETWORK', `GitHub's OIDC token service answered HTTP ${res.status}`);
        const body = (await res.json());
        if (!body.value)
            throw new errors/* PortcullisError */.SO('NETWORK', "GitHub's OIDC token service returned no token");
        return body.value;
    }
    if (env.GITLAB_CI === 'true') {
        if (env.SIGSTORE_ID_TOKEN)
            return env.SIGSTORE_ID_TOKEN.trim();
        throw new UnsupportedError('GitLab gave this job no SIGSTORE_ID_TOKEN: add `id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore` to the job.');
    }
    throw new UnsupportedError('no CI identity token: run in GitHub Actions or GitLab CI/CD, or set PORTCULLIS_ID_TOKEN to an OIDC token');
}

;// CONCATENATED MODULE: ./src/gates/attest/store.ts


/**
 * Stores a bundle in GitHub's attestation store (`POST /repos/{owner}/{repo}/attestations`),
 * where `gh attestation verify` finds it. Plan limits, such as user-owned private
 * repositories, are reported as unsupported so `on-unsupported` decides.
 * https://docs.github.com/rest/repos/attestations#create-an-attestation
 */
async function storeOnGitHub(bundle, options) {
    if (!options.token) {
        throw new UnsupportedError('github-attestations needs GITHUB_TOKEN with `attestations: write`');
    }
    const url = `${options.apiUrl.replace(/\/$/, '')}/repos/${options.repository}/attestations`;
    let res;
    try {
        res = await fetch(url, {
            method: 'POST',
            headers: {
                authorization: `Bearer ${options.token}`,
                accept: 'application/vnd.github+json',
                'content-type': 'application/json',
                'x-github-api-version': '2022-11-28',
            },
            body: JSON.stringify({ bundle }),
            signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('NETWORK', `cannot reach ${url}: ${(0,errors/* errorMessage */.gJ)(cause)}`, { cause });
    }
    const text = await res.text();
    if (res.ok) {
        try {
            return String(JSON.parse(text).id ?? '') || undefined;
        }
        catch {
            return undefined;
        }
    }
    let message = text;
    try {
        message = JSON.parse(text).message ?? text;
    }
    catch {
        // not JSON: keep the text
    }
    if (res.status === 404 || res.status === 403 || /not available|not accessible/i.test(message)) {
        throw new UnsupportedError(`GitHub refused to store the attestation (HTTP ${res.status}: ${message}). Private repositories need GitHub Enterprise Cloud and \`attestations: write\`; the bundle file and the log entry are still written.`);
    }
    throw new errors/* PortcullisError */.SO('REGISTRY_REFUSED', `GitHub attestation store answered HTTP ${res.status}: ${message}`);
}

;// CONCATENATED MODULE: ./src/gates/attest/summary.ts
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary for an attestation: subjects, builder, source and the ledger link. */
function attestSummary(statement, entries, bundlePath) {
    const p = statement.predicate;
    const source = p.buildDefinition.resolvedDependencies?.[0];
    const out = [
        '### portcullis attest: provenance signed',
        '',
        '| subject | digest |',
        '| --- | --- |',
        ...statement.subject.map((s) => `| ${cell(s.name)} | ${Object.entries(s.digest)
            .map(([a, h]) => `\`${a}:${h}\``)
            .join(' ')} |`),
        '',
        `- builder: \`${cell(p.runDetails.builder.id)}\``,
        `- build type: \`${cell(p.buildDefinition.buildType)}\``,
        ...(source
            ? [`- source: \`${cell(source.uri ?? '')}\` at \`${cell(source.digest?.gitCommit ?? '')}\``]
            : []),
        `- bundle: \`${cell(bundlePath)}\``,
        ...entries.map((e) => `- transparency log: [entry ${e.logIndex}](${e.url}) (UUID \`${e.uuid}\`)`),
        ...(entries.length ? [] : ['- transparency log: none (no log entry was written)']),
        '',
    ];
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/gates/attest/run.ts
















function platformFor(token, settings) {
    const c = token.claims;
    if (typeof c.job_workflow_ref === 'string')
        return (0,github/* githubProvenance */.t6)(c, token.issuer, settings.serverUrl);
    if (typeof c.project_path === 'string' && c.pipeline_id !== undefined)
        return (0,gitlab/* gitlabProvenance */.v)(c, token.issuer);
    throw new errors/* PortcullisError */.SO('USAGE', `the identity token from ${token.issuer} is neither GitHub Actions' nor GitLab's`);
}
async function verifiedToken(ctx, settings) {
    const token = await ciIdentityToken(ctx.env, settings.oidcAudience, settings.timeoutMs);
    let jwks;
    if (settings.oidcJwksFile) {
        try {
            jwks = JSON.parse((0,external_node_fs_.readFileSync)(abs(ctx.cwd, settings.oidcJwksFile), 'utf8'));
        }
        catch (cause) {
            throw new errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `cannot read oidc-jwks ${settings.oidcJwksFile}: ${(0,errors/* errorMessage */.gJ)(cause)}`);
        }
    }
    return (0,oidc/* verifyIdToken */.Y0)(token, {
        audience: settings.oidcAudience,
        extraIssuers: settings.oidcIssuers,
        jwks,
        timeoutMs: settings.timeoutMs,
    });
}
async function attest(ctx, settings, notes) {
    let client;
    const registry = () => {
        client ??= new src_registry/* RegistryClient */.bP({
            cache: (0,src_registry/* registryCacheOf */.Dp)(ctx.shared),
            env: ctx.env,
            timeoutMs: settings.timeoutMs,
            insecureRegistries: settings.insecureRegistries,
        });
        return client;
    };
    const { subjects, images } = await collectSubjects(ctx, settings, registry);
    const token = await verifiedToken(ctx, settings);
    const platform = platformFor(token, settings);
    const refusal = privacyRefusal({
        rekorUrl: settings.rekorUrl,
        visibility: platform.visibility,
        repository: platform.source.repository,
        publicLog: settings.publicLog,
    });
    if (refusal)
        throw new UnsupportedError(refusal);
    const statement = buildStatement({
        subjects,
        platform,
        startedOn: settings.startedOn,
        finishedOn: new Date(),
        dependencies: dependencies(ctx, settings, notes),
        byproducts: await byproducts(ctx, settings.byproducts),
    });
    const identity = settings.signingKeyPem
        ? { kind: 'key', privateKeyPem: settings.signingKeyPem, passphrase: settings.signingKeyPassphrase }
        : { kind: 'keyless', token: token.token, fulcioUrl: settings.fulcioUrl };
    const witnesses = {
        rekorUrl: settings.rekorUrl,
        rekorVersion: settings.rekorVersion,
        entryType: settings.entryType,
        tsaUrl: settings.tsaUrl,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
    };
    const bundle = await signStatement(statement, identity, witnesses);
    const bundleFile = abs(ctx.cwd, settings.bundlePath);
    try {
        (0,external_node_fs_.writeFileSync)(bundleFile, `${JSON.stringify(bundle)}\n`);
    }
    catch (cause) {
        throw new errors/* PortcullisError */.SO('PATH_UNREADABLE', `cannot write ${settings.bundlePath}: ${(0,errors/* errorMessage */.gJ)(cause)}`, { cause });
    }
    const entries = ledgerEntries(bundle, settings.rekorUrl);
    let storedId;
    let storeProblem;
    if (settings.githubAttestations && platform.platform === 'github') {
        try {
            storedId = await storeOnGitHub(bundle, {
                apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
                repository: platform.source.repository.replace(/^https?:\/\/[^/]+\//, ''),
                token: ctx.env.GITHUB_TOKEN,
                timeoutMs: settings.timeoutMs,
            });
        }
        catch (error) {
            // The bundle and the log entry exist: a plan limit of the store must not hide them.
            if (!(error instanceof UnsupportedError))
                throw error;
            storeProblem = error.message;
        }
    }
    const pushed = [];
    if (settings.pushToRegistry) {
        if (!images.length)
            throw new errors/* PortcullisError */.SO('USAGE', 'push-to-registry needs an image subject');
        for (const image of images) {
            // One attestation per image, as GitHub pushes them: a registry holds only its own subject.
            const own = statement.subject.length === 1
                ? bundle
                : await signStatement({ ...statement, subject: [image.subject] }, identity, witnesses);
            const referrer = await (0,oci/* pushBundleReferrer */.ME)(registry(), image.ref, own, statement.predicateType);
            pushed.push({ image: `${image.subject.name}@${image.ref.digest}`, referrer });
        }
    }
    return {
        statement,
        bundle,
        entries,
        bundleFile: settings.bundlePath,
        platform,
        storedId,
        storeProblem,
        pushed,
    };
}
/**
 * The attest gate: SLSA v1 provenance for the subjects, built from the CI's verified OIDC
 * claims, signed into a Sigstore bundle and witnessed by a transparency log and, when set, an
 * RFC 3161 timestamp authority. See docs/attest.md.
 */
async function run(ctx) {
    const settings = readAttestSettings(ctx);
    const notes = [];
    const errors = [];
    let done;
    try {
        done = await attest(ctx, settings, notes);
    }
    catch (error) {
        if (!(error instanceof UnsupportedError))
            throw error;
        if (settings.onUnsupported === 'warn') {
            ctx.log.warn(`attest skipped: ${error.message}`);
            notes.push(`not attested (on-unsupported: warn): ${error.message}`);
        }
        else {
            errors.push({
                message: `${error.message} (set on-unsupported: warn to go on without provenance)`,
                code: 'UNSUPPORTED',
            });
        }
    }
    if (!done)
        return { findings: [], errors, rules: [], notes, extra: { attested: false } };
    notes.push(`provenance for ${done.statement.subject.length} subject(s) written to ${done.bundleFile}`);
    for (const e of done.entries)
        notes.push(`transparency log entry ${e.logIndex}: ${e.url}`);
    if (done.storedId)
        notes.push(`stored in GitHub's attestation store as ${done.storedId}`);
    if (done.storeProblem) {
        if (settings.onUnsupported === 'warn') {
            ctx.log.warn(done.storeProblem);
            notes.push(`not stored on GitHub (on-unsupported: warn): ${done.storeProblem}`);
        }
        else {
            errors.push({
                message: `${done.storeProblem} (set on-unsupported: warn to go on)`,
                code: 'UNSUPPORTED',
            });
        }
    }
    for (const p of done.pushed)
        notes.push(`pushed to ${p.image} as referrer ${p.referrer}`);
    const first = done.entries[0];
    return {
        findings: [],
        errors,
        rules: [],
        notes,
        scanned: done.statement.subject.map((s) => s.name),
        extra: {
            attested: true,
            bundlePath: done.bundleFile,
            subjects: done.statement.subject,
            builder: done.statement.predicate.runDetails.builder.id,
            source: done.platform.source,
            transparencyLog: done.entries,
            outputs: {
                'bundle-path': done.bundleFile,
                ...(first ? { 'log-index': first.logIndex, 'log-uuid': first.uuid, 'log-url': first.url } : {}),
                ...(done.storedId ? { 'attestation-id': done.storedId } : {}),
                ...(done.pushed.length ? { 'referrer-digests': done.pushed.map((p) => p.referrer).join(',') } : {}),
            },
            referrers: done.pushed,
            summary: attestSummary(done.statement, done.entries, done.bundleFile),
        },
        render: { 'attest-summary': () => attestSummary(done.statement, done.entries, done.bundleFile) },
    };
}


/***/ })

};
