export const id = 809;
export const ids = [809];
export const modules = {

/***/ 82977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   Be: () => (/* binding */ fetchBundleReferrers),
/* harmony export */   ME: () => (/* binding */ pushBundleReferrer),
/* harmony export */   wA: () => (/* binding */ looksLikeImageReference)
/* harmony export */ });
/* unused harmony exports BUNDLE_ARTIFACT_TYPE, imageSubjectName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12847);


/** The artifact type cosign, GitHub and @sigstore/oci give a Sigstore bundle in a registry. */
const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_CONFIG = Buffer.from('{}');
const REFERENCE_SYNTAX = /^[a-z0-9][\w.-]*(:\d+)?(\/[\w.-]+)*(:[\w.-]+)?(@sha(256|512):[a-f0-9]+)?$/i;
/**
 * Whether a target that is not an existing file names an image: it has a digest or a tag, or
 * its first component is a registry host (`ghcr.io/…`, `localhost:5000/…`). So a missing
 * `dist/app.tar.gz` stays a missing file and never becomes a Docker Hub lookup.
 */
function looksLikeImageReference(text) {
    if (!REFERENCE_SYNTAX.test(text))
        return false;
    if (/@sha(256|512):/.test(text))
        return true;
    const slash = text.lastIndexOf('/');
    if (text.indexOf(':', slash + 1) > slash)
        return true;
    const first = text.split('/')[0];
    return slash > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
}
/** The image name a subject carries: registry and repository, no tag, no digest. */
function imageSubjectName(ref) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)({ registry: ref.registry, repository: ref.repository }, { familiar: true });
}
/**
 * An image reference resolved to the digest it points at now (one HEAD), so the subject names
 * exactly the manifest that was pushed. A digest given in the reference is used as it is.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
 */
async function resolveImage(client, text) {
    const ref = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(text);
    const digest = ref.digest ?? (await client.resolveDigest(ref)).digest;
    const [algorithm, hex] = digest.split(':');
    return { ref: { ...ref, digest }, subject: { name: imageSubjectName(ref), digest: { [algorithm]: hex } } };
}
/**
 * Pushes a bundle as an OCI referrer of its image, as @sigstore/oci's attachArtifactToImage
 * does: the empty config, the bundle as the one layer, `artifactType` set to the bundle media
 * type and `subject` set to the image. Registries without the referrers API get the bundle
 * added to the `sha256-<hex>` tag schema index instead.
 * https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidelines-for-artifact-usage
 */
async function pushBundleReferrer(client, image, bundle, predicateType) {
    const target = await client.resolveDigest({ ...image, tag: undefined });
    if (target.digest !== image.digest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('REGISTRY_DIGEST_MISMATCH', `${(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(image)} answered ${target.digest}`);
    }
    const repo = { registry: image.registry, repository: image.repository };
    const config = await client.pushBlob(repo, EMPTY_CONFIG, _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociEmpty);
    const layer = await client.pushBlob(repo, Buffer.from(JSON.stringify(bundle)), BUNDLE_ARTIFACT_TYPE);
    const annotations = {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': predicateType,
        'org.opencontainers.image.created': new Date().toISOString(),
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociManifest,
        artifactType: BUNDLE_ARTIFACT_TYPE,
        config,
        layers: [layer],
        subject: {
            mediaType: target.mediaType ?? _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociManifest,
            digest: image.digest,
            size: target.size ?? 0,
        },
        annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const pushed = await client.pushManifest(repo, bytes, _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociManifest);
    if (!pushed.subjectAccepted) {
        const descriptor = {
            mediaType: _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA_TYPES */ .Z2.ociManifest,
            digest: pushed.digest,
            size: bytes.length,
            artifactType: BUNDLE_ARTIFACT_TYPE,
            annotations,
        };
        await client.addReferrerToTagSchema(image, descriptor);
    }
    return pushed.digest;
}
/**
 * The Sigstore bundles attached to an image, found through the referrers API (or its tag
 * schema fallback). A referrer whose layer is not JSON is returned with the error, so the
 * verify gate reports it instead of skipping it.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
 */
async function fetchBundleReferrers(client, image) {
    const referrers = await client.listReferrers(image, { artifactType: BUNDLE_ARTIFACT_TYPE });
    const out = [];
    for (const r of referrers) {
        const label = `${imageSubjectName(image)}@${r.digest}`;
        const { manifest } = await client.getManifest({ ...image, tag: undefined, digest: r.digest });
        const layer = manifest.layers?.find((l) => l.mediaType === BUNDLE_ARTIFACT_TYPE) ?? manifest.layers?.[0];
        if (!layer) {
            out.push({ label, parseError: 'the referrer has no bundle layer' });
            continue;
        }
        const bytes = await client.fetchBlob(image, layer.digest);
        try {
            out.push({ label, json: JSON.parse(Buffer.from(bytes).toString('utf8')) });
        }
        catch {
            out.push({ label, parseError: 'the referrer layer is not JSON' });
        }
    }
    return out;
}


/***/ }),

