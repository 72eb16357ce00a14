export const id = 545;
export const ids = [545];
export const modules = {

/***/ 60519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ looksLikeOpenPgp),
/* harmony export */   W3: () => (/* binding */ isClearSigned),
/* harmony export */   wf: () => (/* binding */ isArmoredOpenPgp)
/* harmony export */ });
const ARMOR = /^\s*-----BEGIN PGP /;
/** True when the bytes start with OpenPGP ASCII armor (RFC 9580 §6.2). */
function isArmoredOpenPgp(bytes) {
    return ARMOR.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
}
/**
 * True when the bytes look like an OpenPGP signature: ASCII armor, or a binary packet, whose
 * header always has its high bit set (RFC 9580 §4.2); a Sigstore bundle is JSON.
 */
function looksLikeOpenPgp(bytes) {
    return isArmoredOpenPgp(bytes) || (bytes[0] ?? 0) >= 0x80;
}
/** True when the text is a clear-signed OpenPGP message (RFC 9580 §7). */
function isClearSigned(text) {
    return /^\uFEFF?\s*-----BEGIN PGP SIGNED MESSAGE-----/.test(text);
}


/***/ }),

/***/ 41545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ruleMetas: () => (/* binding */ ruleMetas),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/registry/index.ts + 11 modules
var src_registry = __webpack_require__(12847);
// EXTERNAL MODULE: ./src/gates/attest/oci.ts
var attest_oci = __webpack_require__(82977);
// EXTERNAL MODULE: ./src/gates/attest/subjects.ts
var subjects = __webpack_require__(95939);
;// CONCATENATED MODULE: ./src/gates/attest/verify/bundles.ts



const BUNDLE_FILE = /\.(json|jsonl|sigstore)$/i;
function parseFile(text, label) {
    try {
        return [{ label, json: JSON.parse(text) }];
    }
    catch (error) {
        const lines = text.split(/\r?\n/);
        const nonEmpty = lines.filter((l) => l.trim());
        // JSON Lines, as slsa-verifier's `.intoto.jsonl` files hold one bundle a line.
        if (nonEmpty.length > 1 && nonEmpty.every((l) => l.trim().startsWith('{'))) {
            return lines.flatMap((l, i) => {
                if (!l.trim())
                    return [];
                try {
                    return [{ label: `${label}:${i + 1}`, json: JSON.parse(l) }];
                }
                catch (lineError) {
                    return [{ label: `${label}:${i + 1}`, parseError: (0,core_errors/* errorMessage */.gJ)(lineError) }];
                }
            });
        }
        return [{ label, parseError: `not JSON: ${(0,core_errors/* errorMessage */.gJ)(error)}` }];
    }
}
/**
 * Reads a bundle file, or every `*.json`, `*.jsonl` and `*.sigstore` file of a directory. A
 * missing path is an error; an unreadable bundle is kept so the PA001 rule reports it.
 */
function loadBundles(path, display) {
    let isDir;
    try {
        isDir = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `bundle not found: ${display}`, { file: display, cause });
    }
    const files = isDir
        ? (0,external_node_fs_.readdirSync)(path)
            .filter((f) => BUNDLE_FILE.test(f))
            .sort()
            .map((f) => (0,external_node_path_.join)(path, f))
        : [path];
    if (isDir && !files.length) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `no bundles (*.json, *.jsonl, *.sigstore) in ${display}`, {
            file: display,
        });
    }
    const bundles = files.flatMap((f) => {
        const label = isDir ? (0,external_node_path_.join)(display, (0,external_node_path_.relative)(path, f)).replace(/\\/g, '/') : display;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(f, 'utf8');
        }
        catch (cause) {
            throw new core_errors/* PortcullisError */.SO('PATH_UNREADABLE', `cannot read ${label}: ${(0,core_errors/* errorMessage */.gJ)(cause)}`, {
                file: label,
                cause,
            });
        }
        return parseFile(text, label);
    });
    return { bundles, directory: isDir };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/gates/attest/provenance/types.ts
var types = __webpack_require__(3039);
;// CONCATENATED MODULE: ./src/gates/attest/verify/identity.ts

/**
 * Fulcio certificate extensions. OIDs from
 * https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
 */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
function leafCertificate(bundle) {
    const vm = bundle.verificationMaterial.content;
    if (vm.$case === 'certificate')
        return core_dist.X509Certificate.parse(Buffer.from(vm.certificate.rawBytes));
    if (vm.$case === 'x509CertificateChain') {
        const leaf = vm.x509CertificateChain.certificates[0];
        return leaf ? core_dist.X509Certificate.parse(Buffer.from(leaf.rawBytes)) : undefined;
    }
    return undefined;
}
function extensionText(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    // Extensions from 1.8 on are DER UTF8Strings; the legacy ones hold the raw text.
    if (der) {
        const inner = ext.valueObj.subs?.[0]?.value;
        if (inner)
            return inner.toString('utf8');
    }
    return ext.value.toString('utf8');
}
/** Reads the SAN and Fulcio extensions of a bundle's signing certificate; undefined for keys. */
function certificateIdentity(bundle) {
    const cert = leafCertificate(bundle);
    if (!cert)
        return undefined;
    const out = { subjectAlternativeName: cert.subjectAltName };
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        if (name === 'issuerV1')
            continue;
        const value = extensionText(cert, oid, true);
        if (value !== undefined)
            out[name] = value;
    }
    out.issuer ??= extensionText(cert, FULCIO_OIDS.issuerV1, false);
    return out;
}

;// CONCATENATED MODULE: ./src/gates/attest/verify/check.ts






const KNOWN_BUNDLE_TYPES = [
    dist.BUNDLE_V03_MEDIA_TYPE,
    dist.BUNDLE_V03_LEGACY_MEDIA_TYPE,
    dist.BUNDLE_V02_MEDIA_TYPE,
    dist.BUNDLE_V01_MEDIA_TYPE,
];
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
function readBundle(json, allowMessage) {
    const mediaType = json?.mediaType;
    if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_TYPES.includes(mediaType)) {
        return { error: `unsupported bundle media type ${JSON.stringify(mediaType)}` };
    }
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(json);
    }
    catch (error) {
        return { error: `invalid Sigstore bundle: ${(0,core_errors/* errorMessage */.gJ)(error)}` };
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        if (allowMessage)
            return { bundle };
        return {
            error: 'the bundle holds a plain message signature, not a DSSE attestation (accept-message-signatures accepts it for files)',
        };
    }
    const type = bundle.content.dsseEnvelope.payloadType;
    if (type !== types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return { error: `DSSE payload type is "${type}", expected "${types/* IN_TOTO_PAYLOAD_TYPE */.T4}"` };
    }
    return { bundle };
}
function verifiedTimes(bundle) {
    const times = [];
    for (const e of bundle.verificationMaterial.tlogEntries) {
        const t = Number(e.integratedTime);
        if (t > 0)
            times.push(new Date(t * 1000));
    }
    for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
        times.push(core_dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
    }
    return times;
}
function parseStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return { error: 'no DSSE envelope' };
    try {
        const statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
        if (!statement || typeof statement !== 'object' || !STATEMENT_TYPES.includes(statement._type)) {
            return { error: `payload is not an in-toto Statement (_type ${JSON.stringify(statement?._type)})` };
        }
        return { statement };
    }
    catch (error) {
        return { error: `payload is not JSON: ${(0,core_errors/* errorMessage */.gJ)(error)}` };
    }
}
/**
 * Verifies one bundle cryptographically with @sigstore/verify (signature over the DSSE PAE,
 * certificate chain to the trusted root at a verified time, SCTs, log entry body, inclusion
 * proof or promise, RFC 3161 timestamps) and reads what the policy rules need. No policy is
 * handed to @sigstore/verify: identities are compared by the rules, exactly or anchored.
 * https://github.com/sigstore/sigstore-js/tree/main/packages/verify
 */