/***/ 30595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ verifyIdToken),
/* harmony export */   j3: () => (/* binding */ requireClaims),
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER)
/* harmony export */ });
/* unused harmony exports GITLAB_COM_ISSUER, isTrustedIssuer */
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36687);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22952);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64490);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);


const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const GITLAB_COM_ISSUER = 'https://gitlab.com';
/** GitHub Enterprise Cloud with data residency: `https://token.actions.<tenant>.ghe.com`. */
const GHE_COM_ISSUER = /^https:\/\/token\.actions\.[a-z0-9-]+\.ghe\.com$/;
/** True when `issuer` is GitHub Actions', a GHE.com tenant's, gitlab.com or one configured. */
function isTrustedIssuer(issuer, extra = []) {
    return (issuer === GITHUB_ISSUER ||
        GHE_COM_ISSUER.test(issuer) ||
        issuer === GITLAB_COM_ISSUER ||
        extra.includes(issuer));
}
function unverifiedIssuer(token) {
    const part = token.split('.')[1];
    try {
        const iss = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')).iss;
        if (typeof iss === 'string')
            return iss;
    }
    catch {
        // reported below
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', 'the CI identity token is not a JSON Web Token');
}
async function jwksUri(issuer, timeoutMs) {
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let res;
    try {
        res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('NETWORK', `cannot reach the token issuer ${url}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause)}`, {
            cause,
        });
    }
    if (!res.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('NETWORK', `token issuer ${url} answered HTTP ${res.status}`);
    const doc = (await res.json());
    if (doc.issuer !== issuer || typeof doc.jwks_uri !== 'string') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('NETWORK', `token issuer ${url} published no matching issuer and jwks_uri`);
    }
    return new URL(doc.jwks_uri);
}
/**
 * Verifies a CI OIDC token's signature against its issuer's published keys (OpenID Connect
 * Discovery 1.0), its audience and lifetime, and returns the claims. Provenance is built only
 * from claims verified here, never from environment variables a step could change, as
 * actions/toolkit's attest package does.
 */
async function verifyIdToken(token, options) {
    const issuer = unverifiedIssuer(token);
    if (!isTrustedIssuer(issuer, options.extraIssuers)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', `the identity token's issuer ${issuer} is not trusted; add it to attest.oidc-issuers to accept it`);
    }
    const keys = options.jwks
        ? (0,jose__WEBPACK_IMPORTED_MODULE_1__/* .createLocalJWKSet */ .w)(options.jwks)
        : (0,jose__WEBPACK_IMPORTED_MODULE_2__/* .createRemoteJWKSet */ .RD)(await jwksUri(issuer, options.timeoutMs ?? 10_000), {
            timeoutDuration: options.timeoutMs ?? 10_000,
        });
    try {
        const { payload } = await (0,jose__WEBPACK_IMPORTED_MODULE_3__/* .jwtVerify */ .V)(token, keys, { issuer, audience: options.audience });
        return { token, issuer, claims: payload };
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', `the CI identity token failed verification: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(cause)}`, {
            cause,
        });
    }
}
/** Reads required string claims, naming every missing one in a single error. */
function requireClaims(claims, names, platform) {
    const missing = names.filter((n) => typeof claims[n] !== 'string' && typeof claims[n] !== 'number');
    if (missing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', `the ${platform} identity token lacks the claims ${missing.join(', ')}`);
    }
    return Object.fromEntries(names.map((n) => [n, String(claims[n])]));
}


/***/ }),

/***/ 57175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ GITHUB_BUILD_TYPE),
/* harmony export */   t6: () => (/* binding */ githubProvenance),
/* harmony export */   yE: () => (/* binding */ GITHUB_LEGACY_BUILD_TYPE)
/* harmony export */ });
/* unused harmony export githubServerUrl */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30595);



const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The build type GitHub's attestations and npm provenance wrote before 2024-06; verify accepts it. */
const GITHUB_LEGACY_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const REQUIRED = [
    'ref',
    'sha',
    'repository',
    'event_name',
    'job_workflow_ref',
    'workflow_ref',
    'repository_id',
    'repository_owner_id',
    'runner_environment',
    'run_id',
    'run_attempt',
];
/**
 * The web server of a GitHub token issuer: github.com for GitHub's issuer, the tenant host
 * for GHE.com. Other issuers (GitHub Enterprise Server) need `server-url`.
 */
function githubServerUrl(issuer, configured) {
    if (issuer === _oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX)
        return 'https://github.com';
    const ghe = /^https:\/\/token\.actions\.([a-z0-9-]+)\.ghe\.com$/.exec(issuer);
    if (ghe)
        return `https://${ghe[1]}.ghe.com`;
    if (configured)
        return configured.replace(/\/$/, '');
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', `cannot tell the GitHub server of issuer ${issuer}; set attest.server-url`);
}
/**
 * SLSA v1 provenance with GitHub's workflow build type, field for field as
 * actions/toolkit's `buildSLSAProvenancePredicate` writes it, so `gh attestation verify` and
 * slsa-verifier accept it. https://github.com/slsa-framework/github-actions-buildtypes/tree/main/workflow/v1
 */
function githubProvenance(claims, issuer, serverUrl) {
    const c = (0,_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .requireClaims */ .j3)(claims, REQUIRED, 'GitHub Actions');
    const server = githubServerUrl(issuer, serverUrl);
    // owner/repo/.github/workflows/release.yml@refs/tags/v1 → path and ref; a tag may contain '@'.
    const [path, ...refParts] = c.workflow_ref.replace(`${c.repository}/`, '').split('@');
    const visibility = typeof claims.repository_visibility === 'string' ? claims.repository_visibility : undefined;
    return {
        platform: 'github',
        visibility,
        source: { repository: `${server}/${c.repository}`, ref: c.ref, commit: c.sha },
        predicate: {
            buildDefinition: {
                buildType: GITHUB_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: refParts.join('@'), repository: `${server}/${c.repository}`, path },
                },
                internalParameters: {
                    github: {
                        event_name: c.event_name,
                        repository_id: c.repository_id,
                        repository_owner_id: c.repository_owner_id,
                        runner_environment: c.runner_environment,
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${server}/${c.repository}@${c.ref}`, digest: { gitCommit: c.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${server}/${c.job_workflow_ref}` },
                metadata: {
                    invocationId: `${server}/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
                },
            },
        },
    };
}



/***/ }),

/***/ 40655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ GITLAB_BUILD_TYPE),
/* harmony export */   v: () => (/* binding */ gitlabProvenance)
/* harmony export */ });
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30595);

/** Portcullis' build type for GitLab CI/CD jobs; its fields are documented in docs/attest.md. */
const GITLAB_BUILD_TYPE = 'https://github.com/portcullis-dev/portcullis/blob/main/docs/attest.md#gitlab-ci-build-type-v1';
const REQUIRED = [
    'project_path',
    'project_id',
    'namespace_id',
    'ref',
    'ref_type',
    'sha',
    'pipeline_id',
    'pipeline_source',
    'job_id',
    'runner_id',
    'runner_environment',
];
/**
 * SLSA v1 provenance for a GitLab CI/CD job, from its ID token (`id_tokens:` with audience
 * `sigstore`): the project, ref and commit, the pipeline and job URLs and the runner. The
 * builder id is the CI config that ran (`ci_config_ref_uri`), which is also the Build Signer
 * URI Fulcio puts in the certificate, so a verifier can pair them.
 * https://docs.gitlab.com/ci/secrets/id_token_authentication/
 */
function gitlabProvenance(claims, issuer) {
    const c = (0,_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .requireClaims */ .j3)(claims, REQUIRED, 'GitLab');
    const server = issuer.replace(/\/$/, '');
    const project = `${server}/${c.project_path}`;
    const refPath = typeof claims.ref_path === 'string'
        ? claims.ref_path
        : `refs/${c.ref_type === 'tag' ? 'tags' : 'heads'}/${c.ref}`;
    const config = typeof claims.ci_config_ref_uri === 'string' ? claims.ci_config_ref_uri : undefined;
    const visibility = typeof claims.project_visibility === 'string' ? claims.project_visibility : undefined;
    return {
        platform: 'gitlab',
        visibility,
        source: { repository: project, ref: refPath, commit: c.sha },
        predicate: {
            buildDefinition: {
                buildType: GITLAB_BUILD_TYPE,
                externalParameters: {
                    source: { repository: project, ref: refPath },
                    ...(config ? { config: { uri: `https://${config}` } } : {}),
                    pipeline_source: c.pipeline_source,
                },
                internalParameters: {
                    gitlab: {
                        project_id: c.project_id,
                        namespace_id: c.namespace_id,
                        pipeline_id: c.pipeline_id,
                        pipeline_url: `${project}/-/pipelines/${c.pipeline_id}`,
                        job_id: c.job_id,
                        runner_id: c.runner_id,
                        runner_environment: c.runner_environment,
                        ...(typeof claims.ref_protected === 'string' ? { ref_protected: claims.ref_protected } : {}),
                        ...(typeof claims.ci_config_sha === 'string' ? { ci_config_sha: claims.ci_config_sha } : {}),
                    },
                },
                resolvedDependencies: [{ uri: `git+${project}@${refPath}`, digest: { gitCommit: c.sha } }],
            },
            runDetails: {
                builder: { id: config ? `https://${config}` : `${project}/-/runners/${c.runner_id}` },
                metadata: { invocationId: `${project}/-/jobs/${c.job_id}` },
            },
        },
    };
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';


/***/ }),

/***/ 95939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ checksumSubjects),
/* harmony export */   KQ: () => (/* binding */ fileDigests),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   QC: () => (/* binding */ fileSubjects),
/* harmony export */   Wj: () => (/* binding */ mergeSubjects),
/* harmony export */   kY: () => (/* binding */ isDigestReference),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   q7: () => (/* binding */ digestReferenceSubject),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony exports expandSubjectPaths, stripTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);





const HEX = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** SHA-256 of a file, streamed so release archives of any size fit. */
function sha256File(path) {
    return new Promise((done, fail) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('error', fail)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => done(hash.digest('hex')));
    });
}
/** SHA-256 and SHA-512 of a file in one read, to match subjects named either way (npm uses SHA-512). */
function fileDigests(path) {
    return new Promise((done, fail) => {
        const a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('error', fail)
            .on('data', (chunk) => {
            a.update(chunk);
            b.update(chunk);
        })
            .on('end', () => done({ sha256: a.digest('hex'), sha512: b.digest('hex') }));
    });
}
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
function walk(dir, out) {
    for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true })) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        if (e.isDirectory() && !SKIPPED_DIRS.has(e.name))
            walk(abs, out);
        else if (e.isFile())
            out.push(abs);
    }
}
/**
 * Expands paths and globs to files. Unlike discovery for linting, .gitignore is not honoured:
 * release artifacts usually live in ignored folders such as dist/. A pattern that matches
 * nothing is an error, never an empty statement.
 */