function verifyBundle(json, bundleFile, artifact, trust, policy, now) {
    const base = {
        bundleFile,
        artifactDigests: artifact.digests,
        artifactName: artifact.name,
        policy,
        now,
    };
    // A plain message signature is accepted only over bytes we hold (a checksums file).
    const { bundle, error } = readBundle(json, artifact.bytes !== undefined);
    if (!bundle)
        return { ...base, unsupported: error };
    const messageSigned = bundle.content.$case === 'messageSignature';
    const keySigned = bundle.verificationMaterial.content.$case === 'publicKey';
    try {
        new verify_dist/* Verifier */.BL(trust, {
            tlogThreshold: policy.tlogThreshold,
            ctlogThreshold: keySigned ? 0 : 1,
            // A certificate is only trusted at a verified time, so a keyless bundle always needs one,
            // even when the policy lets the log entry go.
            timestampThreshold: keySigned ? policy.timestampThreshold : Math.max(1, policy.timestampThreshold),
        }).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, messageSigned ? artifact.bytes : undefined));
    }
    catch (err) {
        const code = err.code;
        return { ...base, keySigned, cryptoError: `${code ? `${code}: ` : ''}${(0,core_errors/* errorMessage */.gJ)(err)}` };
    }
    const times = verifiedTimes(bundle);
    const parsed = messageSigned ? {} : parseStatement(bundle);
    return {
        ...base,
        keySigned,
        messageSigned,
        identity: keySigned ? undefined : certificateIdentity(bundle),
        signedAt: times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : undefined,
        statement: parsed.statement,
        statementError: parsed.error,
    };
}
/** True when the statement names the artifact by one of our own digests. */
function subjectMatches(statement, digests) {
    return Boolean(statement?.subject?.some((s) => Object.entries(s?.digest ?? {}).some(([alg, hex]) => typeof hex === 'string' && digests[alg] === hex.toLowerCase())));
}
/** True for a bundle holding a plain message signature (`cosign sign-blob --bundle`). */
function isMessageSignature(json) {
    return Boolean(json?.messageSignature);
}
/** Reads the subject digests of a bundle without verifying it, to pick bundles for an artifact. */
function claimedSubjectDigests(json) {
    const message = json
        ?.messageSignature?.messageDigest;
    if (message?.digest) {
        const algorithm = { SHA2_256: 'sha256', SHA2_512: 'sha512' }[message.algorithm ?? ''] ?? 'unknown';
        return [`${algorithm}:${Buffer.from(message.digest, 'base64').toString('hex')}`];
    }
    try {
        const env = json.dsseEnvelope;
        const statement = JSON.parse(Buffer.from(env?.payload ?? '', 'base64').toString('utf8'));
        return (statement.subject ?? []).flatMap((s) => Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${String(hex).toLowerCase()}`));
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/gates/attest/verify/inputs.ts
var inputs = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/gates/attest/verify/openpgp-format.ts
var openpgp_format = __webpack_require__(60519);
// EXTERNAL MODULE: ./src/gates/attest/provenance/github.ts
var github = __webpack_require__(57175);
// EXTERNAL MODULE: ./src/gates/attest/provenance/gitlab.ts
var gitlab = __webpack_require__(40655);
;// CONCATENATED MODULE: ./src/gates/attest/verify/match.ts

/**
 * Compiles a user's pattern anchored at both ends, so `acme` never matches `repo:acme/app`.
 * @sigstore/verify matches its SAN policy as an unanchored RegExp, which is why user strings
 * are never handed to it. https://github.com/sigstore/sigstore-js/blob/main/packages/verify/src/policy.ts
 */
function anchored(pattern, name) {
    try {
        return { pattern, regex: new RegExp(`^(?:${pattern})$`, 'u') };
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('CONFIG_INVALID', `${name}: not a valid regular expression: ${pattern}`, {
            cause,
        });
    }
}
function exact(value) {
    return { exact: value };
}
function matches(m, value) {
    if (value === undefined)
        return false;
    return 'exact' in m ? m.exact === value : m.regex.test(value);
}
function describe(m) {
    return 'exact' in m ? `"${m.exact}"` : `/^(?:${m.pattern})$/`;
}

;// CONCATENATED MODULE: ./src/gates/attest/verify/policy.ts





const DEFAULT_BUILD_TYPES = [github/* GITHUB_BUILD_TYPE */.s, github/* GITHUB_LEGACY_BUILD_TYPE */.yE, gitlab/* GITLAB_BUILD_TYPE */.M];
const DURATION = /^(\d+)([smhdw])$/;
const UNIT = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(text, name) {
    const m = DURATION.exec(text.trim());
    if (!m)
        throw new core_errors/* PortcullisError */.SO('USAGE', `${name}: expected a duration such as 30d, 12h or 90m, got "${text}"`);
    return Number(m[1]) * UNIT[m[2]];
}
function pick(options, config, name) {
    return options[name] ?? config[name];
}
function str(options, config, name) {
    const v = pick(options, config, name);
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v !== 'string')
        throw new core_errors/* PortcullisError */.SO('USAGE', `${name} must be a string`);
    return v;
}
/** `name` is compared exactly, `name-regexp` as an anchored pattern; both at once is an error. */
function matcher(options, config, name) {
    const plain = str(options, config, name);
    const pattern = str(options, config, `${name}-regexp`);
    if (plain && pattern)
        throw new core_errors/* PortcullisError */.SO('USAGE', `give ${name} or ${name}-regexp, not both`);
    if (plain)
        return exact(plain);
    return pattern ? anchored(pattern, `${name}-regexp`) : undefined;
}
/** `owner/repo` is GitHub shorthand; a full URL is taken as it is. */
function repositoryMatcher(m) {
    if (m && 'exact' in m && !m.exact.includes('://'))
        return exact(`https://github.com/${m.exact}`);
    return m;
}
/**
 * A signer workflow without `@ref` means "this workflow at any ref", as gh's --signer-workflow
 * does; `owner/repo/path` is GitHub shorthand.
 */
function signerWorkflowMatcher(m) {
    if (!m || !('exact' in m))
        return m;
    const full = m.exact.includes('://') ? m.exact : `https://github.com/${m.exact}`;
    if (full.includes('@'))
        return exact(full);
    return anchored(`${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@.+`, 'signer-workflow');
}
/** Reads the verify policy from flags first, then the `verify:` section of portcullis.yaml. */
function readPolicy(options, config) {
    const maxAge = str(options, config, 'max-age');
    const buildTypes = pick(options, config, 'build-type');
    const external = pick(options, config, 'external-parameters') ?? {};
    const externalParameters = {};
    if (Array.isArray(external)) {
        for (const item of external) {
            const eq = item.indexOf('=');
            if (eq < 1)
                throw new core_errors/* PortcullisError */.SO('USAGE', `external-parameters: expected path=value, got "${item}"`);
            externalParameters[item.slice(0, eq)] = item.slice(eq + 1);
        }
    }
    else if (typeof external === 'object') {
        for (const [k, v] of Object.entries(external))
            externalParameters[k] = String(v);
    }
    const requireTlog = pick(options, config, 'require-tlog');
    return {
        issuer: matcher(options, config, 'certificate-oidc-issuer'),
        identity: matcher(options, config, 'certificate-identity'),
        signerWorkflow: signerWorkflowMatcher(matcher(options, config, 'signer-workflow')),
        repository: repositoryMatcher(matcher(options, config, 'source-repository')),
        ref: matcher(options, config, 'source-ref'),
        runnerEnvironment: str(options, config, 'runner-environment'),
        denySelfHosted: pick(options, config, 'deny-self-hosted-runners') === true,
        maxAgeSeconds: maxAge ? parseDuration(maxAge, 'max-age') : undefined,
        predicateType: str(options, config, 'predicate-type') ?? types/* SLSA_PROVENANCE_V1 */.us,
        buildTypes: Array.isArray(buildTypes)
            ? buildTypes
            : typeof buildTypes === 'string'
                ? [buildTypes]
                : DEFAULT_BUILD_TYPES,
        builderId: matcher(options, config, 'builder-id'),
        externalParameters,
        tlogThreshold: requireTlog === false ? 0 : 1,
        timestampThreshold: requireTlog === false ? 0 : 1,
        acceptMessageSignatures: pick(options, config, 'accept-message-signatures') === true,
    };
}
/** A keyless policy must say whose signature counts; otherwise anyone's would. */
function assertIdentityPolicy(policy) {
    if (policy.publicKeyPem)
        return;
    if (!policy.issuer) {
        throw new core_errors/* PortcullisError */.SO('USAGE', 'verify needs certificate-oidc-issuer (e.g. https://token.actions.githubusercontent.com)');
    }
    if (!policy.identity && !policy.signerWorkflow && !policy.repository) {
        throw new core_errors/* PortcullisError */.SO('USAGE', 'verify needs an identity: certificate-identity, signer-workflow or source-repository');
    }
}

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(21961);
;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/rule.ts

/** The verify rules are documented with the attest gate, in docs/rules/attest.md. */
function attestRuleDoc(id) {
    return `${rule/* DOCS_BASE */.M0}/attest.md#${id.toLowerCase()}`;
}
/** A finding on the bundle file: verification results have no line of their own. */
function bundleFinding(meta, file, message, data) {
    return {
        ruleId: meta.id,
        severity: meta.severity,
        security: true,
        message,
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        snippet: message,
        ...(data ? { data } : {}),
    };
}
/** True when the bundle verified cryptographically, so its content may be judged. */
function verified(v) {
    return (!v.unsupported &&
        !v.cryptoError &&
        !v.statementError &&
        (v.statement !== undefined || v.messageSigned === true));
}
/** True when a verified statement is there to judge (not a plain message signature). */
function verifiedStatement(v) {
    return verified(v) && v.statement !== undefined;
}

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA001.ts

/** PA001: only Sigstore bundles v0.1–v0.3 holding a DSSE in-toto statement are read. */
const PA001 = {
    meta: {
        id: 'PA001',
        title: 'Bundle is not a supported Sigstore attestation',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA001'),
    },
    check(v) {
        const why = v.unsupported ?? (v.cryptoError ? undefined : v.statementError);
        return why ? [bundleFinding(PA001.meta, v.bundleFile, `${v.bundleFile}: ${why}`)] : [];
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA002.ts

/**
 * PA002: the signature, the certificate chain to the trusted root at a verified time, the
 * SCTs, the transparency log entry and its inclusion proof or promise, and any RFC 3161
 * timestamps must all verify.
 */
const PA002 = {
    meta: {
        id: 'PA002',
        title: 'Signature, certificate, log entry or timestamp does not verify',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA002'),
        equivalents: ['cosign:verify-blob-attestation', 'gh:attestation-verify'],
    },
    check(v) {
        return v.cryptoError
            ? [bundleFinding(PA002.meta, v.bundleFile, `${v.bundleFile}: verification failed: ${v.cryptoError}`)]
            : [];
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA003.ts


function identityAsked(p) {
    return Boolean(p.issuer ||
        p.identity ||
        p.signerWorkflow ||
        p.repository ||
        p.ref ||
        p.runnerEnvironment ||
        p.denySelfHosted);
}
/**
 * PA003: the signing certificate's OIDC issuer, SAN, Build Signer URI, Source Repository URI
 * and Ref, and runner environment must meet the policy, exactly or by an anchored pattern.
 * A missing extension never matches.
 */
const PA003 = {
    meta: {
        id: 'PA003',
        title: 'Signer identity does not meet the policy',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA003'),
    },
    check(v) {
        if (!verified(v))
            return [];
        const p = v.policy;
        const out = [];
        if (v.keySigned) {
            if (identityAsked(p))
                out.push('signed with a key, not a certificate: the identity policy cannot be met');
        }
        else {
            const id = v.identity ?? {};
            const check = (label, m, value) => {
                if (m && !matches(m, value))
                    out.push(`${label} is ${value === undefined ? 'absent' : `"${value}"`}, expected ${describe(m)}`);
            };
            check('OIDC issuer', p.issuer, id.issuer);
            check('certificate identity', p.identity, id.subjectAlternativeName);
            check('signer workflow', p.signerWorkflow, id.buildSignerUri);
            check('source repository', p.repository, id.sourceRepositoryUri);
            check('source ref', p.ref, id.sourceRepositoryRef);
            if (p.runnerEnvironment && id.runnerEnvironment !== p.runnerEnvironment)
                out.push(`runner environment is "${id.runnerEnvironment ?? 'absent'}", expected "${p.runnerEnvironment}"`);
            if (p.denySelfHosted && (!id.runnerEnvironment || id.runnerEnvironment === 'self-hosted'))
                out.push(`built on a ${id.runnerEnvironment ?? 'unknown'} runner; self-hosted runners are denied`);
        }
        return out.map((m) => bundleFinding(PA003.meta, v.bundleFile, `${v.bundleFile}: ${m}`));
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA004.ts


/** PA004: the artifact's digest, computed by us, must be one of the statement's subjects. */
const PA004 = {
    meta: {
        id: 'PA004',
        title: 'Artifact digest is not a subject of the attestation',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA004'),
    },
    check(v) {
        if (!verifiedStatement(v) || subjectMatches(v.statement, v.artifactDigests))
            return [];
        const ours = Object.entries(v.artifactDigests)
            .map(([a, h]) => `${a}:${h}`)
            .join(', ');
        return [
            bundleFinding(PA004.meta, v.bundleFile, `${v.bundleFile}: ${v.artifactName} (${ours}) is not a subject of this attestation`),
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA005.ts





function at(obj, path) {
    return path
        .split('.')
        .reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
}
function obj(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function unexpectedKeys(value, allowed) {
    return Object.keys(value).filter((k) => !allowed.includes(k));
}
/** Predicate fields the certificate also vouches for must agree with it. */
function bindings(buildType, predicate, id) {
    const out = [];
    const ext = obj(obj(predicate.buildDefinition).externalParameters);
    const commit = at(obj(predicate.buildDefinition).resolvedDependencies, '0.digest.gitCommit');
    const same = (label, claimed, certified) => {
        if (certified !== undefined && claimed !== certified)
            out.push(`${label} is ${JSON.stringify(claimed)} but the certificate says "${certified}"`);
    };
    const builderId = at(predicate, 'runDetails.builder.id');
    if ((buildType === github/* GITHUB_BUILD_TYPE */.s || buildType === gitlab/* GITLAB_BUILD_TYPE */.M) &&
        id.buildSignerUri !== undefined) {
        if (builderId !== id.buildSignerUri)
            out.push(`builder id ${JSON.stringify(builderId)} is not the signer "${id.buildSignerUri}"`);
    }
    if (buildType === github/* GITHUB_LEGACY_BUILD_TYPE */.yE) {
        // This older type names the runner, not the workflow, as the builder.
        const runner = /\/actions\/runner\/(github-hosted|self-hosted)$/.exec(String(builderId))?.[1];
        if (!runner || (id.runnerEnvironment !== undefined && runner !== id.runnerEnvironment))
            out.push(`builder id ${JSON.stringify(builderId)} is not the runner the certificate names`);
    }
    if (buildType === github/* GITHUB_BUILD_TYPE */.s || buildType === github/* GITHUB_LEGACY_BUILD_TYPE */.yE) {
        const extra = unexpectedKeys(ext, ['workflow']);
        if (extra.length)
            out.push(`unexpected externalParameters: ${extra.join(', ')}`);
        const wf = obj(ext.workflow);
        const extraWf = unexpectedKeys(wf, ['ref', 'repository', 'path']);
        if (extraWf.length)
            out.push(`unexpected externalParameters.workflow fields: ${extraWf.join(', ')}`);
        same('externalParameters.workflow.repository', wf.repository, id.sourceRepositoryUri);
        if (id.buildConfigUri !== undefined)
            same('the workflow', `${String(wf.repository)}/${String(wf.path)}@${String(wf.ref)}`, id.buildConfigUri);
        same('the source commit', commit, id.sourceRepositoryDigest);
    }
    else if (buildType === gitlab/* GITLAB_BUILD_TYPE */.M) {
        const extra = unexpectedKeys(ext, ['source', 'config', 'pipeline_source']);
        if (extra.length)
            out.push(`unexpected externalParameters: ${extra.join(', ')}`);
        same('externalParameters.source.repository', at(ext, 'source.repository'), id.sourceRepositoryUri);
        same('externalParameters.source.ref', at(ext, 'source.ref'), id.sourceRepositoryRef);
        same('the source commit', commit, id.sourceRepositoryDigest);
    }
    return out;
}
/**
 * PA005: predicateType, buildType, builder id and externalParameters must be what the policy
 * expects, and the builder id and source fields must agree with the certificate.
 * https://slsa.dev/spec/v1.1/verifying-artifacts
 */
const PA005 = {
    meta: {
        id: 'PA005',
        title: 'Provenance predicate does not meet the policy',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA005'),
    },
    check(v) {
        if (!verifiedStatement(v))
            return [];
        const p = v.policy;
        const s = v.statement;
        const out = [];
        const anyType = p.predicateType === '*';
        if (!anyType && s.predicateType !== p.predicateType) {
            out.push(`predicateType is ${JSON.stringify(s.predicateType)}, expected "${p.predicateType}"`);
        }
        else if (!anyType && s.predicateType === types/* SLSA_PROVENANCE_V1 */.us) {
            const predicate = obj(s.predicate);
            const buildType = at(predicate, 'buildDefinition.buildType');
            const builderId = at(predicate, 'runDetails.builder.id');
            if (typeof buildType !== 'string' || !p.buildTypes.includes(buildType))
                out.push(`buildType ${JSON.stringify(buildType)} is not one of ${p.buildTypes.join(', ')}`);
            if (p.builderId && !matches(p.builderId, typeof builderId === 'string' ? builderId : undefined))
                out.push(`builder id ${JSON.stringify(builderId)}, expected ${describe(p.builderId)}`);
            if (v.identity)
                out.push(...bindings(buildType, predicate, v.identity));
            const ext = at(predicate, 'buildDefinition.externalParameters');
            for (const [path, want] of Object.entries(p.externalParameters)) {
                const got = at(ext, path);
                if (got !== want)
                    out.push(`externalParameters.${path} is ${JSON.stringify(got)}, expected "${want}"`);
            }
        }
        return out.map((m) => bundleFinding(PA005.meta, v.bundleFile, `${v.bundleFile}: ${m}`));
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA006.ts

/** PA006: with max-age set, provenance signed longer ago, or at no verified time, is refused. */
const PA006 = {
    meta: {
        id: 'PA006',
        title: 'Attestation is older than max-age',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA006'),
    },
    check(v) {
        const max = v.policy.maxAgeSeconds;
        if (!verified(v) || max === undefined)
            return [];
        if (!v.signedAt)
            return [
                bundleFinding(PA006.meta, v.bundleFile, `${v.bundleFile}: no verified signing time to check max-age against`),
            ];
        const age = (v.now.getTime() - v.signedAt.getTime()) / 1000;
        if (age <= max)
            return [];
        return [
            bundleFinding(PA006.meta, v.bundleFile, `${v.bundleFile}: signed ${v.signedAt.toISOString()}, ${Math.floor(age / 86400)} days ago, older than max-age`),
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA007.ts

/** PA007: every artifact must have at least one bundle that names it; none is never a pass. */
const PA007 = {
    meta: {
        id: 'PA007',
        title: 'No attestation found for the artifact',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA007'),
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/PA008.ts

/** PA008: every file a checksums file lists must be present and match its digest. */
const PA008 = {
    meta: {
        id: 'PA008',
        title: 'Downloaded file is missing or does not match the checksums file',
        severity: 'error',
        gate: 'verify',
        helpUri: attestRuleDoc('PA008'),
        equivalents: ['sha256sum:-c'],
    },
};

;// CONCATENATED MODULE: ./src/gates/attest/verify/rules/index.ts









/** The rules judged on each bundle, in id order. */
const BUNDLE_RULES = [PA001, PA002, PA003, PA004, PA005, PA006];
const VERIFY_RULE_METAS = [
    ...BUNDLE_RULES.map((r) => r.meta),
    PA007.meta,
    PA008.meta,
];
(0,rule/* assertUniqueRuleIds */.au)(VERIFY_RULE_METAS);


/** Every bundle rule's findings for one verification. */
function judgeBundle(v) {
    return BUNDLE_RULES.flatMap((r) => r.check(v));
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./src/gates/attest/verify/trust.ts






/**
 * Loads a Sigstore TrustedRoot: from a file (offline use, private instances), or from
 * Sigstore's TUF repository through @sigstore/tuf, which verifies and caches it.
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto
 */
async function loadTrustedRoot(file, cachePath) {
    if (file) {
        let json;
        try {
            json = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (cause) {
            throw new core_errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `cannot read trusted root ${file}: ${(0,core_errors/* errorMessage */.gJ)(cause)}`, {
                file,
                cause,
            });
        }
        const root = protobuf_specs_dist.TrustedRoot.fromJSON(json);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new core_errors/* PortcullisError */.SO('CONFIG_INVALID', `${file} is not a Sigstore trusted root`, { file });
        }
        assertValidityStarts(root, file);
        return root;
    }
    try {
        return await (0,tuf_dist.getTrustedRoot)(cachePath ? { cachePath } : {});
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('NETWORK', `cannot load Sigstore's trusted root through TUF (${(0,core_errors/* errorMessage */.gJ)(cause)}); pass --trusted-root FILE to verify offline`, { cause });
    }
}
/**
 * Every key and certificate authority of a trusted root must say from when it is valid: a
 * missing start is a malformed root, never "valid since forever" (sigstore-conformance
 * `trust-root-tlog-missing-validity-start_fail`).
 */
function assertValidityStarts(root, file) {
    const missing = [
        ...root.tlogs.filter((t) => !t.publicKey?.validFor?.start).map((t) => `transparency log ${t.baseUrl}`),
        ...root.ctlogs.filter((t) => !t.publicKey?.validFor?.start).map((t) => `CT log ${t.baseUrl}`),
        ...root.certificateAuthorities
            .filter((c) => !c.validFor?.start)
            .map((c) => `certificate authority ${c.uri}`),
        ...root.timestampAuthorities.filter((c) => !c.validFor?.start).map((c) => `timestamp authority ${c.uri}`),
    ];
    if (missing.length) {
        throw new core_errors/* PortcullisError */.SO('CONFIG_INVALID', `${file}: no validFor.start for ${missing.join(', ')}`, {
            file,
        });
    }
}
/** Trust material, with a PEM public key for key-signed bundles when one is given. */
function trustMaterial(root, publicKeyPem) {
    if (!publicKeyPem)
        return (0,verify_dist/* toTrustMaterial */.jO)(root);
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(publicKeyPem);
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('CONFIG_INVALID', `the verification key is not a PEM public key: ${(0,core_errors/* errorMessage */.gJ)(cause)}`, {
            cause,
        });
    }
    // The hint in a bundle is only a hint: the one configured key is the only key trusted.
    return (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({ publicKey: key, validFor: () => true }));
}

;// CONCATENATED MODULE: ./src/gates/attest/verify/checksums.ts















function hashFile(path, algorithm) {
    return new Promise((done, fail) => {
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        (0,external_node_fs_.createReadStream)(path)
            .on('error', fail)
            .on('data', (c) => hash.update(c))
            .on('end', () => done(hash.digest('hex')));
    });
}
/**
 * Checks downloaded files against a checksums file as `sha256sum -c` does: names resolve
 * against the working directory, and every listed file must be present and match. With
 * `only`, just those files are checked, and each must be listed. `lineOffset` places the lines
 * of a clear-signed file's text at their lines of the file.
 */
async function checkChecksums(cwd, sumsFile, text, only, lineOffset = 0) {
    const lines = text.split(/\r?\n/);
    const entries = (0,subjects/* parseChecksums */.yk)(text, sumsFile);
    const findings = [];
    const checked = [];
    const at = (line, message) => ({
        ruleId: PA008.meta.id,
        severity: PA008.meta.severity,
        security: true,
        message,
        file: sumsFile,
        line: line + lineOffset,
        column: 1,
        endLine: line + lineOffset,
        endColumn: (lines[line - 1] ?? '').trimEnd().length + 1,
        snippet: (lines[line - 1] ?? '').trim(),
    });
    const wanted = new Set(only);
    const unlisted = new Set(only);
    for (const e of entries) {
        if (wanted.size && !wanted.has(e.name))
            continue;
        unlisted.delete(e.name);
        const path = (0,external_node_path_.isAbsolute)(e.name) ? e.name : (0,external_node_path_.resolve)(cwd, e.name);
        if (!(0,external_node_fs_.existsSync)(path)) {
            findings.push(at(e.line, `${e.name}: listed in ${sumsFile} but missing`));
            continue;
        }
        const actual = await hashFile(path, e.algorithm);
        checked.push(e.name);
        if (actual !== e.digest) {
            findings.push(at(e.line, `${e.name}: ${e.algorithm} is ${actual}, ${sumsFile} says ${e.digest}`));
        }
    }
    for (const name of unlisted)
        findings.push(at(1, `${name}: not listed in ${sumsFile}`));
    return { findings, checked };
}
function readSignatureFile(ctx, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,inputs/* abs */.tn)(ctx.cwd, file));
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `signature not found: ${file}`, { file, cause });
    }
}
/**
 * The signature of the checksums file: `bundle` (a Sigstore bundle), or `signature` (the
 * `verify-checksums` command), which is OpenPGP when it looks like it or when `public-key`
 * is given, and a Sigstore bundle otherwise.
 */
function signatureOf(ctx) {
    const bundle = (0,inputs/* option */.uK)(ctx, 'bundle');
    const signature = (0,inputs/* option */.uK)(ctx, 'signature');
    const publicKey = (0,inputs/* option */.uK)(ctx, 'public-key');
    if (bundle && signature)
        throw new core_errors/* PortcullisError */.SO('USAGE', 'give --bundle or --signature, not both');
    if (publicKey && !signature)
        throw new core_errors/* PortcullisError */.SO('USAGE', '--public-key verifies an OpenPGP --signature: give the signature');
    if (bundle)
        return { kind: 'sigstore', file: bundle };
    if (!signature)
        return undefined;
    const bytes = readSignatureFile(ctx, signature);
    if (!publicKey && !(0,openpgp_format/* looksLikeOpenPgp */.Pe)(bytes))
        return { kind: 'sigstore', file: signature };
    if (!publicKey)
        throw new core_errors/* PortcullisError */.SO('USAGE', `${signature} is an OpenPGP signature: give the signer's armored public key with --public-key`);
    return { kind: 'openpgp', file: signature, bytes };
}
/** A detached OpenPGP signature of the checksums file, by one of the `public-key` keys. */
async function publicKeys(ctx, keyFile) {
    let armored;
    try {
        armored = (0,external_node_fs_.readFileSync)((0,inputs/* abs */.tn)(ctx.cwd, keyFile), 'utf8');
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `public key not found: ${keyFile}`, { file: keyFile, cause });
    }
    // OpenPGP.js is large: loaded only when an OpenPGP signature is to be checked.
    const openpgp = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(615)]).then(__webpack_require__.bind(__webpack_require__, 37615));
    return { openpgp, keys: await openpgp.readPublicKeys(armored, keyFile) };
}
function openPgpFindings(result, file, sums, notes) {
    if (result.ok) {
        notes.push(`${sums}: good OpenPGP signature by ${result.signer}`);
        return [];
    }
    const meta = result.kind === 'unknown-key' ? PA003.meta : PA002.meta;
    return [bundleFinding(meta, file, `${file}: ${result.reason}`)];
}
async function checkOpenPgpSignature(ctx, signature, sums, bytes, notes) {
    const { openpgp, keys } = await publicKeys(ctx, (0,inputs/* option */.uK)(ctx, 'public-key'));
    const result = await openpgp.verifyDetachedSignature(bytes, signature.bytes ?? Buffer.alloc(0), keys);
    return openPgpFindings(result, signature.file, sums, notes);
}
/** The outcome of checking `sums`: the checksums file and each file checked against it are scanned. */
function checksumsOutcome(sums, findings, checked, notes) {
    return {
        findings,
        errors: [],
        rules: [...VERIFY_RULE_METAS],
        notes,
        scanned: [sums, ...checked],
        extra: { checksums: { file: sums, checked: checked.length } },
    };
}
/**
 * A clear-signed checksums file (`gpg --clearsign`): its signature is checked with the
 * `public-key` keys, and the files against the signed text, at their lines of the file.
 */
async function verifyClearSignedChecksums(ctx, sums, bytes, only) {
    if ((0,inputs/* option */.uK)(ctx, 'signature') || (0,inputs/* option */.uK)(ctx, 'bundle'))
        throw new core_errors/* PortcullisError */.SO('USAGE', `${sums} is clear-signed: it holds its own signature, give no other`);
    const keyFile = (0,inputs/* option */.uK)(ctx, 'public-key');
    if (!keyFile)
        throw new core_errors/* PortcullisError */.SO('USAGE', `${sums} is clear-signed with OpenPGP: give the signer's armored public key with --public-key`);
    const { openpgp, keys } = await publicKeys(ctx, keyFile);
    const signed = await openpgp.verifyClearSigned(bytes.toString('utf8'), keys, sums);
    const notes = [];
    const { findings, checked } = await checkChecksums(ctx.cwd, sums, signed.text, only, signed.firstLine - 1);
    findings.push(...openPgpFindings(signed.result, sums, sums, notes));
    return checksumsOutcome(sums, findings, checked, notes);
}
/**
 * `verify --checksums SUMS`: downloaded files against a checksums file, and with `--bundle`
 * the Sigstore signature of the checksums file itself (a plain signature as `cosign sign-blob
 * --bundle` writes, or a DSSE statement naming it), under the same identity policy.
 */
async function verifyChecksums(ctx, policy, sums) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)((0,inputs/* abs */.tn)(ctx.cwd, sums));
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `checksums file not found: ${sums}`, { file: sums, cause });
    }
    const only = ctx.targets.filter((t) => t !== '.');
    const notes = [];
    if ((0,openpgp_format/* isClearSigned */.W3)(bytes.toString('utf8')))
        return verifyClearSignedChecksums(ctx, sums, bytes, only);
    const { findings, checked } = await checkChecksums(ctx.cwd, sums, bytes.toString('utf8'), only);
    const signature = signatureOf(ctx);
    if (signature?.kind === 'openpgp') {
        findings.push(...(await checkOpenPgpSignature(ctx, signature, sums, bytes, notes)));
    }
    else if (signature) {
        assertIdentityPolicy(policy);
        const rootFile = (0,inputs/* option */.uK)(ctx, 'trusted-root');
        const trust = trustMaterial(await loadTrustedRoot(rootFile && (0,inputs/* abs */.tn)(ctx.cwd, rootFile)), policy.publicKeyPem);
        const artifact = {
            name: (0,external_node_path_.basename)(sums),
            digests: { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') },
            bytes,
        };
        const judged = loadBundles((0,inputs/* abs */.tn)(ctx.cwd, signature.file), signature.file).bundles.map((b) => b.parseError
            ? [bundleFinding(BUNDLE_RULES[0].meta, b.label, `${b.label}: ${b.parseError}`)]
            : judgeBundle(verifyBundle(b.json, b.label, artifact, trust, policy, new Date())));
        if (!judged.some((f) => f.length === 0))
            findings.push(...judged.flat());
    }
    else {
        notes.push(`${sums} itself is not authenticated: give its signature (verify --bundle, or verify-checksums --signature)`);
    }
    return checksumsOutcome(sums, findings, checked, notes);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/discover.ts
var discover = __webpack_require__(75336);
;// CONCATENATED MODULE: ./src/gates/attest/verify/manifests.ts




const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
function walk(node, file, lines, out) {
    if ((0,yaml_dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walk(item, file, lines, out);
        return;
    }
    if (!(0,yaml_dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items) {
        const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (CONTAINER_LISTS.has(key) && (0,yaml_dist/* isSeq */.oP)(pair.value)) {
            for (const c of pair.value.items) {
                const image = (0,yaml_dist/* isMap */.jh)(c) ? c.get('image', true) : undefined;
                if ((0,yaml_dist/* isScalar */.jn)(image) && typeof image.value === 'string' && image.value.trim()) {
                    const pos = lines.linePos(image.range?.[0] ?? 0);
                    out.push({ image: image.value.trim(), file, line: pos.line, column: pos.col });
                }
            }
        }
        else
            walk(pair.value, file, lines, out);
    }
}
/**
 * Every container image of the Kubernetes manifests under the given paths: `containers`,
 * `initContainers` and `ephemeralContainers` of any object (Pod, workloads, CronJob, List,
 * custom resources embedding a PodSpec). A manifest that does not parse is an error, so an
 * image can never be skipped silently.
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#PodSpec
 */
function manifestImages(cwd, paths) {
    const out = [];
    for (const f of (0,discover/* discover */.k4)({ cwd, targets: [...paths], kinds: ['kubernetes'] })) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(f.absPath, 'utf8');
        }
        catch (cause) {
            throw new core_errors/* PortcullisError */.SO('PATH_UNREADABLE', `cannot read ${f.path}: ${(0,core_errors/* errorMessage */.gJ)(cause)}`, {
                file: f.path,
            });
        }
        const lines = new yaml_dist/* LineCounter */.HN();
        for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(text, { lineCounter: lines })) {
            if (doc.errors.length) {
                const e = doc.errors[0];
                const pos = lines.linePos(e.pos[0]);
                throw new core_errors/* PortcullisError */.SO('PARSE_FAILED', `${f.path}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`, {
                    file: f.path,
                });
            }
            walk(doc.contents, f.path, lines, out);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/attest/verify/run.ts














async function artifactFor(ctx, target, registry, isImage) {
    const missingFile = !(0,external_node_fs_.existsSync)((0,inputs/* abs */.tn)(ctx.cwd, target)) && !/^sha(256|512):/.test(target);
    // `oci://` marks an image as gh attestation verify takes it.
    const oci = target.startsWith('oci://');
    if (isImage || oci || (missingFile && (0,attest_oci/* looksLikeImageReference */.wA)(target))) {
        const { ref, subject } = await (0,attest_oci/* resolveImage */.AT)(registry(), oci ? target.slice('oci://'.length) : target);
        return { label: target, name: subject.name, digests: subject.digest, image: ref };
    }
    if (/^sha(256|512):/.test(target)) {
        const d = (0,subjects/* parseDigest */.m)(target);
        return { label: target, name: target, digests: { [d.algorithm]: d.hex } };
    }
    try {
        return {
            label: target,
            name: (0,external_node_path_.basename)(target),
            digests: await (0,subjects/* fileDigests */.KQ)((0,inputs/* abs */.tn)(ctx.cwd, target)),
            path: (0,inputs/* abs */.tn)(ctx.cwd, target),
        };
    }
    catch (cause) {
        throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `artifact not found: ${target}`, { file: target, cause });
    }
}
/**
 * The verify gate: each artifact must have a Sigstore bundle that verifies against the trusted
 * root and whose signer, source and predicate meet the policy. Every check fails closed. See
 * docs/attest.md#verify.
 */
/** Every rule's metadata, for `--list-rules`. */
function ruleMetas() {
    return [...VERIFY_RULE_METAS];
}
async function run(ctx) {
    const policy = readPolicy(ctx.options, ctx.config);
    const keyFile = (0,inputs/* option */.uK)(ctx, 'key');
    if (keyFile) {
        try {
            policy.publicKeyPem = (0,external_node_fs_.readFileSync)((0,inputs/* abs */.tn)(ctx.cwd, keyFile), 'utf8');
        }
        catch (cause) {
            throw new core_errors/* PortcullisError */.SO('CONFIG_UNREADABLE', `cannot read key ${keyFile}: ${(0,core_errors/* errorMessage */.gJ)(cause)}`, {
                cause,
            });
        }
    }
    const sums = (0,inputs/* option */.uK)(ctx, 'checksums');
    if (sums)
        return verifyChecksums(ctx, policy, sums);
    assertIdentityPolicy(policy);
    const bundleArg = (0,inputs/* option */.uK)(ctx, 'bundle');
    const manifests = (0,inputs/* stringList */.Yn)(ctx, 'manifests');
    const origins = new Map();
    for (const m of manifests.length ? manifestImages(ctx.cwd, manifests) : []) {
        if (!origins.has(m.image))
            origins.set(m.image, m);
    }
    const explicit = ctx.targets.filter((t) => t !== '.');
    const targets = [...new Set([...explicit, ...origins.keys()])];
    if (manifests.length && !origins.size) {
        throw new core_errors/* PortcullisError */.SO('USAGE', `no container images in the Kubernetes manifests of ${manifests.join(', ')}`);
    }
    if (!targets.length)
        throw new core_errors/* PortcullisError */.SO('USAGE', 'name the artifact to verify: a file, sha256:<digest> or an image');
    const rootFile = (0,inputs/* option */.uK)(ctx, 'trusted-root');
    const trust = trustMaterial(await loadTrustedRoot(rootFile && (0,inputs/* abs */.tn)(ctx.cwd, rootFile)), policy.publicKeyPem);
    const given = bundleArg ? loadBundles((0,inputs/* abs */.tn)(ctx.cwd, bundleArg), bundleArg) : undefined;
    let client;
    const registry = () => {
        client ??= new src_registry/* RegistryClient */.bP({
            cache: (0,src_registry/* registryCacheOf */.Dp)(ctx.shared),
            env: ctx.env,
            insecureRegistries: (0,inputs/* stringList */.Yn)(ctx, 'insecure-registries'),
        });
        return client;
    };
    const now = new Date();
    const findings = [];
    const errors = [];
    const notes = [];
    const results = [];
    for (const target of targets) {
        let artifact;
        let bundles;
        let singleFile;
        try {
            artifact = await artifactFor(ctx, target, registry, origins.has(target));
            if (given) {
                bundles = given.bundles;
                // A bundle named alone is judged even when it names another digest (PA004); from a
                // directory, only the bundles that name the artifact are candidates.
                singleFile = !given.directory && bundles.length === 1;
            }
            else if (artifact.image) {
                bundles = await (0,attest_oci/* fetchBundleReferrers */.Be)(registry(), artifact.image);
                singleFile = false;
            }
            else {
                throw new core_errors/* PortcullisError */.SO('USAGE', `${target}: give --bundle; only images carry their bundles as referrers`);
            }
        }
        catch (error) {
            if (error instanceof core_errors/* PortcullisError */.SO && error.code === 'USAGE')
                throw error;
            errors.push({
                file: origins.get(target)?.file ?? target,
                message: (0,core_errors/* errorMessage */.gJ)(error),
                code: error.code ?? 'INCOMPLETE',
            });
            continue;
        }
        const wanted = Object.entries(artifact.digests).map(([a, h]) => `${a}:${h}`);
        const candidates = singleFile
            ? bundles
            : bundles.filter((b) => b.parseError || claimedSubjectDigests(b.json).some((d) => wanted.includes(d)));
        if (!candidates.length) {
            const origin = origins.get(target);
            const missing = bundleFinding(PA007.meta, origin?.file ?? artifact.label, `${artifact.label}: no bundle ${bundleArg ? `in ${bundleArg}` : 'attached as a referrer'} names ${wanted.join(', ')}`);
            if (origin) {
                const end = origin.column + origin.image.length;
                Object.assign(missing, {
                    line: origin.line,
                    column: origin.column,
                    endLine: origin.line,
                    endColumn: end,
                });
            }
            findings.push(missing);
            results.push({ artifact: artifact.label, verified: false });
            continue;
        }
        const judged = candidates.map((b) => {
            if (b.parseError) {
                return { b, found: [bundleFinding(BUNDLE_RULES[0].meta, b.label, `${b.label}: ${b.parseError}`)] };
            }
            const signature = policy.acceptMessageSignatures && artifact.path && isMessageSignature(b.json);
            const bytes = signature && artifact.path ? (0,external_node_fs_.readFileSync)(artifact.path) : undefined;
            const v = verifyBundle(b.json, b.label, { ...artifact, bytes }, trust, policy, now);
            return { b, v, found: judgeBundle(v) };
        });
        const passed = judged.find((j) => j.found.length === 0);
        if (passed) {
            const others = judged.length - 1;
            if (others)
                notes.push(`${artifact.label}: verified by ${passed.b.label}; ${others} other bundle(s) did not verify`);
            results.push({
                artifact: artifact.label,
                verified: true,
                bundle: passed.b.label,
                signedAt: passed.v?.signedAt?.toISOString(),
                identity: passed.v?.identity,
            });
        }
        else {
            for (const j of judged)
                findings.push(...j.found);
            results.push({ artifact: artifact.label, verified: false });
        }
    }
    return {
        findings,
        errors,
        rules: [...VERIFY_RULE_METAS],
        notes,
        scanned: targets,
        extra: { verifications: results },
    };
}


/***/ })

};