function expandSubjectPaths(cwd, patterns) {
    const found = new Set();
    for (const pattern of patterns) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, pattern);
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(toPosix(pattern));
        if (!scan.isGlob) {
            let isFile = false;
            try {
                isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs).isFile();
            }
            catch (cause) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PATH_NOT_FOUND', `subject not found: ${pattern}`, {
                    file: pattern,
                    cause,
                });
            }
            if (!isFile)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('USAGE', `subject is not a file: ${pattern}`, { file: pattern });
            found.add(abs);
            continue;
        }
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(scan.base) ? scan.base : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, scan.base || '.');
        const match = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(scan.glob, { dot: false });
        const files = [];
        try {
            walk(base, files);
        }
        catch (cause) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PATH_NOT_FOUND', `no files match ${pattern}`, { file: pattern, cause });
        }
        const hits = files.filter((f) => match(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, f))));
        if (!hits.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PATH_NOT_FOUND', `no files match ${pattern}`, { file: pattern });
        for (const f of hits)
            found.add(f);
    }
    return [...found].sort();
}
/**
 * Subjects for files, named by their base name and digested with SHA-256, as GitHub's
 * attest action names `subject-path` files. Duplicates (same name and digest) are dropped.
 */
async function fileSubjects(cwd, patterns) {
    const subjects = [];
    for (const file of expandSubjectPaths(cwd, patterns)) {
        let digest;
        try {
            digest = await sha256File(file);
        }
        catch (cause) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PATH_UNREADABLE', `cannot read ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(cause)}`, {
                file,
                cause,
            });
        }
        subjects.push({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file), digest: { sha256: digest } });
    }
    return dedupe(subjects);
}
const GNU_LINE = /^\\?([A-Fa-f0-9]+) [ *](.+)$/;
const BSD_LINE = /^(SHA256|SHA512) \((.+)\) = ([A-Fa-f0-9]+)$/;
/**
 * Parses a checksums file in GNU coreutils format (`<hex>  <name>` or `<hex> *<name>`, as
 * `sha256sum` and goreleaser write) or BSD tag format (`SHA256 (<name>) = <hex>`). The
 * algorithm follows from the digest length. Any line that is not a checksum is an error with
 * its line number, because a half-read file would silently drop subjects.
 */
function parseChecksums(text, file) {
    const out = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.trimEnd();
        if (!line.trim())
            return;
        let hex;
        let name;
        const bsd = BSD_LINE.exec(line);
        const gnu = GNU_LINE.exec(line);
        if (bsd) {
            hex = bsd[3];
            name = bsd[2];
        }
        else if (gnu) {
            hex = gnu[1];
            name = gnu[2];
        }
        const digest = hex?.toLowerCase() ?? '';
        const algorithm = HEX.sha256.test(digest) ? 'sha256' : HEX.sha512.test(digest) ? 'sha512' : undefined;
        if (!name || !algorithm || (bsd && bsd[1].toLowerCase() !== algorithm)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PARSE_FAILED', `${file}:${i + 1}: not a sha256 or sha512 checksum line`, {
                file,
            });
        }
        out.push({ algorithm, digest, name, line: i + 1 });
    });
    if (!out.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PARSE_FAILED', `${file}: no checksums in the file`, { file });
    return out;
}
/** Subjects from a checksums file, as actions/attest's `subject-checksums` reads it. */
function checksumSubjects(cwd, path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, path);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs, 'utf8');
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('PATH_NOT_FOUND', `checksums file not found: ${path}`, { file: path, cause });
    }
    return dedupe(parseChecksums(text, path).map((c) => ({ name: c.name, digest: { [c.algorithm]: c.digest } })));
}
const DIGEST_REF = /^(.+?)@(sha256|sha512):([a-f0-9]+)$/;
/** True for `name@sha256:<hex>` (optionally with a tag before the digest). */
function isDigestReference(ref) {
    const m = DIGEST_REF.exec(ref);
    return Boolean(m && HEX[m[2]]?.test(m[3]));
}
/**
 * A subject for an image given by digest. The name drops the tag, as GitHub's attest action
 * names image subjects (`ghcr.io/owner/app`), so the same image under two tags is one subject.
 */
function digestReferenceSubject(ref) {
    const m = DIGEST_REF.exec(ref.trim());
    if (!m || !HEX[m[2]]?.test(m[3])) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('USAGE', `not a digest reference (name@sha256:<64 hex>): ${ref}`);
    }
    return { name: stripTag(m[1]), digest: { [m[2]]: m[3] } };
}
/** `registry:5000/app:1.0` → `registry:5000/app`; a port is not a tag. */
function stripTag(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(0, colon) : name;
}
/** `sha256:<hex>` as given on the command line, validated. */
function parseDigest(text) {
    const m = /^(sha256|sha512):([a-f0-9]+)$/.exec(text.trim());
    if (!m || !HEX[m[1]].test(m[2]))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortcullisError */ .SO('USAGE', `not a digest: ${text}`);
    return { algorithm: m[1], hex: m[2] };
}
function dedupe(subjects) {
    const seen = new Set();
    return subjects.filter((s) => {
        const key = `${s.name}\0${JSON.stringify(s.digest)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Merges subject lists, keeping the first of each name+digest pair. */
function mergeSubjects(...lists) {
    return dedupe(lists.flat());
}


/***/ })

};
