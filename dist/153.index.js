export const id = 153;
export const ids = [153];
export const modules = {

/***/ 53153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ruleMetas: () => (/* binding */ ruleMetas),
  run: () => (/* reexport */ runScan)
});

;// CONCATENATED MODULE: ./src/gates/scan/match/rules.ts
/** An end-of-life, unknown or unsupported OS release, reported when `fail-on-eol-os` is on. */
const PS200 = {
    id: 'PS200',
    title: 'The OS release is end of life, unknown or unsupported: its packages were not checked',
    severity: 'critical',
    gate: 'scan',
    security: true,
    equivalents: ['trivy:--exit-on-eol'],
};
/** An ignore, `.trivyignore` or VEX entry past its expiry date. */
const PS201 = {
    id: 'PS201',
    title: 'An ignore entry has expired',
    severity: 'critical',
    gate: 'scan',
    equivalents: ['trivy:exp', 'trivy:expired_at'],
};
/** The rule metadata of one advisory, built from the data so reporters can show it. */
function advisoryRule(id, title, severity) {
    return {
        id,
        title,
        severity,
        gate: 'scan',
        security: true,
        helpUri: `https://osv.dev/vulnerability/${id}`,
    };
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/meta.ts
const configMeta = (id, title, severity, equivalents = []) => ({
    id,
    title,
    severity,
    gate: 'scan',
    security: true,
    tags: ['image-config'],
    equivalents,
});
/** Names of variables that hold credentials by convention. */
const SECRET_NAME = /^[A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)[A-Z0-9_]*$/i;
/** A value that is not a secret: empty, a `$VAR` reference, or an obvious placeholder. */
function isPlaceholder(value) {
    const v = value.replace(/^["']|["']$/g, '');
    return (v === '' ||
        /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) ||
        /^(x+|\*+|<[^>]*>|changeme|none|null|false|true)$/i.test(v) ||
        v.startsWith('/run/secrets/'));
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/PS101.ts

/** The image runs as root: no `USER`, or `USER root`/`0`. */
const PS101 = {
    meta: configMeta('PS101', 'The image runs as root (USER unset or root)', 'medium', [
        'trivy:DS-0002',
        'hadolint:DL3002',
    ]),
    check(config) {
        const user = (config.config?.User ?? '').trim();
        const name = user.split(':')[0] ?? '';
        if (name === '' || name === 'root' || name === '0')
            return [
                {
                    ruleId: 'PS101',
                    message: user === '' ? 'the image sets no USER, so it runs as root' : `the image runs as ${user}`,
                },
            ];
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/PS102.ts

const REMOTE_SHELL_PORTS = {
    '22': 'SSH',
    '23': 'Telnet',
    '3389': 'RDP',
    '5900': 'VNC',
};
/** The image exposes a remote-shell port such as 22. */
const PS102 = {
    meta: configMeta('PS102', 'The image exposes a remote-shell port (22, 23, 3389, 5900)', 'medium', [
        'trivy:DS-0004',
        'hadolint:DL3011',
    ]),
    check(config) {
        return Object.keys(config.config?.ExposedPorts ?? {}).flatMap((port) => {
            const service = REMOTE_SHELL_PORTS[port.split('/')[0] ?? ''];
            return service ? [{ ruleId: 'PS102', message: `the image exposes ${port} (${service})` }] : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/meta.ts
/** Rule metadata for a secret rule, with Trivy's rule id as its equivalent. */
const secretMeta = (id, title, severity, trivy) => ({
    id,
    title,
    severity,
    gate: 'scan',
    security: true,
    tags: ['secret'],
    equivalents: [`trivy:${trivy}`],
});
/** Rejects `${VAR}` placeholders and obvious dummies such as `xxxx` or `<token>`. */
const notPlaceholder = (s) => !/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(s) && !/^(x+|\*+|<[^>]*>|changeme|password|example)$/i.test(s);

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS001.ts

/** AWS access key ID. */
const PS001 = {
    meta: secretMeta('PS001', 'AWS access key ID', 'critical', 'aws-access-key-id'),
    keywords: ['akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'a3t'],
    pattern: /(?<![A-Z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
    accept: (s) => !/EXAMPLE$/.test(s),
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS002.ts

/** AWS secret access key. */
const PS002 = {
    meta: secretMeta('PS002', 'AWS secret access key', 'critical', 'aws-secret-access-key'),
    keywords: ['aws'],
    pattern: /aws_?(?:secret)?_?(?:access)?_?key(?:_id)?["']?\s*(?::|=>|=)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    accept: (s) => /[a-z]/.test(s) && /[A-Z0-9]/.test(s) && !/EXAMPLEKEY$/.test(s),
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS003.ts

/** Private key. */
const PS003 = {
    meta: secretMeta('PS003', 'Private key', 'high', 'private-key'),
    keywords: ['private key'],
    pattern: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----\s*(?<secret>[A-Za-z0-9+/=\s:,-]{30,}?)\s*-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS004.ts

/** GCP service account key. */
const PS004 = {
    meta: secretMeta('PS004', 'GCP service account key', 'critical', 'gcp-service-account'),
    keywords: ['service_account'],
    pattern: /"type"\s*:\s*"service_account"[\s\S]{0,2000}?"private_key_id"\s*:\s*"(?<secret>[0-9a-f]{40})"/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS005.ts

/** Azure storage account key. */
const PS005 = {
    meta: secretMeta('PS005', 'Azure storage account key', 'critical', 'azure-storage-account-key'),
    keywords: ['accountkey'],
    pattern: /AccountName=[^;\s]+;AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS006.ts

/** GitHub token. */
const PS006 = {
    meta: secretMeta('PS006', 'GitHub token', 'critical', 'github-pat'),
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})(?![A-Za-z0-9_])/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS007.ts

/** GitLab personal access token. */
const PS007 = {
    meta: secretMeta('PS007', 'GitLab personal access token', 'critical', 'gitlab-pat'),
    keywords: ['glpat-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>glpat-[0-9A-Za-z_-]{20})(?![A-Za-z0-9_-])/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS008.ts

/** npm access token. */
const PS008 = {
    meta: secretMeta('PS008', 'npm access token', 'critical', 'npm-access-token'),
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[0-9A-Za-z]{36})(?![A-Za-z0-9_])/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS009.ts

/** Slack token or webhook. */
const PS009 = {
    meta: secretMeta('PS009', 'Slack token or webhook', 'high', 'slack-access-token'),
    keywords: ['xox', 'hooks.slack.com'],
    pattern: /(?<secret>xox[baprs]-[0-9A-Za-z-]{10,72}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS010.ts

/** .npmrc with registry credentials. */
const PS010 = {
    meta: secretMeta('PS010', '.npmrc with registry credentials', 'high', 'npmrc'),
    keywords: ['_auth', '_password'],
    path: /(^|\/)\.npmrc$/,
    pattern: /^[^#;\n]*(?:_authToken|_auth|_password)\s*=\s*(?<secret>[^\s]+)\s*$/gm,
    accept: notPlaceholder,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS011.ts

/** .pypirc with a password. */
const PS011 = {
    meta: secretMeta('PS011', '.pypirc with a password', 'high', 'pypirc'),
    keywords: ['password'],
    path: /(^|\/)\.pypirc$/,
    pattern: /^\s*password\s*[:=]\s*(?<secret>\S+)\s*$/gm,
    accept: notPlaceholder,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS012.ts

/** Docker config.json with registry auths. */
const PS012 = {
    meta: secretMeta('PS012', 'Docker config.json with registry auths', 'high', 'dockerconfig'),
    keywords: ['"auth"'],
    path: /(^|\/)\.docker\/config\.json$|(^|\/)config\.json$/,
    pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS013.ts

/** .git-credentials with a password. */
const PS013 = {
    meta: secretMeta('PS013', '.git-credentials with a password', 'high', 'git-credentials'),
    keywords: ['@'],
    path: /(^|\/)\.git-credentials$/,
    pattern: /https?:\/\/[^:\s/@]+:(?<secret>[^@\s]+)@[^\s]+/g,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/PS014.ts

/** SSH private key file: sensitive by its name, whatever it holds. */
const PS014 = {
    meta: secretMeta('PS014', 'SSH private key file', 'high', 'private-key'),
    path: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/,
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/rules/index.ts














/**
 * Content rules, checked keywords first. Patterns follow the token formats each vendor documents
 * (AWS key prefixes, GitHub `ghp_`/`github_pat_`, GitLab `glpat-`, npm `npm_`, Slack `xox?-`);
 * the keyword pre-check and the equivalents mirror Trivy's built-in secret rules.
 */
const SECRET_RULES = [
    PS001,
    PS002,
    PS003,
    PS004,
    PS005,
    PS006,
    PS007,
    PS008,
    PS009,
    PS010,
    PS011,
    PS012,
    PS013,
];
/** Files that are secrets by name, whatever their content. */
const SENSITIVE_FILE_RULES = [PS014];
const SECRET_RULE_METAS = [
    ...SECRET_RULES.map((r) => r.meta),
    ...SENSITIVE_FILE_RULES.map((r) => r.meta),
];

;// CONCATENATED MODULE: ./src/gates/scan/secrets/allow.ts
/**
 * Paths where secret-looking strings are almost always examples or test data, after Trivy's
 * built-in allow rules: docs, tests, examples, vendored code, language runtimes' own trees,
 * and Markdown.
 * @see https://github.com/aquasecurity/trivy/blob/main/pkg/fanal/secret/builtin-allow-rules.go
 */
const DEFAULT_ALLOW_PATHS = [
    /(^|\/)(tests?|testdata|spec|__tests__|fixtures?|examples?|docs?|samples?)\//i,
    /\.(md|markdown|rst)$/i,
    /^usr\/(share|include)\//,
    /^usr\/lib\/(python[0-9.]*|ruby|gems|node_modules)\//,
    /^usr\/local\/lib\/python[0-9.]*\//,
    /^usr\/local\/go\//,
    /\.dist-info\//,
    /(^|\/)vendor\//,
    /(^|\/)node_modules\/.*\/(tests?|examples?|docs?)\//,
    /(^|\/)locales?\//,
];
function isAllowedPath(path, extra = []) {
    return [...DEFAULT_ALLOW_PATHS, ...extra].some((p) => p.test(path));
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/scan.ts


const MAX_SECRET_FILE_BYTES = 10 * 1024 * 1024;
const MIN_FILE_BYTES = 10;
const BINARY_SNIFF_BYTES = 8000;
/** Keeps the first characters and hides the rest, so a report never carries the secret. */
function mask(secret) {
    const flat = secret.replace(/\s+/g, '');
    const shown = flat.length >= 16 ? 4 : flat.length >= 8 ? 2 : 0;
    return `${flat.slice(0, shown)}${'*'.repeat(Math.min(flat.length - shown, 16))}`;
}
function looksBinary(data) {
    return data.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
/** Whether a file is worth reading for secrets; the reason when it is not. */
function secretSkipReason(path, size, options = {}) {
    if (isAllowedPath(path, options.allowPaths))
        return 'allowed-path';
    if (size > MAX_SECRET_FILE_BYTES)
        return 'too-large';
    if (size < MIN_FILE_BYTES)
        return 'too-small';
    return undefined;
}
function lineAndColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
/**
 * Finds secrets in one file's content: cheap keyword checks first, then each rule's regex.
 * Binary files and allowed paths are skipped. Every hit carries a masked value only.
 */
function scanSecrets(path, data, options = {}) {
    const disabled = new Set(options.disabled ?? []);
    const hits = [];
    const fileRules = SENSITIVE_FILE_RULES.filter((r) => !disabled.has(r.meta.id) && r.path.test(path));
    for (const rule of fileRules)
        hits.push({ ruleId: rule.meta.id, path, line: 1, column: 1, endColumn: 1, masked: '(whole file)' });
    if (secretSkipReason(path, data.length, options) || looksBinary(data))
        return hits;
    const text = data.toString('utf8');
    const lower = text.toLowerCase();
    for (const rule of SECRET_RULES) {
        if (disabled.has(rule.meta.id))
            continue;
        if (rule.path && !rule.path.test(path))
            continue;
        if (!rule.keywords.some((k) => lower.includes(k)))
            continue;
        rule.pattern.lastIndex = 0;
        for (const m of text.matchAll(rule.pattern)) {
            const secret = m.groups?.secret ?? m[0];
            if (rule.accept && !rule.accept(secret))
                continue;
            const offset = (m.index ?? 0) + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
            const { line, column } = lineAndColumn(text, offset);
            const firstLine = secret.split('\n')[0] ?? '';
            hits.push({
                ruleId: rule.meta.id,
                path,
                line,
                column,
                endColumn: column + firstLine.length,
                masked: mask(secret),
            });
        }
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/PS103.ts



/** A secret in an `ENV` value: it ships in the config of every copy of the image. */
const PS103 = {
    meta: configMeta('PS103', 'An ENV value in the image config holds a secret', 'high', ['trivy:DS-0031']),
    check(config) {
        return (config.config?.Env ?? []).flatMap((pair) => {
            const eq = pair.indexOf('=');
            const name = eq < 0 ? pair : pair.slice(0, eq);
            const value = eq < 0 ? '' : pair.slice(eq + 1);
            const token = SECRET_RULES.find((r) => !r.path &&
                r.keywords.some((k) => value.toLowerCase().includes(k)) &&
                new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')).test(value));
            if (token)
                return [{ ruleId: 'PS103', message: `ENV ${name} holds a ${token.meta.title} (${mask(value)})` }];
            if (SECRET_NAME.test(name) && !isPlaceholder(value))
                return [{ ruleId: 'PS103', message: `ENV ${name} is set to a literal value (${mask(value)})` }];
            return [];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/PS104.ts



/** `ARG NAME=value`, `ENV NAME=value`, and BuildKit's `|N NAME=value` build-arg prefix of RUN lines. */
const ASSIGNMENT = /(?:^|\s|\|\d+\s)([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g;
/** Layer index of each history entry: entries with `empty_layer` create none. */
function layerIndexes(history) {
    let layer = 0;
    return history.map((h) => (h.empty_layer ? undefined : layer++));
}
/**
 * A secret in the image history (`created_by`), e.g. a token passed as a build arg. The history
 * ships with the image, so deleting the file or variable in a later layer does not remove it.
 */
const PS104 = {
    meta: configMeta('PS104', 'The image history holds a secret (build arg or command line)', 'high', [
        'trivy:secret',
    ]),
    check(config) {
        const history = config.history ?? [];
        const layers = layerIndexes(history);
        const hits = [];
        history.forEach((entry, historyIndex) => {
            const line = entry.created_by ?? '';
            const at = {
                historyIndex,
                ...(layers[historyIndex] !== undefined ? { layerIndex: layers[historyIndex] } : {}),
            };
            const lower = line.toLowerCase();
            for (const rule of SECRET_RULES) {
                if (rule.path || !rule.keywords.some((k) => lower.includes(k)))
                    continue;
                const m = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(line);
                if (m)
                    hits.push({
                        ruleId: 'PS104',
                        message: `history entry ${historyIndex} holds a ${rule.meta.title} (${mask(m.groups?.secret ?? m[0])}); it stays in the image history even if a later layer removes it`,
                        ...at,
                    });
            }
            for (const m of line.matchAll(ASSIGNMENT)) {
                const [, name, value] = m;
                if (SECRET_NAME.test(name) &&
                    !isPlaceholder(value) &&
                    !hits.some((h) => h.historyIndex === historyIndex))
                    hits.push({
                        ruleId: 'PS104',
                        message: `history entry ${historyIndex} sets ${name} to a literal value (${mask(value.replace(/^["']|["']$/g, ''))}); it stays in the image history even if a later layer removes it`,
                        ...at,
                    });
            }
        });
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/PS105.ts

/** No `HEALTHCHECK`, or one that is `NONE`. */
const PS105 = {
    meta: configMeta('PS105', 'The image has no HEALTHCHECK', 'low', ['trivy:DS-0026']),
    check(config) {
        const test = config.config?.Healthcheck?.Test;
        if (!test || test.length === 0 || test[0] === 'NONE')
            return [{ ruleId: 'PS105', message: 'the image defines no HEALTHCHECK' }];
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image-config/index.ts






const CONFIG_RULES = [PS101, PS102, PS103, PS104, PS105];
const CONFIG_RULE_METAS = CONFIG_RULES.map((r) => r.meta);
/** Runs every enabled config and history rule over an image config. */
function checkImageConfig(config, disabled = []) {
    return CONFIG_RULES.filter((r) => !disabled.includes(r.meta.id)).flatMap((r) => r.check(config));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/registry/index.ts + 11 modules
var registry = __webpack_require__(12847);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/gates/scan/analyze.ts + 7 modules
var analyze = __webpack_require__(60757);
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(95278);
// EXTERNAL MODULE: ./src/gates/scan/sbom/cyclonedx.ts
var cyclonedx = __webpack_require__(13097);
// EXTERNAL MODULE: ./src/gates/scan/sbom/cyclonedx-aggregate.ts
var cyclonedx_aggregate = __webpack_require__(43271);
;// CONCATENATED MODULE: ./src/gates/scan/report/cyclonedx-vex.ts

/** OpenVEX justifications → CycloneDX `analysis.justification`. */
const JUSTIFICATIONS = {
    component_not_present: 'code_not_present',
    vulnerable_code_not_present: 'code_not_present',
    vulnerable_code_not_in_execute_path: 'code_not_reachable',
    vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
    inline_mitigations_already_exist: 'protected_by_mitigating_control',
};
const CDX_JUSTIFICATIONS = new Set([
    'code_not_present',
    'code_not_reachable',
    'requires_configuration',
    'requires_dependency',
    'requires_environment',
    'protected_by_compiler',
    'protected_at_runtime',
    'protected_at_perimeter',
    'protected_by_mitigating_control',
]);
const METHOD = {
    '2.0': 'CVSSv2',
    '3.0': 'CVSSv3',
    '3.1': 'CVSSv31',
    '4.0': 'CVSSv4',
};
/** The bom-refs of each purl in the image, as `packageBomRefs` gave them. */
function bomRefsByPurl(part) {
    const refs = new Map();
    const list = (0,cyclonedx/* packageBomRefs */.$Z)(part.inventory, part.refPrefix);
    part.inventory.packages.forEach((p, i) => {
        refs.set(p.purl, [...(refs.get(p.purl) ?? []), list[i]]);
    });
    return refs;
}
/**
 * Adds the vulnerability findings to a CycloneDX 1.6 SBOM written by `toCycloneDx`, as its
 * `vulnerabilities` list (VEX): each affects the package's bom-ref, carries the rating and where
 * it came from, and a finding suppressed by a VEX `not_affected` statement gets
 * `analysis.state: not_affected` with its justification.
 * @see https://cyclonedx.org/docs/1.6/json/#vulnerabilities
 */
function addVulnerabilities(bomJson, inv, findings) {
    return addImageVulnerabilities(bomJson, [{ inventory: inv, findings, refPrefix: '' }]);
}
/**
 * Adds the vulnerability findings of one or more images to a CycloneDX 1.6 SBOM (`toCycloneDx`
 * for one image, `toCycloneDxAggregate` for several): each vulnerability affects the bom-refs of
 * its own image's package.
 * @see https://cyclonedx.org/docs/1.6/json/#vulnerabilities
 */
function addImageVulnerabilities(bomJson, images, metadataProperties = []) {
    const bom = JSON.parse(bomJson);
    if (metadataProperties.length) {
        const metadata = (bom.metadata ?? {});
        metadata.properties = [...(metadata.properties ?? []), ...metadataProperties];
        bom.metadata = metadata;
    }
    const vulnerabilities = [];
    let numbered = 0;
    for (const part of images) {
        const own = vulnerabilitiesOf(part, numbered);
        vulnerabilities.push(...own.vulnerabilities);
        numbered += own.numbered;
    }
    if (vulnerabilities.length)
        bom.vulnerabilities = vulnerabilities;
    return `${JSON.stringify(bom, null, 2)}\n`;
}
/** The image's vulnerabilities, their bom-refs numbered from `first` (numbers stay stable when one has no package). */
function vulnerabilitiesOf(part, first) {
    const refs = bomRefsByPurl(part);
    const vulns = part.findings.filter((f) => f.data?.kind === 'vulnerability');
    const vulnerabilities = vulns
        .map((f, n) => {
        const d = f.data;
        const purl = d.package?.purl ?? '';
        const affects = (refs.get(purl) ?? []).map((ref) => ({ ref }));
        const rating = {
            source: { name: d.severitySource ?? 'unknown' },
            severity: f.severity === 'unknown' ? 'unknown' : f.severity,
        };
        if (d.cvss)
            Object.assign(rating, {
                score: d.cvss.score,
                method: METHOD[d.cvss.version] ?? 'other',
                vector: d.cvss.vector,
            });
        const vuln = {
            'bom-ref': `vuln-${first + n}`,
            id: f.ruleId,
            source: { name: 'OSV', url: `https://osv.dev/vulnerability/${f.ruleId}` },
            ...(d.aliases?.length
                ? {
                    references: d.aliases.map((id) => ({
                        id,
                        source: { name: 'OSV', url: `https://osv.dev/vulnerability/${id}` },
                    })),
                }
                : {}),
            ratings: [rating],
            description: f.message,
            ...(d.fixedVersion ? { recommendation: `Upgrade to ${d.fixedVersion}` } : {}),
            ...(d.published ? { published: d.published } : {}),
            affects,
        };
        if (f.suppressed) {
            const vex = f.suppressed.kind === 'external';
            const raw = /: ([a-z_]+) \(/.exec(f.suppressed.justification ?? '')?.[1] ?? '';
            const justification = JUSTIFICATIONS[raw] ?? (CDX_JUSTIFICATIONS.has(raw) ? raw : undefined);
            vuln.analysis = vex
                ? {
                    state: 'not_affected',
                    ...(justification ? { justification } : {}),
                    detail: f.suppressed.justification ?? '',
                }
                : { state: 'in_triage', detail: `accepted: ${f.suppressed.justification ?? ''}` };
        }
        return vuln;
    })
        .filter((v) => v.affects.length > 0);
    return { vulnerabilities, numbered: vulns.length };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/gates/scan/report/gitlab.ts

/** The GitLab security report schema version we write. */
const GITLAB_SCHEMA_VERSION = '15.0.7';
const SEVERITY = {
    critical: 'Critical',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    info: 'Info',
    unknown: 'Unknown',
};
/** GitLab's date-time pattern: seconds precision, no zone. */
function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
/** A stable UUID-shaped id from the finding's identity, so GitLab tracks it across pipelines. */
function stableId(text) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function identifier(id) {
    const type = id.startsWith('CVE-')
        ? 'cve'
        : id.startsWith('GHSA-')
            ? 'ghsa'
            : id.split('-')[0].toLowerCase();
    const url = id.startsWith('CVE-')
        ? `https://nvd.nist.gov/vuln/detail/${id}`
        : `https://osv.dev/vulnerability/${id}`;
    return { type, name: id, value: id, url };
}
function gitlab_vulnerabilitiesOf(part, usedIds) {
    return part.findings
        .filter((f) => !f.suppressed && f.data?.kind === 'vulnerability')
        .map((f) => {
        const data = f.data;
        const pkg = data.package ?? { name: 'unknown', version: 'unknown' };
        const ids = [
            f.ruleId,
            ...(data.aliases ?? []),
            ...(data.related ?? []).filter((r) => r.startsWith('CVE-')),
        ];
        const unique = [...new Set(ids)];
        const identity = `${part.image}\u0000${f.ruleId}\u0000${pkg.name}\u0000${pkg.version}`;
        // The same image scanned twice, or one package installed at two paths: still one id each.
        let id = stableId(identity);
        for (let n = 1; usedIds.has(id); n++)
            id = stableId(`${identity}\u0000${n}`);
        usedIds.add(id);
        return {
            id,
            name: f.ruleId,
            description: f.message,
            severity: SEVERITY[f.severity] ?? 'Unknown',
            ...(data.fixedVersion ? { solution: `Upgrade ${pkg.name} to ${data.fixedVersion}` } : {}),
            identifiers: unique.map(identifier),
            links: (data.references ?? []).slice(0, 5).map((url) => ({ url })),
            location: {
                dependency: { package: { name: pkg.name }, version: pkg.version },
                operating_system: part.operatingSystem,
                image: part.image,
            },
        };
    });
}
/**
 * Renders the unsuppressed vulnerability findings of one or more images as ONE GitLab
 * `container_scanning` report (security report schema 15.x), the artifact of
 * `reports: container_scanning`: each vulnerability's `location` names its own image and OS.
 * @see https://docs.gitlab.com/ee/development/integrations/secure.html#report
 */
function toGitLabContainerScanningReport(images, run) {
    const messages = [
        ...(run.errors ?? []).map((value) => ({ level: 'fatal', value })),
        ...(run.notes ?? []).map((value) => ({ level: 'info', value })),
    ];
    const vendor = { name: 'Portcullis' };
    const usedIds = new Set();
    return {
        version: GITLAB_SCHEMA_VERSION,
        scan: {
            analyzer: { id: 'portcullis', name: 'Portcullis', vendor, version: run.toolVersion },
            scanner: {
                id: 'portcullis-scan',
                name: 'Portcullis scan',
                url: 'https://github.com/portcullis-dev/portcullis',
                vendor,
                version: run.toolVersion,
            },
            start_time: gitlabTime(run.startTime),
            end_time: gitlabTime(run.endTime),
            status: run.errors?.length ? 'failure' : 'success',
            type: 'container_scanning',
            ...(messages.length ? { messages } : {}),
        },
        vulnerabilities: images.flatMap((part) => gitlab_vulnerabilitiesOf(part, usedIds)),
        remediations: [],
    };
}
/**
 * Renders one image's unsuppressed vulnerability findings as a GitLab `container_scanning`
 * report (security report schema 15.x).
 * @see https://docs.gitlab.com/ee/development/integrations/secure.html#report
 */
function toGitLabContainerScanning(findings, info) {
    return toGitLabContainerScanningReport([{ findings, image: info.image, operatingSystem: info.operatingSystem }], info);
}

;// CONCATENATED MODULE: ./src/gates/scan/report/summary.ts
/**
 * A Markdown job summary that groups vulnerabilities by the layer that brought their package
 * in, and says how many the base image's layers hold that a newer base would fix.
 * `baseLayers` is how many of the first layers come from the base image.
 */
function layerSummary(findings, layers, baseLayers = 1) {
    const vulns = findings.filter((f) => !f.suppressed && f.data?.kind === 'vulnerability');
    if (vulns.length === 0)
        return 'No vulnerabilities.\n';
    const byLayer = new Map();
    for (const f of vulns) {
        const index = f.data.layer?.index ?? -1;
        const list = byLayer.get(index) ?? [];
        list.push(f);
        byLayer.set(index, list);
    }
    const lines = [
        '| Layer | Created by | Critical | High | Medium | Low | Unknown | Fixable |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const [index, list] of [...byLayer.entries()].sort((a, b) => a[0] - b[0])) {
        const count = (s) => list.filter((f) => f.severity === s).length;
        const fixable = list.filter((f) => f.data.fixedVersion).length;
        const createdBy = (layers.find((l) => l.index === index)?.createdBy ?? '')
            .replace(/\|/g, '\\|')
            .replace(/\s+/g, ' ')
            .slice(0, 80);
        lines.push(`| ${index}${index < baseLayers ? ' (base)' : ''} | \`${createdBy}\` | ${count('critical')} | ${count('high')} | ${count('medium')} | ${count('low')} | ${count('unknown')} | ${fixable} |`);
    }
    const baseFixable = vulns.filter((f) => {
        const d = f.data;
        return d.fixedVersion && (d.layer?.index ?? -1) >= 0 && (d.layer?.index ?? -1) < baseLayers;
    }).length;
    if (baseFixable > 0)
        lines.push('', `${baseFixable} fixed by updating the base image.`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/gates/scan/report/render.ts






function operatingSystem(inv) {
    return inv.os ? `${inv.os.family} ${inv.os.versionId}` : 'unknown';
}
function gitlab(images, toolVersion, messages) {
    const report = toGitLabContainerScanningReport(images.map((s) => ({
        findings: s.findings,
        image: s.inventory.image.reference,
        operatingSystem: operatingSystem(s.inventory),
    })), {
        toolVersion,
        startTime: images[0].startTime,
        endTime: new Date(),
        ...(messages ? { notes: messages.notes, errors: messages.errors.map(finding/* gateErrorText */.Bv) } : {}),
    });
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** One image: the image's own SBOM. Several: one aggregate BOM, each image's refs prefixed. */
function cyclonedxVex(images, toolVersion) {
    const options = { created: images[0].startTime, toolVersion };
    const dbs = new Map(images.flatMap((s) => (s.vulnerabilityDb ? [[s.vulnerabilityDb.digest, s.vulnerabilityDb]] : [])));
    const dbProperties = [...dbs.values()].flatMap((db) => [
        { name: 'portcullis:vulnerability-db:digest', value: db.digest },
        { name: 'portcullis:vulnerability-db:built-at', value: db.builtAt },
    ]);
    if (images.length === 1) {
        const only = images[0];
        return addImageVulnerabilities((0,cyclonedx/* toCycloneDx */.h4)(only.inventory, options), [{ inventory: only.inventory, findings: only.findings, refPrefix: '' }], dbProperties);
    }
    return addImageVulnerabilities((0,cyclonedx_aggregate/* toCycloneDxAggregate */.g)(images.map((s) => s.inventory), options), images.map((s, i) => ({ inventory: s.inventory, findings: s.findings, refPrefix: `${(0,cyclonedx_aggregate/* imageBomRef */.b)(i)}:` })), dbProperties);
}
function summary(images) {
    if (images.length === 1)
        return layerSummary(images[0].findings, images[0].inventory.layers);
    return images
        .map((s) => `### Image \`${s.inventory.image.reference}\`\n\n${layerSummary(s.findings, s.inventory.layers)}`)
        .join('\n');
}
/**
 * The scan gate's own formats for every image of a run, each ONE document: a GitLab
 * `container_scanning` report, a CycloneDX 1.6 SBOM with VEX, and the Markdown layer summary
 * (a heading per image when there are several). No images, no renders.
 */
function renderImageScans(images, toolVersion, messages) {
    if (images.length === 0)
        return {};
    return {
        'gitlab-container-scanning': () => gitlab(images, toolVersion, messages),
        'layer-summary': () => summary(images),
        'cyclonedx-vex': () => cyclonedxVex(images, toolVersion),
    };
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/cataloger.ts



function isSecretFacts(facts) {
    return facts?.cataloger === 'secrets' && Array.isArray(facts.secrets);
}
const REGULAR_FILE_MIN = 10;
/**
 * A stream cataloger for the layer walk: it reads every regular text file not on the allow-list,
 * up to 10 MB, and records the (masked) secrets found. Binary files stop being buffered at the
 * first chunk. Pass it to the walk as an extra cataloger (`extraCatalogers`), so it also sees the
 * files a package cataloger reads; `secretsFromLayers` then turns its facts into image secrets.
 */
function secretCataloger(options = {}) {
    // The walk calls `open` right after a `match` that returned true, for the same file; `open` has
    // no path argument, so the path is carried from `match`.
    let matchedPath = '';
    return {
        kind: 'stream',
        name: 'secrets',
        match(path, _mode, size) {
            const wanted = SENSITIVE_FILE_RULES.some((r) => r.path.test(path)) ||
                (size >= REGULAR_FILE_MIN &&
                    size <= MAX_SECRET_FILE_BYTES &&
                    !isAllowedPath(path, options.allowPaths));
            if (wanted)
                matchedPath = path;
            return wanted;
        },
        open() {
            const path = matchedPath;
            const chunks = [];
            let binary;
            return {
                push(chunk) {
                    binary ??= looksBinary(chunk);
                    if (!binary)
                        chunks.push(chunk);
                },
                finish() {
                    return secretFacts(path, binary ? Buffer.alloc(0) : Buffer.concat(chunks), options);
                },
            };
        },
    };
}
/**
 * Scans one file's bytes as the cataloger would, for callers that already hold the content
 * (tests, and sources that hand files over whole).
 */
function secretFacts(path, data, options = {}) {
    const secrets = scanSecrets(path, data, options);
    return secrets.length ? { cataloger: 'secrets', secrets } : undefined;
}

;// CONCATENATED MODULE: ./src/gates/scan/secrets/image.ts

function removalsOf(index, analysis) {
    return {
        index,
        paths: new Set([...analysis.replaced, ...analysis.whiteouts]),
        dirs: new Set([...analysis.whiteouts, ...analysis.opaqueDirs]),
    };
}
function removedIn(path, layer, removals) {
    const parts = path.split('/');
    for (const r of removals) {
        if (r.index <= layer)
            continue;
        if (r.paths.has(path))
            return r.index;
        for (let i = 1; i < parts.length; i++)
            if (r.dirs.has(parts.slice(0, i).join('/')))
                return r.index;
        // An opaque marker at the root hides everything below it.
        if (r.dirs.has(''))
            return r.index;
    }
    return undefined;
}
/**
 * The secrets of an image from the layer walk's results (the walk ran with `secretCataloger()` as an
 * extra cataloger), so no second pass over the layers is needed. Each hit keeps its layer; a file that
 * a later layer deletes (whiteout, opaque directory) or replaces still ships in its own layer, so it is
 * reported with the layer that removed it.
 */
function secretsFromLayers(layers) {
    const removals = layers.map(({ ref, analysis }) => removalsOf(ref.index, analysis));
    const found = [];
    for (const { ref, analysis } of layers) {
        for (const facts of Object.values(analysis.extras ?? {}).flat()) {
            if (!isSecretFacts(facts))
                continue;
            for (const hit of facts.secrets) {
                const removed = removedIn(hit.path, ref.index, removals);
                found.push(removed === undefined
                    ? { hit, layerIndex: ref.index }
                    : { hit, layerIndex: ref.index, removedInLayer: removed });
            }
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/gates/scan/source/index.ts + 4 modules
var scan_source = __webpack_require__(29701);
// EXTERNAL MODULE: ./src/core/severity.ts
var severity = __webpack_require__(60432);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/command.ts
var command = __webpack_require__(57421);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/cpe.ts
var vulndb_cpe = __webpack_require__(55266);
;// CONCATENATED MODULE: ./src/gates/scan/vulndb/db.ts

/**
 * Two DBs read as one: the cached OSV DB and NVD data given with `--nvd`. The age is the
 * first DB's (max-db-age is about the cache); the digest covers both.
 */
function combineDbs(first, second) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${first.meta.digest}\n${second.meta.digest}`).digest('hex');
    const meta = {
        ...first.meta,
        digest: `sha256:${digest}`,
        records: first.meta.records + second.meta.records,
        ecosystems: [...new Set([...first.meta.ecosystems, ...second.meta.ecosystems])].sort(),
        sources: [...first.meta.sources, ...second.meta.sources],
    };
    return {
        meta,
        lookup: (ecosystem, name) => [...first.lookup(ecosystem, name), ...second.lookup(ecosystem, name)],
        close: () => {
            first.close();
            second.close();
        },
    };
}

// EXTERNAL MODULE: ./src/gates/scan/vulndb/errors.ts
var vulndb_errors = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/nvd-read.ts
var nvd_read = __webpack_require__(51673);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/read.ts
var read = __webpack_require__(16778);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/store.ts
var store = __webpack_require__(55689);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/update.ts
var update = __webpack_require__(60631);
;// CONCATENATED MODULE: ./src/gates/scan/vulndb/load.ts






function hours(h) {
    return h < 48 ? `${Math.round(h)}h` : `${Math.round(h / 24)}d`;
}
/**
 * Opens the vulnerability data for a scan: `--osv` paths in memory, or the cached DB, refreshed
 * first when asked. A refresh that fails (429, 5xx, offline) falls back to the cached DB while
 * it is younger than `max-db-age`, and says so; no usable data is always an error, never "0".
 */
async function loadAdvisories(options) {
    const now = options.now ?? new Date();
    const notes = [];
    const nvd = options.nvdPaths?.length ? await readAll(options.nvdPaths, nvd_read/* readNvdPath */.W, 'NVD') : undefined;
    if (options.osvPaths?.length) {
        const osv = await readAll(options.osvPaths, read/* readOsvPath */.i2, 'OSV');
        return {
            db: new store/* MemoryDb */.C4([...osv.records, ...(nvd?.records ?? [])], [...osv.sources, ...(nvd?.sources ?? [])]),
            notes,
        };
    }
    if (options.update) {
        try {
            const { meta, skipped } = await (0,update/* updateDb */.UM)({ ...options.update, dir: options.dbDir, now });
            notes.push(`vulnerability DB updated: ${meta.records} advisories, ${meta.digest}`);
            if (skipped.length)
                notes.push(`${skipped.length} invalid OSV record(s) in the dumps were left out`);
        }
        catch (error) {
            const meta = (0,store/* readDbMeta */.Kz)(options.dbDir);
            const age = meta ? (0,store/* dbAge */.i1)(meta, now) : undefined;
            if (meta === undefined || age === undefined)
                throw error;
            if (options.maxAgeHours !== undefined && age > options.maxAgeHours)
                throw new vulndb_errors/* VulnDbError */.Y('DB_TOO_OLD', `DB refresh failed (${error.message}) and the cached DB is ${hours(age)} old, over max-db-age ${hours(options.maxAgeHours)}`);
            notes.push(`DB refresh failed (${error.message}); using the cached DB built ${meta.builtAt} (${hours(age)} old)`);
        }
    }
    const db = await (0,store/* openDb */.bI)(options.dbDir);
    const age = (0,store/* dbAge */.i1)(db.meta, now);
    if (options.maxAgeHours !== undefined && age > options.maxAgeHours) {
        db.close();
        throw new vulndb_errors/* VulnDbError */.Y('DB_TOO_OLD', `the vulnerability DB was built ${db.meta.builtAt}, ${hours(age)} ago, over max-db-age ${hours(options.maxAgeHours)}: run \`portcullis db update\``);
    }
    return { db: nvd ? combineDbs(db, new store/* MemoryDb */.C4(nvd.records, nvd.sources)) : db, notes };
}
/** Reads every path given on the command line; one invalid file stops the scan (exit 3). */
async function readAll(paths, read, kind) {
    const records = [];
    const sources = [];
    for (const path of paths) {
        const result = await read(path);
        if (result.problems.length) {
            const first = result.problems[0];
            throw new vulndb_errors/* VulnDbError */.Y('OSV_INVALID', `${result.problems.length} invalid ${kind} record(s) under ${path}, first ${first.message}`, { file: first.file });
        }
        if (result.records.length === 0)
            throw new vulndb_errors/* VulnDbError */.Y('OSV_UNREADABLE', `${path}: no ${kind} records found`, { file: path });
        for (const r of result.records)
            records.push(r.record);
        sources.push({ name: path, records: result.records.length, skipped: 0 });
    }
    return { records, sources };
}

// EXTERNAL MODULE: ./src/gates/scan/vulndb/nvd.ts
var nvd = __webpack_require__(65080);
// EXTERNAL MODULE: ./src/gates/scan/vulndb/osv.ts
var osv = __webpack_require__(59716);
;// CONCATENATED MODULE: ./src/gates/scan/vulndb/online.ts



/** osv.dev's API. @see https://google.github.io/osv.dev/api/ */
const OSV_API_BASE = 'https://api.osv.dev';
const BATCH = 1000;
async function json(response, what) {
    if (!response.ok)
        throw new vulndb_errors/* VulnDbError */.Y('DB_UPDATE_FAILED', `${what}: HTTP ${response.status}`);
    return response.json();
}
/**
 * `--online`: asks osv.dev's batch API which advisories affect each package, then fetches each
 * advisory, and returns them as an in-memory DB. This SENDS PACKAGE NAMES AND VERSIONS to
 * osv.dev, so it is off by default. Any failure is an error, never an empty result.
 * @see https://google.github.io/osv.dev/post-v1-querybatch/
 */
async function queryOsvOnline(queries, options = {}) {
    const doFetch = options.fetch ?? fetch;
    const base = (options.baseUrl ?? OSV_API_BASE).replace(/\/+$/, '');
    const ids = new Set();
    let pending = queries.map((q) => ({ query: q, pageToken: undefined }));
    while (pending.length) {
        const next = [];
        for (let i = 0; i < pending.length; i += BATCH) {
            const slice = pending.slice(i, i + BATCH);
            const body = {
                queries: slice.map(({ query, pageToken }) => ({
                    package: { ecosystem: query.ecosystem, name: query.name },
                    version: query.version,
                    ...(pageToken ? { page_token: pageToken } : {}),
                })),
            };
            const result = (await json(await doFetch(`${base}/v1/querybatch`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
            }), 'osv.dev querybatch'));
            if (!Array.isArray(result.results) || result.results.length !== slice.length)
                throw new vulndb_errors/* VulnDbError */.Y('DB_CORRUPT', 'osv.dev querybatch answered with a result count that does not match the queries');
            result.results.forEach((r, j) => {
                for (const v of r.vulns ?? [])
                    ids.add(v.id);
                if (r.next_page_token)
                    next.push({ query: slice[j].query, pageToken: r.next_page_token });
            });
        }
        pending = next;
    }
    const records = [];
    for (const id of [...ids].sort()) {
        const raw = await json(await doFetch(`${base}/v1/vulns/${encodeURIComponent(id)}`), `osv.dev vulns/${id}`);
        try {
            records.push((0,osv/* normaliseOsv */.bQ)(raw));
        }
        catch (error) {
            throw new vulndb_errors/* VulnDbError */.Y('OSV_INVALID', `osv.dev vulns/${id}: ${error.message}`);
        }
    }
    const source = { name: `${base} (online)`, url: base, records: records.length, skipped: 0 };
    return new store/* MemoryDb */.C4(records, [source], new Date().toISOString(), [
        ...new Set(queries.map((q) => q.ecosystem)),
    ]);
}

;// CONCATENATED MODULE: ./src/gates/scan/vulndb/index.ts













;// CONCATENATED MODULE: ./src/gates/scan/match/ecosystems.ts
const LANGUAGE_ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    maven: 'Maven',
    gem: 'RubyGems',
    composer: 'Packagist',
    cargo: 'crates.io',
};
const major = (versionId) => versionId.split('.')[0] ?? versionId;
/**
 * The OSV ecosystems that hold a distro release's advisories, picked from those the DB has:
 * `Debian:12`, `Ubuntu:22.04:LTS` (and `Ubuntu:Pro:…`), `Alpine:v3.20`, `AlmaLinux:9`,
 * `Rocky Linux:9`, `Red Hat:…enterprise_linux:9…`. Empty when the DB has none for it.
 * @see https://ossf.github.io/osv-schema/#affectedpackage-field
 */
function distroEcosystems(os, available) {
    const id = os.family.toLowerCase();
    const v = os.versionId;
    const quote = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let pattern;
    if (id === 'debian')
        pattern = new RegExp(`^Debian:${quote(major(v))}$`);
    else if (id === 'ubuntu')
        pattern = new RegExp(`^Ubuntu:(Pro:)?${quote(v)}(:LTS)?$`);
    else if (id === 'alpine')
        pattern = new RegExp(`^Alpine:v${quote(v.split('.').slice(0, 2).join('.'))}$`);
    else if (id === 'almalinux')
        pattern = new RegExp(`^AlmaLinux:${quote(major(v))}$`);
    else if (id === 'rocky')
        pattern = new RegExp(`^Rocky Linux:${quote(major(v))}$`);
    else if (id === 'rhel')
        pattern = new RegExp(`^Red Hat:.*enterprise_linux:${quote(major(v))}(?::|$)`);
    else if (id === 'wolfi')
        pattern = /^Wolfi$/;
    else if (id === 'chainguard')
        pattern = /^Chainguard$/;
    return pattern ? available.filter((e) => pattern.test(e)) : [];
}
/** The OSV ecosystem family name of a distro (`debian` → `Debian`), for "no data" messages. */
function distroFamilyEcosystem(family) {
    return {
        debian: 'Debian',
        ubuntu: 'Ubuntu',
        alpine: 'Alpine',
        almalinux: 'AlmaLinux',
        rocky: 'Rocky Linux',
        rhel: 'Red Hat',
        wolfi: 'Wolfi',
        chainguard: 'Chainguard',
    }[family.toLowerCase()];
}
/**
 * What to look up for a language package: its OSV ecosystem and name (`group:artifact` for
 * Maven, the module path for Go), compared at its installed version.
 */
function languageQuery(pkg) {
    const ecosystem = LANGUAGE_ECOSYSTEMS[pkg.ecosystem];
    if (!ecosystem)
        return undefined;
    const name = pkg.ecosystem === 'maven' && pkg.group ? `${pkg.group}:${pkg.name}` : pkg.name;
    return { ecosystem, names: [name], version: pkg.version };
}
/**
 * What to look up for a distro package. Debian, Ubuntu and Alpine key advisories on the
 * source package and compare its version; rpm distros publish advisories per binary package,
 * so both names are looked up and the installed `epoch:version-release` is compared.
 */
function distroQuery(pkg, ecosystem) {
    const family = ecosystem.split(':')[0];
    if (pkg.ecosystem === 'rpm') {
        const names = [...new Set([pkg.name, ...(pkg.sourceName ? [pkg.sourceName] : [])])];
        return { ecosystem, names, version: pkg.epoch ? `${pkg.epoch}:${pkg.version}` : pkg.version };
    }
    if (family === 'Alpine' || family === 'Wolfi' || family === 'Chainguard')
        return { ecosystem, names: [pkg.sourceName ?? pkg.name], version: pkg.version };
    return { ecosystem, names: [pkg.sourceName ?? pkg.name], version: pkg.sourceVersion ?? pkg.version };
}
/**
 * The OSV ecosystem to ask osv.dev about for a distro release, when there is no local DB to
 * pick from (`--online`).
 */
function onlineDistroEcosystem(os) {
    const v = os.versionId;
    switch (os.family.toLowerCase()) {
        case 'debian':
            return `Debian:${major(v)}`;
        case 'ubuntu':
            return /^\d*[02468]\.04$/.test(v) ? `Ubuntu:${v}:LTS` : `Ubuntu:${v}`;
        case 'alpine':
            return `Alpine:v${v.split('.').slice(0, 2).join('.')}`;
        case 'almalinux':
            return `AlmaLinux:${major(v)}`;
        case 'rocky':
            return `Rocky Linux:${major(v)}`;
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/paths.ts

/** Whether one of the finding's paths matches one of the globs; leading slashes do not count on either side. */
function pathsMatch(globs, paths) {
    const patterns = globs.map((g) => g.replace(/^\/+/, ''));
    return paths.some((path) => picomatch_default().isMatch(path.replace(/^\/+/, ''), patterns, { dot: true }));
}

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/purl.ts

const parsed = new Map();
/** Parses a purl, or returns undefined when it is not one; each text is parsed once. */
function parsePurl(text) {
    if (parsed.has(text))
        return parsed.get(text);
    let purl;
    try {
        purl = packageurl_js.PackageURL.fromString(text);
    }
    catch {
        purl = undefined;
    }
    if (parsed.size > 100_000)
        parsed.clear();
    parsed.set(text, purl);
    return purl;
}
/**
 * Trivy's purl constraint match (pkg/purl `Match`): type, namespace and name are equal; the
 * version and subpath only when the constraint has them; each qualifier of the constraint must
 * be on the target with the same value, and the target's other qualifiers are ignored.
 */
function purlSatisfies(constraint, target) {
    if (!target)
        return false;
    const want = parsePurl(constraint);
    const have = parsePurl(target);
    if (!want || !have)
        return false;
    if (want.type !== have.type || (want.namespace ?? '') !== (have.namespace ?? '') || want.name !== have.name)
        return false;
    if (want.version && want.version !== have.version)
        return false;
    if (want.subpath && want.subpath !== have.subpath)
        return false;
    const qualifiers = (have.qualifiers ?? {});
    return Object.entries((want.qualifiers ?? {})).every(([key, value]) => qualifiers[key] === value);
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/grype-match.ts


/** Syft package types by purl type (syft/pkg/type.go), as Grype's `package.type` names them. */
const SYFT_TYPE = {
    apk: 'apk',
    deb: 'deb',
    rpm: 'rpm',
    npm: 'npm',
    pypi: 'python',
    golang: 'go-module',
    maven: 'java-archive',
    gem: 'gem',
    cargo: 'rust-crate',
    composer: 'php-composer',
    nuget: 'dotnet',
    hex: 'hex',
    pub: 'dart-pub',
    cocoapods: 'pod',
    swift: 'swift',
    conan: 'conan',
};
/** Syft languages by purl type (syft/pkg/language.go); OS packages have none. */
const SYFT_LANGUAGE = {
    npm: 'javascript',
    pypi: 'python',
    golang: 'go',
    maven: 'java',
    gem: 'ruby',
    cargo: 'rust',
    composer: 'php',
    nuget: 'dotnet',
    hex: 'elixir',
    pub: 'dart',
    cocoapods: 'swift',
    swift: 'swift',
    conan: 'c++',
};
/** Our vulnerability statuses as Grype fix states; no status at all is `unknown`, as in Grype. */
function grypeFixState(status) {
    switch (status) {
        case 'fixed':
            return 'fixed';
        case 'affected':
        case 'fix_deferred':
            return 'not-fixed';
        case 'will_not_fix':
        case 'end_of_life':
            return 'wont-fix';
        default:
            return 'unknown';
    }
}
/** The CVE a per-CVE distro record is named after: `DEBIAN-CVE-2022-48303` → `CVE-2022-48303`. */
function ownCve(id) {
    return /^[A-Z]+-(CVE-\d{4}-\d+)$/i.exec(id)?.[1]?.toUpperCase();
}
/** Grype treats a name with regex characters other than `.` as an anchored regular expression. */
const LOOKS_LIKE_REGEX = /[\^$*+?[\](){}|\\]/;
/** The matcher for a Grype name condition; throws on an invalid regular expression. */
function nameMatcher(pattern) {
    if (!LOOKS_LIKE_REGEX.test(pattern))
        return (name) => name === pattern;
    const re = new RegExp(`^(?:${pattern})$`, 'u');
    return (name) => name !== undefined && re.test(name);
}
/** Syft keeps the namespace in the name only for npm scopes, Go modules and Composer vendors. */
function syftName(type, namespace, name) {
    return namespace && ['npm', 'golang', 'composer'].includes(type) ? `${namespace}/${name}` : name;
}
function idApplies(entry, ids) {
    if (entry.id === undefined)
        return true;
    const want = entry.id.toUpperCase();
    const [own = '', ...aliases] = ids.map((i) => i.toUpperCase());
    // Grype reports a distro finding by its CVE and a language finding by its GHSA, where
    // Portcullis keeps OSV's ID (DEBIAN-CVE-…, PYSEC-…): those count as the finding's own ID.
    if (own === want || ownCve(own) === want || (want.startsWith('GHSA-') && aliases.includes(want)))
        return true;
    return Boolean(entry.includeAliases) && aliases.includes(want);
}
/**
 * True when every condition of a Grype ignore rule holds for a vulnerability finding, as Grype's
 * `IgnoreRule.IgnoreMatch` decides (grype/match/ignore.go).
 */
function grypeRuleApplies(entry, target) {
    // Grype rules describe vulnerability matches; secret and config findings carry no status.
    if (target.status === undefined)
        return false;
    if (!idApplies(entry, target.ids))
        return false;
    if (entry.fixState && entry.fixState !== grypeFixState(target.status))
        return false;
    const rule = entry.package;
    if (!rule)
        return true;
    const purl = target.purl ? parsePurl(target.purl) : undefined;
    const name = target.name ?? (purl ? syftName(purl.type, purl.namespace, purl.name) : undefined);
    const version = target.version ?? purl?.version;
    const upstream = target.upstream && target.upstream !== name
        ? target.upstream
        : purl?.qualifiers?.upstream;
    if (rule.name !== undefined && !nameMatcher(rule.name)(name))
        return false;
    if (rule.version !== undefined && rule.version !== version)
        return false;
    if (rule.type !== undefined && rule.type !== (purl ? SYFT_TYPE[purl.type] : undefined))
        return false;
    if (rule.language !== undefined && rule.language !== (purl ? SYFT_LANGUAGE[purl.type] : undefined))
        return false;
    if (rule.location !== undefined && !pathsMatch([rule.location], target.paths))
        return false;
    if (rule.upstreamName !== undefined && !nameMatcher(rule.upstreamName)(upstream?.split('@')[0]))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/apply.ts



/** purl without qualifiers and subpath; the version is compared only when the entry has one. */
function purlMatches(pattern, purl) {
    if (!purl)
        return false;
    const strip = (p) => decodeURIComponent(p.split(/[?#]/)[0]).toLowerCase();
    const want = strip(pattern);
    const have = strip(purl);
    if (want === have)
        return true;
    return !want.includes('@') && have.startsWith(`${want}@`);
}
/** True when `day` (YYYY-MM-DD) is before today in UTC: the entry has expired. */
function isExpired(entry, now) {
    return entry.expires !== undefined && entry.expires < now.toISOString().slice(0, 10);
}
/**
 * The first live entry that covers a finding: same ID, alias or (for a per-CVE distro record)
 * CVE, case-insensitive, and, when
 * the entry lists them, one of its purls and one of its path globs. Grype rules match when all
 * their conditions hold (see {@link grypeRuleApplies}).
 */
function findIgnore(entries, target, now) {
    const ids = new Set(target.ids.map((i) => i.toUpperCase()));
    // A per-CVE distro record (DEBIAN-CVE-…, UBUNTU-CVE-…) is that CVE, which Trivy reports it by.
    const cve = target.ids[0] && ownCve(target.ids[0]);
    if (cve)
        ids.add(cve);
    return entries.find((e) => {
        if (isExpired(e, now))
            return false;
        if (e.source === 'grype')
            return grypeRuleApplies(e, target);
        if (e.id === undefined || !ids.has(e.id.toUpperCase()))
            return false;
        const purlOk = e.purlMatch === 'constraint' ? purlSatisfies : purlMatches;
        if (e.purls && !e.purls.some((p) => purlOk(p, target.purl)))
            return false;
        if (e.paths && !pathsMatch(e.paths, target.paths))
            return false;
        return true;
    });
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/types.ts
class IgnoreFileError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'IgnoreFileError';
    }
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/csaf.ts


/** Relationship categories Trivy follows from a product to the component inside it. */
const INSIDE = new Set(['default_component_of', 'installed_on', 'installed_with']);
/** The product-status lists that suppress, with the VEX status they stand for (as in Trivy). */
const STATUSES = [
    ['known_not_affected', 'not_affected'],
    ['fixed', 'fixed'],
];
class ProductTree {
    file;
    products = new Map();
    groups = new Map();
    constructor(tree, file) {
        this.file = file;
        if (tree === undefined)
            return;
        if (!isObject(tree))
            this.fail('product_tree must be an object');
        this.names(tree.full_product_names, 'product_tree.full_product_names');
        this.branches(tree.branches, 'product_tree.branches');
        this.relationships(tree.relationships);
        for (const [i, g] of list(tree.product_groups, 'product_tree.product_groups', file).entries()) {
            if (!isObject(g) || typeof g.group_id !== 'string')
                this.fail(`product_tree.product_groups[${i}] needs a "group_id"`);
            this.groups.set(g.group_id, strings(g.product_ids, `product_tree.product_groups[${i}].product_ids`, file));
        }
    }
    fail(message) {
        throw new IgnoreFileError(this.file, 1, message);
    }
    helperPurls(name, where) {
        const helper = name.product_identification_helper;
        if (helper === undefined)
            return [];
        if (!isObject(helper))
            this.fail(`${where}.product_identification_helper must be an object`);
        // CSAF 2.0 has one `purl`; CSAF 2.1 a `purls` list.
        const purls = [
            ...(helper.purl === undefined ? [] : [helper.purl]),
            ...(helper.purls === undefined
                ? []
                : strings(helper.purls, `${where}.product_identification_helper.purls`, this.file)),
        ];
        for (const p of purls)
            if (typeof p !== 'string' || !parsePurl(p))
                this.fail(`${where}.product_identification_helper.purl "${String(p)}" is not a valid purl`);
        return purls;
    }
    add(name, where) {
        if (!isObject(name) || typeof name.product_id !== 'string')
            this.fail(`${where} needs a "product_id"`);
        const purls = this.helperPurls(name, where);
        const known = this.products.get(name.product_id);
        this.products.set(name.product_id, { ...known, purls: [...(known?.purls ?? []), ...purls] });
        return name.product_id;
    }
    names(value, where) {
        for (const [i, name] of list(value, where, this.file).entries())
            this.add(name, `${where}[${i}]`);
    }
    branches(value, where) {
        for (const [i, branch] of list(value, where, this.file).entries()) {
            if (!isObject(branch))
                this.fail(`${where}[${i}] must be an object`);
            if (branch.product !== undefined)
                this.add(branch.product, `${where}[${i}].product`);
            this.branches(branch.branches, `${where}[${i}].branches`);
        }
    }
    relationships(value) {
        const rels = list(value, 'product_tree.relationships', this.file);
        const pending = [];
        for (const [i, rel] of rels.entries()) {
            const where = `product_tree.relationships[${i}]`;
            if (!isObject(rel))
                this.fail(`${where} must be an object`);
            for (const key of ['category', 'product_reference', 'relates_to_product_reference'])
                if (typeof rel[key] !== 'string')
                    this.fail(`${where} needs a "${key}"`);
            pending.push([this.add(rel.full_product_name, `${where}.full_product_name`), rel, where]);
        }
        for (const [id, rel, where] of pending) {
            if (!INSIDE.has(rel.category))
                continue;
            const component = this.resolve(rel.product_reference, `${where}.product_reference`);
            const container = this.resolve(rel.relates_to_product_reference, `${where}.relates_to_product_reference`);
            if (component.purls.length && container.purls.length)
                this.products.set(`${id}\u0000rel`, { purls: component.purls, within: container.purls });
        }
    }
    /** A defined product (CSAF mandatory test 6.1.1: every referenced product ID is defined). */
    resolve(id, where) {
        const product = this.products.get(id);
        if (!product)
            this.fail(`${where}: product "${id}" is not defined in product_tree`);
        return product;
    }
    /** The product and, when it names a relationship, the component-inside-product reading of it. */
    readings(id, where) {
        const own = this.resolve(id, where);
        const rel = this.products.get(`${id}\u0000rel`);
        return [...(own.purls.length ? [own] : []), ...(rel ? [rel] : [])];
    }
    /** Product IDs named directly or through `group_ids`. */
    members(item, where) {
        const ids = new Set(strings(item.product_ids, `${where}.product_ids`, this.file));
        for (const g of strings(item.group_ids, `${where}.group_ids`, this.file))
            for (const id of this.groups.get(g) ?? this.fail(`${where}.group_ids: group "${g}" is not defined`))
                ids.add(id);
        return ids;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function list(value, where, file) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new IgnoreFileError(file, 1, `${where} must be a list`);
    return value;
}
function strings(value, where, file) {
    const items = list(value, where, file);
    if (!items.every((s) => typeof s === 'string'))
        throw new IgnoreFileError(file, 1, `${where} must be a list of strings`);
    return items;
}
/** The `flags[].label` or impact `threats[].details` that justify a product's status. */
function justificationFor(vuln, product, tree, where, file) {
    for (const [i, flag] of list(vuln.flags, `${where}.flags`, file).entries()) {
        if (!isObject(flag) || typeof flag.label !== 'string')
            throw new IgnoreFileError(file, 1, `${where}.flags[${i}] needs a "label"`);
        if (tree.members(flag, `${where}.flags[${i}]`).has(product))
            return flag.label;
    }
    for (const [i, threat] of list(vuln.threats, `${where}.threats`, file).entries()) {
        if (!isObject(threat) || threat.category !== 'impact')
            continue;
        if (typeof threat.details !== 'string')
            throw new IgnoreFileError(file, 1, `${where}.threats[${i}] needs "details"`);
        const members = tree.members(threat, `${where}.threats[${i}]`);
        // Trivy takes the first impact statement whichever products it names.
        if (members.size === 0 || members.has(product))
            return threat.details;
    }
    return undefined;
}
/**
 * Reads a CSAF 2.0 VEX document (`document.category` `csaf_vex`): the products of each
 * vulnerability's `product_status.known_not_affected` (with its `flags[].label` justification
 * or `threats` impact statement) and `fixed` suppress the vulnerability (`cve` and `ids`) for
 * their purls, compared as Trivy does (pkg/vex/csaf.go). A relationship (`default_component_of`,
 * `installed_on`, `installed_with`) suppresses the component only where the product it is part of
 * is also in the image.
 * @see https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html#45-profile-5-vex
 */
function parseCsafVex(doc, file) {
    const document = doc.document;
    if (document.category !== 'csaf_vex')
        throw new IgnoreFileError(file, 1, `document.category is "${String(document.category)}": only CSAF VEX documents (csaf_vex) can suppress findings`);
    if (!Array.isArray(doc.vulnerabilities))
        throw new IgnoreFileError(file, 1, 'a csaf_vex document needs a "vulnerabilities" list');
    const tree = new ProductTree(doc.product_tree, file);
    const entries = [];
    doc.vulnerabilities.forEach((vuln, i) => {
        const where = `vulnerabilities[${i}]`;
        if (!isObject(vuln))
            throw new IgnoreFileError(file, 1, `${where} must be an object`);
        if (vuln.cve !== undefined && typeof vuln.cve !== 'string')
            throw new IgnoreFileError(file, 1, `${where}.cve must be a string`);
        const ids = [
            ...(typeof vuln.cve === 'string' ? [vuln.cve] : []),
            ...list(vuln.ids, `${where}.ids`, file).map((id, j) => {
                if (!isObject(id) || typeof id.text !== 'string')
                    throw new IgnoreFileError(file, 1, `${where}.ids[${j}] needs a "text"`);
                return id.text;
            }),
        ];
        const status = vuln.product_status;
        if (status === undefined)
            return;
        if (!isObject(status))
            throw new IgnoreFileError(file, 1, `${where}.product_status must be an object`);
        for (const [field, vexStatus] of STATUSES) {
            const products = strings(status[field], `${where}.product_status.${field}`, file);
            if (products.length && ids.length === 0)
                throw new IgnoreFileError(file, 1, `${where} has ${field} products but no "cve" or "ids"`);
            for (const product of products) {
                const readings = tree.readings(product, `${where}.product_status.${field}`);
                const justification = justificationFor(vuln, product, tree, where, file);
                if (vexStatus === 'not_affected' && !justification)
                    throw new IgnoreFileError(file, 1, `${where}: known_not_affected product "${product}" has no flags[].label or threats impact statement`);
                for (const reading of readings)
                    for (const id of ids)
                        entries.push({
                            id,
                            purls: reading.purls,
                            purlMatch: 'constraint',
                            ...(reading.within ? { within: reading.within } : {}),
                            file,
                            line: 0,
                            source: 'csaf-vex',
                            vexStatus,
                            reason: `VEX ${vexStatus}${justification ? `: ${justification}` : ''}`,
                            ...(justification ? { justification } : {}),
                        });
            }
        }
    });
    return entries;
}
/**
 * Keeps the relationship entries whose containing product is in the image (one of `purls`
 * satisfies it); other entries pass unchanged.
 */
function keepWithin(entries, purls) {
    return entries.filter((e) => !e.within || e.within.some((w) => purls.some((p) => purlSatisfies(w, p))));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/grype.ts



const RULE_KEYS = new Set([
    'vulnerability',
    'reason',
    'fix-state',
    'package',
    'vex-status',
    'vex-justification',
    'include-aliases',
    'namespace',
    'match-type',
]);
const PACKAGE_KEYS = {
    name: 'name',
    version: 'version',
    language: 'language',
    type: 'type',
    location: 'location',
    'upstream-name': 'upstreamName',
};
const FIX_STATES = new Set(['fixed', 'not-fixed', 'wont-fix', 'unknown']);
const VEX_STATUSES = new Set(['not_affected', 'fixed', 'affected', 'under_investigation']);
/** True when the YAML text is a Grype configuration with an `ignore:` list. */
function isGrypeConfig(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    return !doc.errors.length && (0,dist/* isMap */.jh)(doc.contents) && doc.contents.has('ignore');
}
function asString(value, where, file, line) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' && typeof value !== 'number')
        throw new IgnoreFileError(file, line, `${where} must be a string`);
    return String(value);
}
function packageRule(value, where, file, line) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new IgnoreFileError(file, line, `${where}.package must be a mapping`);
    const rule = {};
    for (const [key, raw] of Object.entries(value)) {
        const field = PACKAGE_KEYS[key];
        if (!field)
            throw new IgnoreFileError(file, line, `${where}.package: unknown field "${key}"`);
        const text = asString(raw, `${where}.package.${key}`, file, line);
        if (text !== undefined)
            rule[field] = text;
    }
    for (const key of ['name', 'upstreamName'])
        if (rule[key] !== undefined)
            try {
                nameMatcher(rule[key]);
            }
            catch (error) {
                throw new IgnoreFileError(file, line, `${where}.package: ${key === 'name' ? 'name' : 'upstream-name'} is not a valid regular expression (${error.message})`);
            }
    return Object.keys(rule).length ? rule : undefined;
}
/**
 * Reads the `ignore:` rules of a Grype configuration (`.grype.yaml`). A rule ignores a finding
 * when every condition it gives holds: `vulnerability` (with `include-aliases`), `fix-state`
 * and `package` (`name`, `version`, `language`, `type`, `location`, `upstream-name`). Rules with
 * `vex-status` steer VEX documents in Grype and suppress nothing themselves; Portcullis already
 * applies `not_affected` and `fixed` statements, as Grype does by default with `--vex`.
 * A rule has no expiry. Unknown fields, bad values and rules without a condition are errors.
 * @see https://github.com/anchore/grype#specifying-matches-to-ignore
 */
function parseGrypeIgnore(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new IgnoreFileError(file, e.linePos?.[0]?.line ?? 1, e.message);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new IgnoreFileError(file, 1, 'expected a Grype configuration with an "ignore" list');
    const list = root.get('ignore', true);
    if (list === undefined || list === null)
        return [];
    if (!(0,dist/* isSeq */.oP)(list))
        throw new IgnoreFileError(file, 1, '"ignore" must be a list of rules');
    const entries = [];
    list.items.forEach((item, i) => {
        const where = `ignore[${i}]`;
        const line = (0,dist/* isMap */.jh)(item) && item.range ? counter.linePos(item.range[0]).line : 1;
        if (!(0,dist/* isMap */.jh)(item))
            throw new IgnoreFileError(file, line, `${where} must be a mapping`);
        const rule = item.toJSON();
        for (const key of Object.keys(rule))
            if (!RULE_KEYS.has(key))
                throw new IgnoreFileError(file, line, `${where}: unknown field "${key}"`);
        for (const key of ['namespace', 'match-type'])
            if (asString(rule[key], `${where}.${key}`, file, line) !== undefined)
                throw new IgnoreFileError(file, line, `${where}: "${key}" is not supported (it names Grype's own database and matchers)`);
        const id = asString(rule.vulnerability, `${where}.vulnerability`, file, line);
        const reason = asString(rule.reason, `${where}.reason`, file, line);
        const fixState = asString(rule['fix-state'], `${where}.fix-state`, file, line);
        if (fixState !== undefined && !FIX_STATES.has(fixState))
            throw new IgnoreFileError(file, line, `${where}.fix-state "${fixState}" is not one of fixed, not-fixed, wont-fix, unknown`);
        const includeAliases = rule['include-aliases'];
        if (includeAliases !== undefined && includeAliases !== null && typeof includeAliases !== 'boolean')
            throw new IgnoreFileError(file, line, `${where}.include-aliases must be true or false`);
        const vexStatus = asString(rule['vex-status'], `${where}.vex-status`, file, line);
        if (vexStatus !== undefined && !VEX_STATUSES.has(vexStatus))
            throw new IgnoreFileError(file, line, `${where}.vex-status "${vexStatus}" is not one of ${[...VEX_STATUSES].join(', ')}`);
        const vexJustification = asString(rule['vex-justification'], `${where}.vex-justification`, file, line);
        if (vexJustification !== undefined && vexStatus === undefined)
            throw new IgnoreFileError(file, line, `${where}: vex-justification needs a vex-status`);
        const pkg = packageRule(rule.package, where, file, line);
        if (vexStatus !== undefined)
            return;
        if (id === undefined && fixState === undefined && pkg === undefined)
            throw new IgnoreFileError(file, line, `${where} sets no condition (vulnerability, fix-state or package), so it would ignore nothing`);
        entries.push({
            ...(id !== undefined ? { id } : {}),
            ...(fixState !== undefined ? { fixState: fixState } : {}),
            ...(pkg ? { package: pkg } : {}),
            ...(includeAliases === true ? { includeAliases: true } : {}),
            reason: reason ?? 'ignored by a Grype rule',
            file,
            line,
            source: 'grype',
        });
    });
    return entries;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/image-purl.ts

/** `ghcr.io/org/app:1.2` → `ghcr.io/org/app`; Docker Hub names get `index.docker.io` and `library/`. */
function repository(reference) {
    let repo = reference.split('@')[0];
    const slash = repo.lastIndexOf('/');
    const colon = repo.lastIndexOf(':');
    if (colon > slash)
        repo = repo.slice(0, colon);
    const first = repo.split('/')[0];
    const hasRegistry = repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasRegistry)
        return repo.replace(/^docker\.io\//, 'index.docker.io/');
    return `index.docker.io/${repo.includes('/') ? repo : `library/${repo}`}`;
}
/**
 * The image's own purl as Trivy writes it (pkg/purl `parseOCI`): `pkg:oci/<name>@<manifest
 * digest>?arch=…&repository_url=…`, so a CSAF relationship may name the image as the product a
 * package is part of. Only for registry images, which have a repository and a manifest digest.
 * @see https://github.com/package-url/purl-spec/blob/main/types-doc/oci-definition.md
 */
function imagePurl(image) {
    if (image.transport !== 'docker' || !image.manifestDigest)
        return undefined;
    const repo = repository(image.reference.replace(/^docker:\/\//, ''));
    const name = repo.split('/').pop().toLowerCase();
    return new packageurl_js.PackageURL('oci', undefined, name, image.manifestDigest, {
        arch: image.platform.architecture,
        repository_url: repo,
    }).toString();
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/trivyignore.ts


const DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Parses `.trivyignore`: one ID a line, `#` comments, and an optional `exp:YYYY-MM-DD` expiry.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#trivyignore
 */
function parseTrivyignore(text, file) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            return;
        const [id, ...rest] = line.split(/\s+/);
        let expires;
        for (const token of rest) {
            const m = /^exp:(.*)$/.exec(token);
            if (!m)
                throw new IgnoreFileError(file, i + 1, `unexpected "${token}" (only exp:YYYY-MM-DD may follow the ID)`);
            if (!DATE.test(m[1]))
                throw new IgnoreFileError(file, i + 1, `expiry "${m[1]}" is not YYYY-MM-DD`);
            expires = m[1];
        }
        entries.push({ id: id, ...(expires ? { expires } : {}), file, line: i + 1, source: 'trivyignore' });
    });
    return entries;
}
/**
 * Parses `.trivyignore.yaml`: lists `vulnerabilities` and `secrets` of `{id, paths, purls,
 * expired_at, statement}`. `misconfigurations` and `licenses` are accepted and left alone.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#trivyignoreyaml
 */
function parseTrivyignoreYaml(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new IgnoreFileError(file, e.linePos?.[0]?.line ?? 1, e.message);
    }
    const entries = [];
    const root = doc.contents;
    if (root === null)
        return entries;
    if (!(0,dist/* isMap */.jh)(root))
        throw new IgnoreFileError(file, 1, 'expected a mapping with vulnerabilities/secrets lists');
    for (const section of ['vulnerabilities', 'secrets']) {
        const list = root.get(section, true);
        if (list === undefined)
            continue;
        if (!(0,dist/* isSeq */.oP)(list))
            throw new IgnoreFileError(file, 1, `"${section}" must be a list`);
        for (const item of list.items) {
            const line = (0,dist/* isMap */.jh)(item) && item.range ? counter.linePos(item.range[0]).line : 1;
            const value = ((0,dist/* isMap */.jh)(item) ? item.toJSON() : undefined);
            if (!value || typeof value.id !== 'string')
                throw new IgnoreFileError(file, line, `each ${section} entry needs an "id"`);
            const list = (key) => {
                const v = value[key];
                if (v === undefined)
                    return undefined;
                if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
                    throw new IgnoreFileError(file, line, `"${key}" must be a list of strings`);
                return v;
            };
            const expired = value.expired_at;
            const expires = expired instanceof Date
                ? expired.toISOString().slice(0, 10)
                : typeof expired === 'string'
                    ? expired
                    : undefined;
            if (expires !== undefined && !DATE.test(expires))
                throw new IgnoreFileError(file, line, `expired_at "${expires}" is not YYYY-MM-DD`);
            const purls = list('purls');
            const paths = list('paths');
            entries.push({
                id: value.id,
                ...(purls ? { purls } : {}),
                ...(paths ? { paths } : {}),
                ...(typeof value.statement === 'string' ? { reason: value.statement } : {}),
                ...(expires ? { expires } : {}),
                file,
                line,
                source: 'trivyignore.yaml',
            });
        }
    }
    return entries;
}
/**
 * Our own list, `scan.ignore` in portcullis.yaml: `{id, purl?, paths?, reason, expires?}`,
 * where a reason is required so every exception says why it exists.
 */
function parseOwnIgnores(value, file) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new IgnoreFileError(file, 1, 'scan.ignore must be a list');
    return value.map((item, i) => {
        const where = `scan.ignore[${i}]`;
        if (typeof item !== 'object' || item === null)
            throw new IgnoreFileError(file, 1, `${where} must be a mapping`);
        const e = item;
        if (typeof e.id !== 'string' || !e.id)
            throw new IgnoreFileError(file, 1, `${where} needs an "id"`);
        if (typeof e.reason !== 'string' || !e.reason.trim())
            throw new IgnoreFileError(file, 1, `${where} (${e.id}) needs a "reason"`);
        const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
        if (expires !== undefined && (typeof expires !== 'string' || !DATE.test(expires)))
            throw new IgnoreFileError(file, 1, `${where} (${e.id}): expires must be YYYY-MM-DD`);
        const paths = Array.isArray(e.paths) ? e.paths : undefined;
        return {
            id: e.id,
            ...(typeof e.purl === 'string' ? { purls: [e.purl] } : {}),
            ...(paths ? { paths } : {}),
            reason: e.reason,
            ...(typeof expires === 'string' ? { expires } : {}),
            file,
            line: 0,
            source: 'portcullis',
        };
    });
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/read.ts



/**
 * Reads one `--ignore-file`: a Grype configuration (named `*grype*.yaml`, or any YAML with a
 * top-level `ignore:` list), `.trivyignore.yaml` (other YAML) or `.trivyignore` (anything else).
 */
function parseIgnoreFile(text, file) {
    if (!/\.ya?ml$/i.test(file))
        return parseTrivyignore(text, file);
    if (/grype/i.test((0,external_node_path_.basename)(file)) || isGrypeConfig(text))
        return parseGrypeIgnore(text, file);
    return parseTrivyignoreYaml(text, file);
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/vex.ts


/** VEX statuses that take a finding out of the verdict (Trivy filters both). */
const SUPPRESSING = new Set(['not_affected', 'fixed', 'false_positive', 'resolved']);
function products(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const p of value) {
        if (typeof p === 'string')
            out.push(p);
        else if (p && typeof p === 'object') {
            const obj = p;
            const id = obj['@id'] ?? obj.identifiers?.purl;
            if (typeof id === 'string')
                out.push(id);
            for (const sub of products(obj.subcomponents))
                out.push(sub);
        }
    }
    return out;
}
/**
 * Reads an OpenVEX document: statements whose status is `not_affected` (with a justification
 * or impact statement, as the spec requires) or `fixed` suppress the vulnerability for the
 * listed product and subcomponent purls.
 * @see https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md
 */
function parseOpenVex(doc, file) {
    const statements = doc.statements;
    if (!Array.isArray(statements))
        throw new IgnoreFileError(file, 1, 'OpenVEX document without "statements"');
    const entries = [];
    statements.forEach((s, i) => {
        const status = s.status;
        if (typeof status !== 'string' || !SUPPRESSING.has(status))
            return;
        const justification = (s.justification ?? s.impact_statement);
        if (status === 'not_affected' && !justification)
            throw new IgnoreFileError(file, 1, `statements[${i}]: not_affected needs a justification or impact_statement`);
        const vuln = s.vulnerability;
        const ids = typeof vuln === 'string'
            ? [vuln]
            : vuln && typeof vuln === 'object'
                ? [
                    vuln.name,
                    vuln['@id'],
                    ...(vuln.aliases ?? []),
                ].filter((v) => typeof v === 'string')
                : [];
        if (ids.length === 0)
            throw new IgnoreFileError(file, 1, `statements[${i}] names no vulnerability`);
        const purls = products(s.products).filter((p) => p.startsWith('pkg:'));
        for (const id of ids)
            entries.push({
                id,
                ...(purls.length ? { purls } : {}),
                file,
                line: 0,
                source: 'openvex',
                vexStatus: status,
                ...(justification
                    ? { justification, reason: `VEX ${status}: ${justification}` }
                    : { reason: `VEX ${status}` }),
            });
    });
    return entries;
}
/**
 * Reads CycloneDX VEX: `vulnerabilities[].analysis.state` of `not_affected`, `false_positive`
 * or `resolved`, for the components its `affects[].ref` name by purl or by bom-ref.
 * @see https://cyclonedx.org/capabilities/vex/
 */
function parseCycloneDxVex(doc, file) {
    const components = new Map();
    const walk = (list) => {
        if (!Array.isArray(list))
            return;
        for (const c of list) {
            if (typeof c['bom-ref'] === 'string' && typeof c.purl === 'string')
                components.set(c['bom-ref'], c.purl);
            walk(c.components);
        }
    };
    walk(doc.components);
    const entries = [];
    const vulns = Array.isArray(doc.vulnerabilities) ? doc.vulnerabilities : [];
    for (const v of vulns) {
        const analysis = v.analysis;
        const state = analysis?.state;
        if (typeof v.id !== 'string' || typeof state !== 'string' || !SUPPRESSING.has(state))
            continue;
        const refs = Array.isArray(v.affects)
            ? v.affects
                .map((a) => a.ref)
                .filter((r) => typeof r === 'string')
            : [];
        const purls = refs.map((r) => components.get(r) ?? r).filter((r) => r.startsWith('pkg:'));
        const justification = typeof analysis?.justification === 'string' ? analysis.justification : undefined;
        entries.push({
            id: v.id,
            ...(purls.length ? { purls } : {}),
            file,
            line: 0,
            source: 'cyclonedx-vex',
            vexStatus: state,
            reason: `VEX ${state}${justification ? `: ${justification}` : ''}`,
            ...(justification ? { justification } : {}),
        });
    }
    return entries;
}
/** Reads a VEX document, OpenVEX, CycloneDX or CSAF, from its JSON text, detected by content. */
function parseVex(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new IgnoreFileError(file, 1, `not JSON: ${error.message}`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new IgnoreFileError(file, 1, 'a VEX document must be a JSON object');
    const csaf = doc.document;
    if (csaf && typeof csaf === 'object' && ('csaf_version' in csaf || 'category' in csaf))
        return parseCsafVex(doc, file);
    if (typeof doc['@context'] === 'string' && doc['@context'].includes('openvex'))
        return parseOpenVex(doc, file);
    if (doc.bomFormat === 'CycloneDX')
        return parseCycloneDxVex(doc, file);
    throw new IgnoreFileError(file, 1, 'neither an OpenVEX nor a CycloneDX document, nor CSAF VEX');
}

;// CONCATENATED MODULE: ./src/gates/scan/match/ignore/index.ts










;// CONCATENATED MODULE: ./src/gates/scan/match/cpe-candidates.ts
const TARGETS = {
    npm: ['node.js', 'nodejs', 'npm'],
    pypi: ['python', 'pypi'],
    maven: ['java', 'maven', 'jenkins'],
    gem: ['ruby', 'rails', 'ruby_on_rails'],
    golang: ['go', 'golang'],
    cargo: ['rust'],
    composer: ['php', 'wordpress', 'drupal', 'joomla\\!', 'laravel'],
    nuget: ['.net', '.net_framework', 'asp.net', 'nuget'],
};
/** Group-id segments that name no vendor. */
const GENERIC_SEGMENTS = new Set([
    'org',
    'com',
    'net',
    'io',
    'dev',
    'github',
    'gitlab',
    'www',
    'de',
    'co',
    'uk',
]);
const HOSTS_WITH_OWNER = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);
const variants = (name) => {
    const n = name.toLowerCase();
    return [...new Set([n, n.replace(/-/g, '_'), n.replace(/_/g, '-')])];
};
function pairs(vendors, products) {
    const out = new Set();
    for (const v of vendors.filter(Boolean))
        for (const vv of variants(v))
            for (const p of products.filter(Boolean))
                for (const pv of variants(p))
                    out.add(`${vv}:${pv}`);
    return [...out];
}
function namedAfterProduct(name, extraVendors = []) {
    return pairs([name, `${name}_project`, ...extraVendors], [name]);
}
function npm(name) {
    const [scope, bare] = name.startsWith('@') ? name.slice(1).split('/', 2) : [undefined, name];
    if (!bare)
        return [];
    return [
        ...namedAfterProduct(bare, scope ? [scope] : []),
        ...(scope ? pairs([scope], [`${scope}-${bare}`]) : []),
    ];
}
function pypi(name) {
    const n = name.toLowerCase().replace(/[-_.]+/g, '-');
    const stripped = n.replace(/^python-/, '').replace(/-python$/, '');
    return pairs([n, `${n}_project`, 'python', stripped], [n, stripped]);
}
function maven(group, artifact) {
    const segments = (group ?? '')
        .toLowerCase()
        .split('.')
        .filter((s) => s && !GENERIC_SEGMENTS.has(s));
    const products = [artifact, artifact.replace(/-(core|api|java|parent|all)$/i, '')];
    const last = segments[segments.length - 1];
    if (last)
        products.push(last);
    return pairs([...segments, artifact, `${artifact}_project`], products);
}
function golang(module) {
    const parts = module
        .toLowerCase()
        .replace(/\/v\d+$/, '')
        .split('/');
    const [host, owner, repo] = parts;
    if (host && HOSTS_WITH_OWNER.has(host) && owner && repo)
        return pairs([owner, repo, `${repo}_project`], [repo]);
    const product = parts[parts.length - 1] ?? module;
    const vendor = host?.split('.').slice(-2, -1)[0] ?? product;
    return pairs([vendor, product, `${product}_project`], [product]);
}
function composer(name) {
    const [vendor, product] = name.toLowerCase().split('/', 2);
    if (!vendor || !product)
        return namedAfterProduct(name);
    return [...pairs([vendor], [product]), ...namedAfterProduct(product)];
}
function nuget(name) {
    const n = name.toLowerCase();
    const [first] = n.split('.');
    return pairs([n, first ?? n, `${n}_project`], [n, n.split('.').slice(1).join('.') || n]);
}
/**
 * Guesses the CPEs NVD may file a language package under, in the way Grype and Syft do:
 * the package name as vendor and product, `<name>_project`, the npm scope, the Maven group
 * segments, the Go module owner, the Composer vendor. These are guesses: every match they
 * make is reported as low confidence. OS packages get none (distro advisories cover them).
 * @see https://github.com/anchore/syft/tree/main/syft/pkg/cataloger/internal/cpegenerate
 */
function cpeCandidates(pkg) {
    if (pkg.type !== 'library')
        return undefined;
    const targets = TARGETS[pkg.ecosystem];
    if (!targets)
        return undefined;
    const keys = pkg.ecosystem === 'npm'
        ? npm(pkg.name)
        : pkg.ecosystem === 'pypi'
            ? pypi(pkg.name)
            : pkg.ecosystem === 'maven'
                ? maven(pkg.group, pkg.name)
                : pkg.ecosystem === 'golang'
                    ? golang(pkg.name)
                    : pkg.ecosystem === 'composer'
                        ? composer(pkg.name)
                        : pkg.ecosystem === 'nuget'
                            ? nuget(pkg.name)
                            : namedAfterProduct(pkg.name.toLowerCase());
    return { keys, targets: new Set(targets) };
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(44353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/gates/scan/match/severity.ts

// A CommonJS package marked `__esModule`: Node's ESM loader puts its exports under `default`,
// a bundler puts them on the namespace itself. Take them from whichever has them.
const cvssCalculator = (ae_cvss_calculator_default()) ?? ae_cvss_calculator;
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;
/**
 * Debian tracker urgency → severity, as Trivy maps it (`unimportant`/`low*` low, `medium*`
 * medium, `high*` high, `not yet assigned`/`end-of-life` unknown).
 * @see https://security-team.debian.org/security_tracker.html#severity-levels
 */
function debianUrgency(urgency) {
    const u = urgency.toLowerCase();
    if (u === 'unimportant' || u.startsWith('low'))
        return 'low';
    if (u.startsWith('medium'))
        return 'medium';
    if (u.startsWith('high'))
        return 'high';
    return 'unknown';
}
/** Ubuntu priorities: negligible, low, medium, high, critical. */
function ubuntuPriority(priority) {
    const p = priority.toLowerCase();
    if (p === 'negligible' || p === 'low')
        return 'low';
    if (p === 'medium' || p === 'high' || p === 'critical')
        return p;
    return undefined;
}
/** Red Hat impact words, used by AlmaLinux and Rocky errata: Low, Moderate, Important, Critical. */
function redHatImpact(word) {
    const w = word.toLowerCase();
    if (w === 'low')
        return 'low';
    if (w === 'moderate')
        return 'medium';
    if (w === 'important')
        return 'high';
    if (w === 'critical')
        return 'critical';
    return undefined;
}
/** GHSA `database_specific.severity`: LOW, MODERATE, HIGH, CRITICAL. */
function ghsaSeverity(word) {
    const w = word.toUpperCase();
    if (w === 'LOW')
        return 'low';
    if (w === 'MODERATE' || w === 'MEDIUM')
        return 'medium';
    if (w === 'HIGH')
        return 'high';
    if (w === 'CRITICAL')
        return 'critical';
    return undefined;
}
/** CVSS qualitative rating of a base score (CVSS v3.1 spec §5; the same bands for v4.0). */
function cvssRating(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'unknown';
}
/**
 * Computes the base score of an OSV severity vector with ae-cvss-calculator. Returns undefined
 * for vectors it cannot read (which then do not count).
 * @see https://ossf.github.io/osv-schema/#severityscore-field
 */
function scoreCvss(entry) {
    const key = `${entry.type}\u0000${entry.score}`;
    if (SCORES.has(key))
        return SCORES.get(key);
    const score = computeCvss(entry);
    if (SCORES.size > 10_000)
        SCORES.clear();
    SCORES.set(key, score);
    return score;
}
/** Vectors repeat across advisories; scoring one takes ~0.1 ms, so results are kept. */
const SCORES = new Map();
function computeCvss(entry) {
    const base = (score) => {
        if (score === undefined || Number.isNaN(score))
            throw new Error('no base score');
        return score;
    };
    try {
        const vector = entry.score.trim();
        if (entry.type === 'CVSS_V4' || vector.startsWith('CVSS:4.0/'))
            return { version: '4.0', vector, score: base(new Cvss4P0(vector).calculateScores().base) };
        if (vector.startsWith('CVSS:3.1/'))
            return { version: '3.1', vector, score: base(new Cvss3P1(vector).calculateScores().base) };
        if (vector.startsWith('CVSS:3.0/'))
            return { version: '3.0', vector, score: base(new Cvss3P0(vector).calculateScores().base) };
        if (entry.type === 'CVSS_V2')
            return { version: '2.0', vector, score: base(new Cvss2(vector).calculateScores().base) };
    }
    catch {
        return undefined;
    }
    return undefined;
}
const CVSS_SOURCE = {
    '4.0': 'cvss_v4',
    '3.1': 'cvss_v3',
    '3.0': 'cvss_v3',
    '2.0': 'cvss_v2',
};
function vendorSeverity(record, affected) {
    const ecosystem = affected.package?.ecosystem.split(':')[0] ?? '';
    const specific = { ...affected.database_specific, ...affected.ecosystem_specific };
    if (ecosystem === 'Debian' && typeof specific.urgency === 'string') {
        return { severity: debianUrgency(specific.urgency), source: 'debian' };
    }
    if (ecosystem === 'Ubuntu') {
        const entry = [...(affected.severity ?? []), ...(record.severity ?? [])].find((s) => s.type === 'Ubuntu');
        const severity = entry && ubuntuPriority(entry.score);
        if (severity)
            return { severity, source: 'ubuntu' };
    }
    const rpmSources = {
        AlmaLinux: 'almalinux',
        'Rocky Linux': 'rocky',
        'Red Hat': 'redhat',
    };
    const rpmSource = rpmSources[ecosystem];
    if (rpmSource) {
        const declared = typeof specific.severity === 'string' ? redHatImpact(specific.severity) : undefined;
        const fromSummary = /^(Low|Moderate|Important|Critical):/.exec(record.summary ?? '')?.[1];
        const severity = declared ?? (fromSummary ? redHatImpact(fromSummary) : undefined);
        if (severity)
            return { severity, source: rpmSource };
    }
    return undefined;
}
/**
 * Chooses a finding's severity in Trivy's order: the distro's own rating for distro packages,
 * then GHSA's, then CVSS computed from the vector (v4, v3, v2), then unknown.
 * @see https://github.com/aquasecurity/trivy/blob/main/pkg/vulnerability/vulnerability.go
 */
function chooseSeverity(record, affected) {
    const vendor = vendorSeverity(record, affected);
    if (vendor && vendor.severity !== 'unknown')
        return vendor;
    const ghsaWord = record.database_specific?.severity;
    if (typeof ghsaWord === 'string' &&
        (record.id.startsWith('GHSA-') || record.aliases?.some((a) => a.startsWith('GHSA-')))) {
        const severity = ghsaSeverity(ghsaWord);
        if (severity)
            return { severity, source: 'ghsa' };
    }
    const scores = [...(affected.severity ?? []), ...(record.severity ?? [])]
        .map(scoreCvss)
        .filter((s) => s !== undefined);
    const rank = (s) => ({ '4.0': 3, '3.1': 2, '3.0': 2, '2.0': 1 })[s.version];
    const best = scores.sort((a, b) => rank(b) - rank(a))[0];
    if (best)
        return { severity: cvssRating(best.score), source: CVSS_SOURCE[best.version], cvss: best };
    return vendor ?? { severity: 'unknown', source: 'unknown' };
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/types.ts
/** A version string the ecosystem's rules cannot order; the matcher reports it rather than guessing. */
class InvalidVersionError extends Error {
    scheme;
    version;
    constructor(scheme, version, reason = 'not a valid version') {
        super(`${scheme} version "${version}": ${reason}`);
        this.scheme = scheme;
        this.version = version;
        this.name = 'InvalidVersionError';
    }
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/apk.ts

/** Token kinds in the order apk-tools ranks them when one version ends earlier than the other. */
var Token;
(function (Token) {
    Token[Token["Invalid"] = -1] = "Invalid";
    Token[Token["DigitOrZero"] = 0] = "DigitOrZero";
    Token[Token["Digit"] = 1] = "Digit";
    Token[Token["Letter"] = 2] = "Letter";
    Token[Token["Suffix"] = 3] = "Suffix";
    Token[Token["SuffixNo"] = 4] = "SuffixNo";
    Token[Token["RevisionNo"] = 5] = "RevisionNo";
    Token[Token["End"] = 6] = "End";
})(Token || (Token = {}));
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isLower = (c) => c !== undefined && c >= 'a' && c <= 'z';
/** A reader over one version string that yields apk-tools' tokens one at a time. */
class Reader {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    nextKind(current) {
        const c = this.text[this.pos];
        let next = Token.Invalid;
        if (c === undefined)
            next = Token.End;
        else if ((current === Token.Digit || current === Token.DigitOrZero) && isLower(c))
            next = Token.Letter;
        else if (current === Token.Letter && isDigit(c))
            next = Token.Digit;
        else if (current === Token.Suffix && isDigit(c))
            next = Token.SuffixNo;
        else {
            this.pos++;
            if (c === '.')
                next = Token.DigitOrZero;
            else if (c === '_')
                next = Token.Suffix;
            else if (c === '-' && this.text[this.pos] === 'r') {
                this.pos++;
                next = Token.RevisionNo;
            }
        }
        if (next < current) {
            const allowed = (next === Token.DigitOrZero && current === Token.Digit) ||
                (next === Token.Suffix && current === Token.SuffixNo) ||
                (next === Token.Digit && current === Token.Letter);
            if (!allowed)
                return Token.Invalid;
        }
        return next;
    }
    /** Reads the value of a token of kind `kind`; returns it with the kind of the token after it. */
    read(kind) {
        if (this.pos >= this.text.length)
            return [0, Token.End];
        let value = 0;
        let forced;
        switch (kind) {
            case Token.DigitOrZero:
                if (this.text[this.pos] === '0') {
                    // Leading zeros rank below any digit ("1.02" < "1.2"): all but the last zero are
                    // counted negatively, and the last one starts the digit token that follows.
                    let zeros = 0;
                    while (this.text[this.pos + zeros + 1] === '0')
                        zeros++;
                    this.pos += zeros;
                    value = -zeros;
                    forced = Token.Digit;
                    break;
                }
                return this.readDigits(kind);
            case Token.Digit:
            case Token.SuffixNo:
            case Token.RevisionNo:
                return this.readDigits(kind);
            case Token.Letter:
                value = this.text.charCodeAt(this.pos);
                this.pos++;
                break;
            case Token.Suffix: {
                const suffix = this.readSuffix();
                if (suffix === undefined)
                    return [-1, Token.Invalid];
                value = suffix;
                break;
            }
            default:
                return [-1, Token.Invalid];
        }
        return [value, this.after(kind, forced)];
    }
    readDigits(kind) {
        const start = this.pos;
        const value = this.readNumber();
        if (this.pos - start >= 18)
            return [-1, Token.Invalid];
        return [value, this.after(kind)];
    }
    after(kind, forced) {
        if (this.pos >= this.text.length)
            return Token.End;
        return forced ?? this.nextKind(kind);
    }
    readNumber() {
        let value = 0;
        while (isDigit(this.text[this.pos])) {
            value = value * 10 + (this.text.charCodeAt(this.pos) - 48);
            this.pos++;
        }
        return value;
    }
    readSuffix() {
        const rest = this.text.slice(this.pos);
        const pre = PRE_SUFFIXES.findIndex((s) => rest.startsWith(s));
        if (pre >= 0) {
            this.pos += PRE_SUFFIXES[pre].length;
            return pre - PRE_SUFFIXES.length;
        }
        const post = POST_SUFFIXES.findIndex((s) => rest.startsWith(s));
        if (post >= 0) {
            this.pos += POST_SUFFIXES[post].length;
            return post;
        }
        return undefined;
    }
}
/** True when apk-tools accepts `version` (e.g. `1.2.3_rc1-r0`, `2.12r-r4`). */
function isValidApkVersion(version) {
    if (version === '')
        return false;
    const reader = new Reader(version);
    let kind = Token.Digit;
    while (kind !== Token.End && kind !== Token.Invalid)
        [, kind] = reader.read(kind);
    return kind === Token.End;
}
/**
 * Compares Alpine package versions as apk-tools' `apk_version_compare` does: dot-separated
 * numbers (leading zeros rank low), one optional letter, suffixes
 * `_alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p`, then `-rN`.
 * @see https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/src/version.c
 */
function compareApk(a, b) {
    // Like apk itself, a version with an unknown part still orders by its valid prefix
    // ("23_foo" > "4_beta"); only an empty version cannot be ordered at all.
    if (a.trim() === '')
        throw new InvalidVersionError('apk', a);
    if (b.trim() === '')
        throw new InvalidVersionError('apk', b);
    const ra = new Reader(a);
    const rb = new Reader(b);
    let at = Token.Digit;
    let bt = Token.Digit;
    let av = 0;
    let bv = 0;
    while (at === bt && at !== Token.End && at !== Token.Invalid && av === bv) {
        [av, at] = ra.read(at);
        [bv, bt] = rb.read(bt);
    }
    if (av !== bv)
        return sign(av - bv);
    if (at === bt)
        return 0;
    // The longer version is newer, unless what it has more of is a pre-release suffix.
    if (at === Token.Suffix && ra.read(at)[0] < 0)
        return -1;
    if (bt === Token.Suffix && rb.read(bt)[0] < 0)
        return 1;
    return at > bt ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/dpkg.ts

/**
 * Orders each character of a non-digit run the way dpkg's `order()` does: `~` before
 * everything (even the end of the string), letters before every other character.
 */
function order(code) {
    if (code === undefined)
        return 0;
    if (code >= 48 && code <= 57)
        return 0;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))
        return code;
    if (code === 126)
        return -1;
    return code + 256;
}
function dpkg_isDigit(code) {
    return code !== undefined && code >= 48 && code <= 57;
}
/** dpkg's `verrevcmp`, for an upstream version or a revision. */
function compareFragment(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !dpkg_isDigit(a.charCodeAt(i))) || (j < b.length && !dpkg_isDigit(b.charCodeAt(j)))) {
            const ac = order(i < a.length ? a.charCodeAt(i) : undefined);
            const bc = order(j < b.length ? b.charCodeAt(j) : undefined);
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (a.charCodeAt(i) === 48)
            i++;
        while (b.charCodeAt(j) === 48)
            j++;
        while (dpkg_isDigit(a.charCodeAt(i)) && dpkg_isDigit(b.charCodeAt(j))) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (dpkg_isDigit(a.charCodeAt(i)))
            return 1;
        if (dpkg_isDigit(b.charCodeAt(j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/** Splits `[epoch:]upstream[-revision]` as dpkg's `parseversion` does (deb-version(7)). */
function parseDpkgVersion(version) {
    const text = version.trim();
    if (text === '' || /\s/.test(text))
        throw new InvalidVersionError('dpkg', version);
    const colon = text.indexOf(':');
    let epoch = 0;
    let rest = text;
    if (colon >= 0) {
        const epochText = text.slice(0, colon);
        if (!/^\d+$/.test(epochText))
            throw new InvalidVersionError('dpkg', version, 'epoch is not a number');
        epoch = Number(epochText);
        rest = text.slice(colon + 1);
    }
    const hyphen = rest.lastIndexOf('-');
    const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
    const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
    if (upstream === '')
        throw new InvalidVersionError('dpkg', version, 'empty upstream version');
    return { epoch, upstream, revision };
}
/**
 * Compares Debian package versions exactly as `dpkg --compare-versions` does.
 * @see https://manpages.debian.org/bookworm/dpkg-dev/deb-version.7.en.html
 */
function compareDpkg(a, b) {
    const va = parseDpkgVersion(a);
    const vb = parseDpkgVersion(b);
    if (va.epoch !== vb.epoch)
        return va.epoch < vb.epoch ? -1 : 1;
    return sign(compareFragment(va.upstream, vb.upstream) || compareFragment(va.revision, vb.revision));
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/maven.ts

/** Known qualifiers in release order; `""` is the release itself (also `ga`, `final`, `release`). */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
/** Unknown qualifiers sort after all known ones, among themselves lexically. */
function comparableQualifier(qualifier) {
    const index = QUALIFIERS.indexOf(qualifier);
    return index < 0 ? `${QUALIFIERS.length}-${qualifier}` : String(index);
}
class IntItem {
    value;
    kind = 'int';
    constructor(value) {
        this.value = value;
    }
    isNull() {
        return this.value === 0n;
    }
    compareTo(other) {
        if (other === undefined)
            return this.value === 0n ? 0 : 1;
        if (other.kind !== 'int')
            return 1;
        return this.value === other.value ? 0 : this.value < other.value ? -1 : 1;
    }
}
class StringItem {
    kind = 'string';
    value;
    constructor(value, followedByDigit) {
        let v = value;
        if (followedByDigit && v.length === 1) {
            // 'a1' is alpha-1, 'b1' beta-1, 'm1' milestone-1.
            v = { a: 'alpha', b: 'beta', m: 'milestone' }[v] ?? v;
        }
        this.value = ALIASES[v] ?? v;
    }
    isNull() {
        return comparableQualifier(this.value) === RELEASE_INDEX;
    }
    compareTo(other) {
        const mine = comparableQualifier(this.value);
        if (other === undefined)
            return compareStrings(mine, RELEASE_INDEX);
        if (other.kind === 'int' || other.kind === 'list')
            return -1;
        return compareStrings(mine, comparableQualifier(other.value));
    }
}
class ListItem {
    kind = 'list';
    items = [];
    isNull() {
        return this.items.length === 0;
    }
    /** Drops trailing null items (0, "", empty lists) before the last non-list item. */
    normalize() {
        for (let i = this.items.length - 1; i >= 0; i--) {
            const last = this.items[i];
            if (last.isNull())
                this.items.splice(i, 1);
            else if (last.kind !== 'list')
                break;
        }
    }
    compareTo(other) {
        if (other === undefined) {
            const first = this.items[0];
            return first === undefined ? 0 : first.compareTo(undefined);
        }
        if (other.kind === 'int')
            return -1;
        if (other.kind === 'string')
            return 1;
        const length = Math.max(this.items.length, other.items.length);
        for (let i = 0; i < length; i++) {
            const l = this.items[i];
            const r = other.items[i];
            const result = l === undefined ? (r === undefined ? 0 : -r.compareTo(l)) : l.compareTo(r);
            if (result !== 0)
                return result;
        }
        return 0;
    }
}
function compareStrings(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
function parseItem(isDigit, text) {
    return isDigit ? new IntItem(BigInt(text)) : new StringItem(text, false);
}
function parseMaven(version) {
    const text = version.trim().toLowerCase();
    if (text === '')
        throw new InvalidVersionError('maven', version);
    const root = new ListItem();
    let list = root;
    const stack = [root];
    const push = () => {
        const next = new ListItem();
        list.items.push(next);
        list = next;
        stack.push(next);
    };
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.') {
            list.items.push(i === start ? new IntItem(0n) : parseItem(isDigit, text.slice(start, i)));
            start = i + 1;
        }
        else if (c === '-') {
            list.items.push(i === start ? new IntItem(0n) : parseItem(isDigit, text.slice(start, i)));
            start = i + 1;
            push();
        }
        else if (c >= '0' && c <= '9') {
            if (!isDigit && i > start) {
                list.items.push(new StringItem(text.slice(start, i), true));
                start = i;
                push();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.items.push(parseItem(true, text.slice(start, i)));
                start = i;
                push();
            }
            isDigit = false;
        }
    }
    if (text.length > start)
        list.items.push(parseItem(isDigit, text.slice(start)));
    while (stack.length > 0)
        stack.pop().normalize();
    return root;
}
/**
 * Compares Maven versions with the rules of Maven's `ComparableVersion` (3.6–3.8 semantics,
 * the ones Trivy and Grype use): `.`/`-`/digit-letter transitions split items, qualifiers order
 * `alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < others`,
 * and trailing zeros and empty qualifiers are dropped.
 * @see https://maven.apache.org/ref/3.8.8/maven-artifact/apidocs/org/apache/maven/artifact/versioning/ComparableVersion.html
 */
function compareMaven(a, b) {
    return parseMaven(a).compareTo(parseMaven(b));
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/packagist.ts

/** PHP `version_compare` special forms, in order; unknown words rank lowest, numbers above `#`. */
const SPECIAL = {
    dev: 0,
    alpha: 1,
    a: 1,
    beta: 2,
    b: 2,
    rc: 3,
    RC: 3,
    '#': 4,
    pl: 5,
    p: 5,
};
function canonical(version) {
    const text = version.trim().replace(/^v(?=\d)/i, '');
    if (text === '' || /\s/.test(text))
        throw new InvalidVersionError('packagist', version);
    return text
        .replace(/[-_+]/g, '.')
        .replace(/(\d)(?=[^\d.])|([^\d.])(?=\d)/g, '$1$2.')
        .split('.')
        .filter((part) => part !== '');
}
function rankOf(part) {
    return SPECIAL[part] ?? SPECIAL[part.toLowerCase()] ?? -1;
}
function comparePart(a, b) {
    const aNum = /^\d+$/.test(a);
    const bNum = /^\d+$/.test(b);
    if (aNum && bNum)
        return sign(Number(a) - Number(b));
    if (!aNum && !bNum)
        return sign(rankOf(a) - rankOf(b));
    // A number against a word: the number ranks as '#'.
    return aNum ? sign(SPECIAL['#'] - rankOf(b)) : sign(rankOf(a) - SPECIAL['#']);
}
/**
 * Compares Composer package versions the way PHP's `version_compare` orders them
 * (`dev < alpha = a < beta = b < RC = rc < # < pl = p`), after dropping a leading `v`.
 * @see https://www.php.net/manual/en/function.version-compare.php
 */
function comparePackagist(a, b) {
    const left = canonical(a);
    const right = canonical(b);
    const length = Math.max(left.length, right.length);
    for (let i = 0; i < length; i++) {
        const l = left[i];
        const r = right[i];
        // PHP: a missing part against a number is smaller; against a word, '#' vs the word.
        if (l === undefined)
            return /^\d+$/.test(r) ? -1 : comparePart('#', r);
        if (r === undefined)
            return /^\d+$/.test(l) ? 1 : comparePart(l, '#');
        const result = comparePart(l, r);
        if (result !== 0)
            return result;
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./src/gates/scan/match/versions/pep440.ts


/**
 * Compares Python package versions by PEP 440 (epoch `N!`, pre/post/dev releases, local `+x`).
 * @see https://peps.python.org/pep-0440/
 */
function comparePep440(a, b) {
    if ((0,pep440.valid)(a) === null)
        throw new InvalidVersionError('pep440', a);
    if ((0,pep440.valid)(b) === null)
        throw new InvalidVersionError('pep440', b);
    return sign((0,pep440.compare)(a, b));
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/rpm.ts

const rpm_isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isAlnum = (c) => rpm_isDigit(c) || isAlpha(c);
/**
 * rpm's `rpmvercmp` for one version or release string, with `~` (sorts before anything, even
 * the end) and `^` (sorts after the end but before any other addition), as in rpm ≥ 4.15.
 * @see https://github.com/rpm-software-management/rpm/blob/master/rpmio/rpmvercmp.cc
 */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (!(i < a.length && j < b.length))
            break;
        const numeric = rpm_isDigit(a[i]);
        const inSegment = numeric ? rpm_isDigit : isAlpha;
        let ei = i;
        let ej = j;
        while (ei < a.length && inSegment(a[ei]))
            ei++;
        while (ej < b.length && inSegment(b[ej]))
            ej++;
        // A numeric segment is newer than an alphabetic one.
        if (ej === j)
            return numeric ? 1 : -1;
        let sa = a.slice(i, ei);
        let sb = b.slice(j, ej);
        if (numeric) {
            sa = sa.replace(/^0+/, '');
            sb = sb.replace(/^0+/, '');
            if (sa.length !== sb.length)
                return sa.length > sb.length ? 1 : -1;
        }
        if (sa !== sb)
            return sa < sb ? -1 : 1;
        i = ei;
        j = ej;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i < a.length ? 1 : -1;
}
/** Parses `[epoch:]version[-release]`; a missing epoch is 0 as in `rpm -q --qf %{EPOCHNUM}`. */
function parseRpmEvr(evr) {
    const text = evr.trim();
    if (text === '' || /\s/.test(text))
        throw new InvalidVersionError('rpm', evr);
    const colon = text.indexOf(':');
    let epoch = 0;
    let rest = text;
    if (colon >= 0) {
        const epochText = text.slice(0, colon);
        if (!/^\d*$/.test(epochText))
            throw new InvalidVersionError('rpm', evr, 'epoch is not a number');
        epoch = epochText === '' ? 0 : Number(epochText);
        rest = text.slice(colon + 1);
    }
    const hyphen = rest.lastIndexOf('-');
    return hyphen >= 0
        ? { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen + 1) }
        : { epoch, version: rest, release: '' };
}
/**
 * Compares two rpm EVR strings like `rpm.labelCompare` (rpmVersionCompare): epoch, then
 * version, then release, each with rpmvercmp.
 */
function compareRpm(a, b) {
    const ea = parseRpmEvr(a);
    const eb = parseRpmEvr(b);
    if (ea.epoch !== eb.epoch)
        return ea.epoch < eb.epoch ? -1 : 1;
    return rpmvercmp(ea.version, eb.version) || rpmvercmp(ea.release, eb.release);
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/rubygems.ts

const VALID = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** Gem::Version#canonical_segments: numbers then strings, trailing zeros of each part dropped. */
function canonicalSegments(version) {
    const text = version.trim();
    if (!VALID.test(text))
        throw new InvalidVersionError('rubygems', version);
    const normalised = text.replace(/-/g, '.pre.');
    const segments = (normalised.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => /^\d+$/.test(s) ? Number(s) : s);
    const firstString = segments.findIndex((s) => typeof s === 'string');
    const numeric = firstString < 0 ? segments : segments.slice(0, firstString);
    const strings = firstString < 0 ? [] : segments.slice(firstString);
    const trim = (list) => {
        let end = list.length;
        while (end > 0 && list[end - 1] === 0)
            end--;
        return list.slice(0, end);
    };
    return [...trim(numeric), ...trim(strings)];
}
/**
 * Compares RubyGems versions as `Gem::Version#<=>` does: a letter makes a pre-release
 * (`1.0.a < 1.0`), `-` means `.pre.`, and trailing zeros do not count.
 * @see https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb
 */
function compareRubyGems(a, b) {
    const left = canonicalSegments(a);
    const right = canonicalSegments(b);
    const limit = Math.max(left.length, right.length);
    for (let i = 0; i < limit; i++) {
        const l = left[i] ?? 0;
        const r = right[i] ?? 0;
        if (l === r)
            continue;
        if (typeof l === 'string' && typeof r === 'number')
            return -1;
        if (typeof l === 'number' && typeof r === 'string')
            return 1;
        return l < r ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/gates/scan/match/versions/semver.ts


function parseStrict(scheme, version) {
    const parsed = semver_default().parse(version.trim().replace(/^v(?=\d)/, ''));
    if (!parsed)
        throw new InvalidVersionError(scheme, version);
    return parsed;
}
/**
 * Compares SemVer 2.0.0 versions (npm, crates.io, OSV `SEMVER` ranges): pre-releases sort before
 * the release, build metadata is ignored. A leading `v` is accepted.
 * @see https://semver.org/#spec-item-11
 */
function compareSemver(a, b) {
    return sign(semver_default().compare(parseStrict('semver', a), parseStrict('semver', b)));
}
/**
 * Compares Go module versions: SemVer with a `v` prefix, where pseudo-versions
 * (`v0.0.0-20210101000000-abcdef123456`) are pre-releases and `+incompatible` is build metadata.
 * `go`/`stdlib` toolchain versions such as `1.21` or `go1.21rc2` are normalised first.
 * @see https://go.dev/ref/mod#versions
 * @see https://go.dev/ref/mod#pseudo-versions
 */
function compareGo(a, b) {
    return sign(semver_default().compare(parseStrict('go', goToSemver(a)), parseStrict('go', goToSemver(b))));
}
/** `go1.21` / `1.21` → `1.21.0`, `go1.21rc2` → `1.21.0-rc.2`; module versions pass through. */
function goToSemver(version) {
    const toolchain = /^(?:go)?v?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(version.trim());
    if (!toolchain)
        return version;
    const [, major, minor, patch, pre, preNumber] = toolchain;
    return `${major}.${minor}.${patch ?? 0}${pre ? `-${pre}.${preNumber}` : ''}`;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/versions/index.ts

















const COMPARATORS = {
    dpkg: compareDpkg,
    apk: compareApk,
    rpm: compareRpm,
    pep440: comparePep440,
    semver: compareSemver,
    go: compareGo,
    maven: compareMaven,
    rubygems: compareRubyGems,
    packagist: comparePackagist,
};
/** OSV ecosystem name (before any `:release`) → the version scheme its `ECOSYSTEM` ranges use. */
const ECOSYSTEM_SCHEMES = {
    Debian: 'dpkg',
    Ubuntu: 'dpkg',
    Alpine: 'apk',
    Wolfi: 'apk',
    Chainguard: 'apk',
    AlmaLinux: 'rpm',
    'Rocky Linux': 'rpm',
    'Red Hat': 'rpm',
    openSUSE: 'rpm',
    SUSE: 'rpm',
    Mageia: 'rpm',
    npm: 'semver',
    'crates.io': 'semver',
    PyPI: 'pep440',
    Go: 'go',
    Maven: 'maven',
    RubyGems: 'rubygems',
    Packagist: 'packagist',
};
/**
 * The version scheme of an OSV ecosystem such as `Debian:12` or `PyPI`; undefined when we have
 * no exact comparator, in which case ranges of that ecosystem are never guessed at.
 * @see https://ossf.github.io/osv-schema/#affectedpackage-field
 */
function schemeForEcosystem(ecosystem) {
    const base = ecosystem.split(':')[0];
    return ECOSYSTEM_SCHEMES[base];
}
/** The comparator for an OSV range: `SEMVER` ranges are SemVer whatever the ecosystem. */
function comparatorFor(ecosystem, rangeType = 'ECOSYSTEM') {
    if (rangeType === 'SEMVER')
        return schemeForEcosystem(ecosystem) === 'go' ? compareGo : compareSemver;
    if (rangeType !== 'ECOSYSTEM')
        return undefined;
    const scheme = schemeForEcosystem(ecosystem);
    return scheme ? COMPARATORS[scheme] : undefined;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/cpe-match.ts





const ANY = new Set(['*', '-', '']);
/**
 * The package's ecosystem order, falling back to Maven's ComparableVersion (which orders any
 * dotted string) when NVD writes a bound the ecosystem's parser refuses, such as `4.17` for npm.
 */
function lenientComparator(pkg) {
    const query = languageQuery(pkg);
    const exact = query ? comparatorFor(query.ecosystem) : undefined;
    const generic = COMPARATORS.maven;
    if (!exact)
        return generic;
    return (a, b) => {
        try {
            return exact(a, b);
        }
        catch {
            return generic(a, b);
        }
    };
}
/** Whether an installed version falls in one NVD `cpeMatch`: its exact version, or its start/end bounds. */
function criterionAffects(version, criterion, cmp, cpe = (0,vulndb_cpe/* parseCpe23 */.J)(criterion.criteria)) {
    if (!cpe || cpe.version === '-')
        return { affected: false };
    if (cpe.version !== '*') {
        if (ANY.has(cpe.update))
            return { affected: cmp(version, cpe.version) === 0 };
        const forms = [
            `${cpe.version}-${cpe.update}`,
            `${cpe.version}.${cpe.update}`,
            `${cpe.version}${cpe.update}`,
        ];
        return { affected: forms.some((f) => cmp(version, f) === 0) };
    }
    const c = criterion;
    if (c.versionStartIncluding && cmp(version, c.versionStartIncluding) < 0)
        return { affected: false };
    if (c.versionStartExcluding && cmp(version, c.versionStartExcluding) <= 0)
        return { affected: false };
    if (c.versionEndIncluding && cmp(version, c.versionEndIncluding) > 0)
        return { affected: false };
    if (c.versionEndExcluding) {
        if (cmp(version, c.versionEndExcluding) >= 0)
            return { affected: false };
        return { affected: true, fixed: c.versionEndExcluding };
    }
    return { affected: true };
}
/** The first criterion for fitting target software that the version falls in, with its fix. */
function firstAffecting(version, criteria, targets, cmp) {
    for (const criterion of criteria) {
        const cpe = (0,vulndb_cpe/* parseCpe23 */.J)(criterion.criteria);
        if (!cpe || !(ANY.has(cpe.targetSw) || targets.has(cpe.targetSw)))
            continue;
        const verdict = criterionAffects(version, criterion, cmp, cpe);
        if (verdict.affected)
            return { criterion, ...(verdict.fixed ? { fixed: verdict.fixed } : {}) };
    }
    return undefined;
}
/**
 * Opt-in CPE matching (`--cpe-match`) of one language package against NVD data: the package's
 * guessed CPEs are looked up by `vendor:product`, criteria for other target software are
 * skipped, and a CVE that an ecosystem advisory already decides for this package (`known`,
 * matched or not) is left to that advisory. Every match is `confidence: 'low'`.
 */
function matchCpe(pkg, db, known) {
    const candidates = cpeCandidates(pkg);
    if (!candidates)
        return [];
    const cmp = lenientComparator(pkg);
    const matches = new Map();
    for (const key of candidates.keys) {
        for (const record of db.lookup(nvd/* NVD_ECOSYSTEM */.CW, key)) {
            const cve = (0,nvd/* cveIdOf */.Rx)(record);
            if (record.withdrawn || known.has(cve) || matches.has(cve))
                continue;
            for (const affected of record.affected ?? []) {
                if (affected.package?.ecosystem !== nvd/* NVD_ECOSYSTEM */.CW || affected.package.name !== key)
                    continue;
                const hit = firstAffecting(pkg.version, (0,nvd/* cpeCriteriaOf */.f1)(affected), candidates.targets, cmp);
                if (!hit)
                    continue;
                const { criterion, fixed } = hit;
                const severity = chooseSeverity(record, affected);
                matches.set(cve, {
                    id: cve,
                    aliases: [],
                    related: [],
                    ...(record.summary ? { summary: record.summary } : {}),
                    package: pkg,
                    ecosystem: nvd/* NVD_ECOSYSTEM */.CW,
                    advisoryPackage: key,
                    installedVersion: pkg.version,
                    ...(fixed ? { fixedVersion: fixed } : {}),
                    status: fixed ? 'fixed' : 'affected',
                    severity: severity.severity,
                    severitySource: severity.source,
                    ...(severity.cvss ? { cvss: severity.cvss } : {}),
                    ...(record.published ? { published: record.published } : {}),
                    modified: record.modified,
                    references: (record.references ?? []).map((r) => r.url),
                    layer: pkg.layer,
                    confidence: 'low',
                    cpe: criterion.criteria,
                });
                break;
            }
        }
    }
    return [...matches.values()];
}

;// CONCATENATED MODULE: ./src/gates/scan/match/range.ts

/** A version or bound that the ecosystem's comparator cannot order. */
class UndecidableError extends Error {
}
function eventKind(event) {
    const [kind, value] = Object.entries(event)[0];
    return [kind, value];
}
/**
 * Evaluates one `SEMVER` or `ECOSYSTEM` range with the algorithm of the OSV schema: events
 * are sorted by version, `introduced` opens, `fixed` closes at the version, `last_affected`
 * closes after it, and `limit` caps the range.
 * @see https://ossf.github.io/osv-schema/#evaluation
 */
function evaluateRange(version, range, cmp) {
    const isZero = (v) => v === '0';
    const compareTo = (v) => (isZero(v) ? 1 : cmp(version, v));
    const events = range.events.map(eventKind);
    for (const [kind, value] of events) {
        if (kind === 'limit' && value !== '*' && compareTo(value) >= 0)
            return { affected: false };
    }
    const order = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };
    const sorted = events
        .filter(([kind]) => kind !== 'limit')
        .sort(([ka, va], [kb, vb]) => {
        if (isZero(va) || isZero(vb))
            return Number(!isZero(va)) - Number(!isZero(vb)) || order[ka] - order[kb];
        return cmp(va, vb) || order[ka] - order[kb];
    });
    let affected = false;
    let lastAffected;
    for (const [kind, value] of sorted) {
        const c = compareTo(value);
        if (kind === 'introduced' && c >= 0) {
            affected = true;
            lastAffected = undefined;
        }
        else if (kind === 'fixed' && c >= 0)
            affected = false;
        else if (kind === 'last_affected') {
            if (c > 0)
                affected = false;
            else if (affected)
                lastAffected = value;
        }
    }
    if (!affected)
        return { affected: false };
    const fixed = sorted.find(([kind, value]) => kind === 'fixed' && compareTo(value) < 0)?.[1];
    return { affected: true, ...(fixed ? { fixed } : {}), ...(lastAffected ? { lastAffected } : {}) };
}
/**
 * Whether `version` is affected by one `affected[]` entry: listed in `versions`, or inside a
 * `SEMVER`/`ECOSYSTEM` range. `GIT` ranges only count through the `versions` list.
 * Throws `UndecidableError` when a version cannot be ordered; the caller reports that.
 */
function evaluateAffected(version, ecosystem, affected) {
    let fixed;
    let hit = false;
    let lastAffected;
    for (const range of affected.ranges ?? []) {
        if (range.type === 'GIT')
            continue;
        const cmp = comparatorFor(ecosystem, range.type);
        if (!cmp)
            throw new UndecidableError(`no version order for ${ecosystem} ${range.type} ranges`);
        let verdict;
        try {
            verdict = evaluateRange(version, range, cmp);
        }
        catch (error) {
            throw new UndecidableError(error.message);
        }
        if (verdict.affected) {
            hit = true;
            if (verdict.fixed && (!fixed || cmp(verdict.fixed, fixed) < 0))
                fixed = verdict.fixed;
            lastAffected ??= verdict.lastAffected;
        }
    }
    if (!hit && affected.versions?.includes(version))
        hit = true;
    if (!hit)
        return { affected: false };
    return { affected: true, ...(fixed ? { fixed } : {}), ...(lastAffected ? { lastAffected } : {}) };
}

;// CONCATENATED MODULE: ./src/gates/scan/match/status.ts
const WORDS = {
    affected: 'affected',
    fixed: 'fixed',
    will_not_fix: 'will_not_fix',
    wont_fix: 'will_not_fix',
    fix_deferred: 'fix_deferred',
    end_of_life: 'end_of_life',
    under_investigation: 'under_investigation',
    not_affected: 'not_affected',
    // Debian security tracker states, mapped as trivy-db does (pkg/vulnsrc/debian/debian.go).
    'no-dsa': 'affected',
    unfixed: 'affected',
    open: 'affected',
    ignored: 'will_not_fix',
    postponed: 'fix_deferred',
    'end-of-life': 'end_of_life',
    'not-affected': 'not_affected',
    undetermined: 'skip',
};
/**
 * The vendor status of an unfixed match, from `ecosystem_specific.status` or
 * `database_specific.status` (OSV leaves the field to the source). `skip` means the source
 * itself has not decided (Debian `undetermined`), which Trivy does not report.
 */
function vendorStatus(affected) {
    const raw = affected.ecosystem_specific?.status ?? affected.database_specific?.status;
    if (typeof raw !== 'string')
        return 'affected';
    return WORDS[raw.toLowerCase().replace(/ /g, '_')] ?? WORDS[raw.toLowerCase()] ?? 'affected';
}
/** Statuses that `--ignore-unfixed` drops: Trivy's `affected, will_not_fix, fix_deferred, end_of_life`. */
const UNFIXED_STATUSES = new Set([
    'affected',
    'will_not_fix',
    'fix_deferred',
    'end_of_life',
    'under_investigation',
    'unknown',
]);

;// CONCATENATED MODULE: ./src/gates/scan/match/matcher.ts







const PRIMARY_PREFIXES = [
    /^(DSA|DLA|DEBIAN|DTSA|USN|UBUNTU|ALSA|ALBA|ALEA|RLSA|RXSA|RHSA|ALPINE|CGA|WOLFI)-/,
    /^GHSA-/,
    /^CVE-/,
];
function primaryRank(id) {
    const index = PRIMARY_PREFIXES.findIndex((p) => p.test(id));
    return index < 0 ? PRIMARY_PREFIXES.length : index;
}
const SOURCE_ORDER = [
    'debian',
    'ubuntu',
    'almalinux',
    'rocky',
    'redhat',
    'ghsa',
    'cvss_v4',
    'cvss_v3',
    'cvss_v2',
    'unknown',
];
/** Merges advisories that are the same vulnerability (one lists the other's ID as an alias). */
function mergeAliases(raw) {
    const groups = [];
    for (const m of raw) {
        const ids = new Set([m.record.id, ...(m.record.aliases ?? [])]);
        const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
        const target = joined[0] ?? { ids: new Set(), members: [] };
        if (!joined[0])
            groups.push(target);
        for (const other of joined.slice(1)) {
            for (const id of other.ids)
                target.ids.add(id);
            target.members.push(...other.members);
            groups.splice(groups.indexOf(other), 1);
        }
        for (const id of ids)
            target.ids.add(id);
        target.members.push(m);
    }
    return groups.map((g) => g.members);
}
function toMatch(pkg, group) {
    const members = [...group].sort((a, b) => primaryRank(a.record.id) - primaryRank(b.record.id) || (a.record.id < b.record.id ? -1 : 1));
    const primary = members[0];
    const severities = members
        .map((m) => chooseSeverity(m.record, m.affected))
        .sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source));
    const severity = severities[0];
    const cmp = comparatorFor(primary.query.ecosystem);
    const fixedVersions = members.map((m) => m.fixed).filter((f) => f !== undefined);
    const fixedVersion = fixedVersions.sort((a, b) => (cmp ? cmp(b, a) : 0))[0];
    const ids = new Set();
    for (const m of members)
        for (const id of [m.record.id, ...(m.record.aliases ?? [])])
            if (id !== primary.record.id)
                ids.add(id);
    const related = new Set(members.flatMap((m) => [...(m.record.related ?? []), ...(m.record.upstream ?? [])]));
    const status = fixedVersion
        ? 'fixed'
        : (members.find((m) => m.status !== 'affected')?.status ?? 'affected');
    return {
        id: primary.record.id,
        aliases: [...ids].sort(),
        related: [...related].sort(),
        ...(primary.record.summary ? { summary: primary.record.summary } : {}),
        package: pkg,
        ecosystem: primary.query.ecosystem,
        advisoryPackage: primary.name,
        installedVersion: primary.query.version,
        ...(fixedVersion ? { fixedVersion } : {}),
        status,
        severity: severity.severity,
        severitySource: severity.source,
        ...(severity.cvss ? { cvss: severity.cvss } : {}),
        ...(primary.record.published ? { published: primary.record.published } : {}),
        modified: primary.record.modified,
        references: [...new Set(members.flatMap((m) => (m.record.references ?? []).map((r) => r.url)))],
        layer: pkg.layer,
        confidence: 'high',
    };
}
/**
 * Matches every package of an inventory against the advisories, one indexed lookup per
 * package name. OS packages are matched on their distro release's ecosystem and source
 * package, language packages on their ecosystem and name. CPE matching only when asked
 * (`cpeMatch`), and then only for CVEs no ecosystem advisory decides.
 */
function matchInventory(inventory, db, options = {}) {
    const types = new Set(options.pkgTypes ?? ['os', 'library']);
    const errors = [];
    const notes = [];
    const undecidable = [];
    const matches = [];
    const osPackages = inventory.packages.filter((p) => p.type === 'os');
    let osCoverage = osPackages.length ? 'covered' : 'no-os-packages';
    let osEcosystems = [];
    if (types.has('os') && osPackages.length) {
        const os = inventory.os;
        if (!os) {
            osCoverage = 'unknown-os';
            notes.push(`the OS is unknown${inventory.osNote ? ` (${inventory.osNote})` : ''}: ${osPackages.length} OS packages were not checked`);
        }
        else {
            const family = distroFamilyEcosystem(os.family);
            osEcosystems = distroEcosystems(os, db.meta.ecosystems);
            if (!family) {
                osCoverage = 'unsupported-os';
                notes.push(`${os.family} ${os.versionId} is not a supported OS: ${osPackages.length} OS packages were not checked`);
            }
            else if (!db.meta.ecosystems.some((e) => e === family || e.startsWith(`${family}:`))) {
                osCoverage = 'unknown-release';
                errors.push(`the vulnerability data has no ${family} advisories, so the ${osPackages.length} ${os.family} packages could not be checked`);
            }
            else if (osEcosystems.length === 0) {
                osCoverage = 'unknown-release';
                notes.push(`no ${family} advisories for release ${os.versionId} in the data: the release is end of life or unknown, and its packages were not checked`);
            }
        }
    }
    const cpeMatch = options.cpeMatch === true && types.has('library');
    if (cpeMatch && !db.meta.ecosystems.includes(nvd/* NVD_ECOSYSTEM */.CW))
        errors.push('CPE matching was asked for, but the vulnerability data has no NVD records: pass --nvd PATH or run `portcullis db update --nvd`');
    let checked = 0;
    for (const pkg of inventory.packages) {
        if (!types.has(pkg.type))
            continue;
        const queries = pkg.type === 'os'
            ? osEcosystems.map((e) => distroQuery(pkg, e))
            : [languageQuery(pkg)].filter((q) => q !== undefined);
        if (queries.length)
            checked++;
        const raw = [];
        const seen = new Set();
        const decided = new Set();
        for (const query of queries) {
            for (const name of query.names) {
                for (const record of db.lookup(query.ecosystem, name)) {
                    if (cpeMatch)
                        for (const id of [record.id, ...(record.aliases ?? []), ...(record.upstream ?? [])])
                            decided.add(id);
                    if (record.withdrawn || seen.has(record.id))
                        continue;
                    for (const affected of record.affected ?? []) {
                        if (affected.package?.ecosystem !== query.ecosystem)
                            continue;
                        if (!sameName(query.ecosystem, affected.package.name, name))
                            continue;
                        let verdict;
                        try {
                            verdict = evaluateAffected(query.version, query.ecosystem, affected);
                        }
                        catch (error) {
                            if (!(error instanceof UndecidableError))
                                throw error;
                            undecidable.push(`${record.id} for ${name} ${query.version}: ${error.message}`);
                            continue;
                        }
                        if (!verdict.affected)
                            continue;
                        const status = verdict.fixed ? 'fixed' : vendorStatus(affected);
                        if (status === 'skip' || status === 'not_affected')
                            continue;
                        seen.add(record.id);
                        raw.push({
                            record,
                            affected,
                            query,
                            name,
                            ...(verdict.fixed ? { fixed: verdict.fixed } : {}),
                            status,
                        });
                        break;
                    }
                }
            }
        }
        matches.push(...foldAdvisories(mergeAliases(raw).map((group) => toMatch(pkg, group))));
        if (cpeMatch && pkg.type === 'library')
            matches.push(...matchCpe(pkg, db, decided));
    }
    if (undecidable.length)
        notes.push(`${undecidable.length} advisory range(s) could not be ordered and were skipped, e.g. ${undecidable.slice(0, 3).join('; ')}`);
    return { matches, errors, notes, osCoverage, osEcosystems, packagesChecked: checked };
}
const DISTRO_ADVISORY = /^(DSA|DLA|DTSA|USN)-/;
/**
 * Debian and Ubuntu publish both per-CVE records (`DEBIAN-CVE-…`, `UBUNTU-CVE-…`) and
 * advisories (`DSA`, `DLA`, `USN`) that fix several CVEs. When every CVE an advisory fixes is
 * already reported for the package, the advisory is folded into those findings as an alias,
 * so one vulnerability is reported once, by CVE, as Trivy reports it.
 */
function foldAdvisories(matches) {
    const cveOf = (m) => [m.id, ...m.aliases, ...m.related].filter((id) => id.startsWith('CVE-'));
    const perCve = matches.filter((m) => !DISTRO_ADVISORY.test(m.id));
    const covered = new Map();
    for (const m of perCve)
        for (const cve of cveOf(m))
            covered.set(cve, m);
    return matches.filter((m) => {
        if (!DISTRO_ADVISORY.test(m.id))
            return true;
        const cves = m.related.filter((id) => id.startsWith('CVE-'));
        if (cves.length === 0 || !cves.every((cve) => covered.has(cve)))
            return true;
        for (const cve of cves) {
            const target = covered.get(cve);
            if (!target.aliases.includes(m.id))
                target.aliases = [...target.aliases, m.id].sort();
        }
        return false;
    });
}
function sameName(ecosystem, advisoryName, queried) {
    if (ecosystem === 'PyPI')
        return (advisoryName.toLowerCase().replace(/[-_.]+/g, '-') === queried.toLowerCase().replace(/[-_.]+/g, '-'));
    return advisoryName === queried;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/policy.ts



const DAY_MS = 86_400_000;
function decide(match, policy) {
    const tier = policy.tiers?.[match.severity];
    let action = 'fail';
    let why;
    if (policy.tiers) {
        if (tier === 'ignore')
            return { action: 'ignore', why: `policy: ${match.severity}: ignore` };
        if (tier === 'warn' || tier === undefined)
            return { action: 'warn', why: `policy: ${match.severity}: warn` };
        if (tier === 'fail-if-fixed' && !match.fixedVersion)
            return { action: 'warn', why: `policy: ${match.severity}: fail if fixed, and no fix is available` };
    }
    if (policy.maxDaysSinceFix !== undefined && match.fixedVersion && match.published) {
        const days = Math.floor((policy.now.getTime() - Date.parse(match.published)) / DAY_MS);
        if (days <= policy.maxDaysSinceFix) {
            action = 'warn';
            why = `the fix was published ${days} day(s) ago, within max-days-since-fix ${policy.maxDaysSinceFix}`;
        }
    }
    return { action, ...(why ? { why } : {}) };
}
function vulnFinding(match, imageRef) {
    const pkg = match.package;
    const fix = match.fixedVersion ? `fixed in ${match.fixedVersion}` : `no fixed version (${match.status})`;
    const guess = match.cpe ? `; low confidence: matched on the guessed CPE ${match.cpe}` : '';
    return {
        ruleId: match.id,
        severity: match.severity,
        message: `${pkg.name} ${pkg.version} is affected by ${match.id}${match.summary ? ` (${match.summary})` : ''}; ${fix}${guess}`,
        file: pkg.locations[0] ?? imageRef,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        helpUri: match.cpe
            ? `https://nvd.nist.gov/vuln/detail/${match.id}`
            : `https://osv.dev/vulnerability/${match.id}`,
        security: true,
        ...(match.confidence === 'low' ? { confidence: 'low' } : {}),
        snippet: `${match.id} ${pkg.purl}`,
        data: {
            kind: 'vulnerability',
            image: imageRef,
            aliases: match.aliases,
            related: match.related,
            package: {
                name: pkg.name,
                version: pkg.version,
                purl: pkg.purl,
                type: pkg.type,
                ecosystem: pkg.ecosystem,
                ...(pkg.sourceName && pkg.sourceName !== pkg.name ? { sourceName: pkg.sourceName } : {}),
                ...(pkg.sourceVersion && pkg.sourceVersion !== pkg.version
                    ? { sourceVersion: pkg.sourceVersion }
                    : {}),
            },
            advisoryEcosystem: match.ecosystem,
            installedVersion: match.installedVersion,
            fixedVersion: match.fixedVersion ?? null,
            status: match.status,
            severitySource: match.severitySource,
            ...(match.cvss ? { cvss: match.cvss } : {}),
            layer: match.layer,
            ...(match.published ? { published: match.published } : {}),
            references: match.references,
            confidence: match.confidence,
            ...(match.cpe ? { matchedBy: 'cpe', cpe: match.cpe } : {}),
        },
    };
}
/**
 * Turns matches into findings under the gate policy: drops what `--ignore-unfixed` and
 * `--ignore-status` leave out, applies ignore files and VEX (suppressed findings stay
 * visible), applies tiers and `max-days-since-fix`, and adds findings for expired ignores
 * and, when asked, for an end-of-life or unknown OS.
 */
function applyPolicy(input, policy) {
    const findings = [];
    const rules = new Map();
    const notes = [];
    let unfixedDropped = 0;
    let statusDropped = 0;
    for (const match of input.matches) {
        if (policy.ignoreUnfixed && UNFIXED_STATUSES.has(match.status)) {
            unfixedDropped++;
            continue;
        }
        if (policy.ignoreStatus?.includes(match.status)) {
            statusDropped++;
            continue;
        }
        const finding = vulnFinding(match, input.imageRef);
        const entry = findIgnore(policy.ignores, {
            ids: [match.id, ...match.aliases],
            purl: match.package.purl,
            paths: match.package.locations,
            name: match.package.name,
            version: match.package.version,
            ...(match.package.sourceName ? { upstream: match.package.sourceName } : {}),
            status: match.status,
        }, policy.now);
        const decision = decide(match, policy);
        let suppressed;
        if (entry) {
            suppressed = {
                kind: entry.vexStatus ? 'external' : 'config',
                justification: `${entry.reason ?? 'ignored'} (${entry.file}${entry.line > 0 ? `:${entry.line}` : ''})`,
            };
        }
        else if (decision.action !== 'fail')
            suppressed = { kind: 'config', justification: decision.why ?? decision.action };
        if (suppressed)
            finding.suppressed = suppressed;
        finding.data.policy = entry ? 'ignored' : decision.action;
        findings.push(finding);
        if (!rules.has(match.id))
            rules.set(match.id, advisoryRule(match.id, match.summary ?? match.id, match.severity));
    }
    if (unfixedDropped)
        notes.push(`${unfixedDropped} vulnerabilit${unfixedDropped === 1 ? 'y' : 'ies'} without a fixed version left out (ignore-unfixed)`);
    if (statusDropped)
        notes.push(`${statusDropped} vulnerabilit${statusDropped === 1 ? 'y' : 'ies'} left out by ignore-status`);
    for (const entry of policy.ignores) {
        if (!isExpired(entry, policy.now))
            continue;
        rules.set(PS201.id, PS201);
        findings.push({
            ruleId: PS201.id,
            severity: PS201.severity,
            message: `the ignore of ${entry.id} expired on ${entry.expires}${entry.reason ? ` (${entry.reason})` : ''}: renew it with a reason or fix the finding`,
            file: entry.file,
            line: Math.max(1, entry.line),
            column: 1,
            endLine: Math.max(1, entry.line),
            endColumn: 1,
            snippet: `${entry.id} ${entry.expires}`,
            data: { kind: 'expired-ignore', id: entry.id, expires: entry.expires, source: entry.source },
        });
    }
    if (policy.failOnEolOs && ['unknown-os', 'unsupported-os', 'unknown-release'].includes(input.osCoverage)) {
        rules.set(PS200.id, PS200);
        const what = input.osName ?? 'the OS';
        findings.push({
            ruleId: PS200.id,
            severity: PS200.severity,
            message: input.osCoverage === 'unknown-os'
                ? 'the OS of the image is unknown, so its packages could not be checked (fail-on-eol-os)'
                : `${what} is ${input.osCoverage === 'unsupported-os' ? 'not a supported OS' : 'end of life or unknown to the vulnerability data'}, so its packages could not be checked (fail-on-eol-os)`,
            file: input.osSource ?? input.imageRef,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            security: true,
            snippet: `${input.osCoverage} ${what}`,
            data: { kind: 'os', coverage: input.osCoverage },
        });
    }
    return {
        findings,
        rules: [...rules.values()],
        notes,
        ...(policy.tiers ? { failOn: 'unknown' } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/scan/match/severity-filter.ts



/** Policy findings (an end-of-life OS, an expired ignore) are never filtered away. */
const ALWAYS_KEPT = new Set([PS200.id, PS201.id]);
/**
 * Trivy's `--severity HIGH,CRITICAL`: the severities to report, as a list in any case.
 * Undefined when not given; a word that is not a severity is a usage error.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#by-severity
 */
function parseSeverityList(value) {
    const words = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean);
    if (words.length === 0)
        return undefined;
    const bad = words.filter((w) => !(0,severity/* isSeverity */._Z)(w));
    if (bad.length)
        throw new core_errors/* PortcullisError */.SO('USAGE', `--severity: "${bad.join('", "')}" is not a severity (use e.g. HIGH,CRITICAL)`);
    return new Set(words);
}
/**
 * Leaves out the findings whose severity is not in `keep`, as Trivy does: they are neither
 * reported nor gated on. Says how many were left out.
 */
function keepSeverities(findings, keep, notes) {
    const kept = findings.filter((f) => keep.has(f.severity) || ALWAYS_KEPT.has(f.ruleId));
    const dropped = findings.length - kept.length;
    if (dropped > 0)
        notes.push(`${dropped} finding(s) of other severities left out (--severity ${[...keep].join(',').toUpperCase()})`);
    return kept;
}

;// CONCATENATED MODULE: ./src/gates/scan/match/assess.ts












function assess_list(value) {
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    if (typeof value === 'string' && value)
        return value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    return [];
}
function pick(option, config) {
    return option !== undefined ? option : config;
}
function readIgnores(input) {
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(input.cwd, p));
    const files = assess_list(input.options['ignore-file']);
    const explicit = files.length > 0;
    if (!explicit)
        for (const name of ['.trivyignore', '.trivyignore.yaml', '.trivyignore.yml'])
            if ((0,external_node_fs_.existsSync)(at(name)))
                files.push(name);
    const entries = [];
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(at(file)))
            throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `ignore file not found: ${file}`, { file });
        entries.push(...parseIgnoreFile((0,external_node_fs_.readFileSync)(at(file), 'utf8'), file));
    }
    entries.push(...parseOwnIgnores(input.config.ignore, input.configFile ?? 'portcullis.yaml'));
    for (const file of [...assess_list(input.options.vex), ...assess_list(input.config.vex)]) {
        if (!(0,external_node_fs_.existsSync)(at(file)))
            throw new core_errors/* PortcullisError */.SO('PATH_NOT_FOUND', `VEX document not found: ${file}`, { file });
        entries.push(...parseVex((0,external_node_fs_.readFileSync)(at(file), 'utf8'), file));
    }
    const image = imagePurl(input.inventory.image);
    return keepWithin(entries, [...input.inventory.packages.map((p) => p.purl), ...(image ? [image] : [])]);
}
/** `--online`: the advisories osv.dev's batch API returns for the inventory's packages. */
async function onlineDb(input) {
    const os = input.inventory.os;
    const osEcosystem = os ? onlineDistroEcosystem(os) : undefined;
    const queries = input.inventory.packages.flatMap((p) => {
        const q = p.type === 'os' ? (osEcosystem ? distroQuery(p, osEcosystem) : undefined) : languageQuery(p);
        return q ? q.names.map((name) => ({ ecosystem: q.ecosystem, name, version: q.version })) : [];
    });
    const apiUrl = input.env.PORTCULLIS_OSV_API;
    return queryOsvOnline(queries, apiUrl ? { baseUrl: apiUrl } : {});
}
/** `--update-db` from the mirrors `db update` also honours; NVD's feeds too when CPE matching needs them. */
function updateOptions(env, withNvd) {
    const mirror = env.PORTCULLIS_OSV_MIRROR;
    const nvdMirror = env.PORTCULLIS_NVD_MIRROR;
    return {
        ...(mirror ? { baseUrl: mirror } : {}),
        ...(withNvd ? { nvd: nvdMirror ? { baseUrl: nvdMirror } : {} } : {}),
    };
}
function dbNote(meta) {
    return `vulnerability data: ${meta.records} advisories built ${meta.builtAt}, ${meta.digest}`;
}
/**
 * Assesses an image's inventory, config and secrets under the gate's options and config: loads
 * the vulnerability data (fail-closed), matches, applies ignores, VEX and the policy, and adds
 * secret and config findings. Every problem that stops a check is an error (exit 3).
 */
async function assessInventory(input) {
    const now = input.now ?? new Date();
    const o = input.options;
    const c = input.config;
    const scanners = new Set(assess_list(pick(o.scanners, c.scanners)).length
        ? assess_list(pick(o.scanners, c.scanners))
        : ['vuln', 'secret', 'config']);
    const secretsConfig = (c.secrets ?? {});
    const disabled = secretsConfig.disable ?? [];
    const errors = [];
    const notes = [];
    const findings = [];
    const rules = new Map();
    const imageRef = input.inventory.image.reference;
    const extra = {};
    let failOn;
    let ignores = [];
    try {
        ignores = readIgnores(input);
    }
    catch (error) {
        if (error instanceof IgnoreFileError)
            errors.push({ file: error.file, message: error.message, code: 'CONFIG_INVALID' });
        else
            throw error;
    }
    if (scanners.has('vuln')) {
        const maxAge = pick(o['max-db-age'], c['max-db-age']);
        const absolute = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(input.cwd, p));
        const osvPaths = [...assess_list(o.osv), ...assess_list(c.osv)].map(absolute);
        const nvdPaths = [...assess_list(o.nvd), ...assess_list(c.nvd)].map(absolute);
        const cpeMatch = Boolean(pick(o['cpe-match'], c['cpe-match']));
        if (nvdPaths.length && !cpeMatch)
            notes.push('NVD data was given but is only read with --cpe-match: not used');
        try {
            const loaded = o.online
                ? { db: await onlineDb(input), notes: ['--online: package names and versions were sent to osv.dev'] }
                : await loadAdvisories({
                    osvPaths,
                    ...(cpeMatch ? { nvdPaths } : {}),
                    dbDir: o['db-dir'] ??
                        c['db-dir'] ??
                        (0,store/* defaultDbDir */.LY)(input.env),
                    ...(o['update-db'] ? { update: updateOptions(input.env, cpeMatch && !nvdPaths.length) } : {}),
                    ...(maxAge !== undefined ? { maxAgeHours: (0,store/* parseMaxAge */.pq)(maxAge) } : {}),
                    now,
                });
            const { db } = loaded;
            notes.push(...loaded.notes, dbNote(db.meta));
            extra.vulnerabilityDb = {
                builtAt: db.meta.builtAt,
                digest: db.meta.digest,
                records: db.meta.records,
                sources: db.meta.sources,
            };
            try {
                const pkgTypes = assess_list(pick(o['pkg-types'], c['pkg-types']));
                const matched = matchInventory(input.inventory, db, {
                    ...(pkgTypes.length ? { pkgTypes } : {}),
                    cpeMatch,
                });
                errors.push(...matched.errors.map((message) => ({ message, code: 'INCOMPLETE' })));
                notes.push(...matched.notes);
                extra.osCoverage = matched.osCoverage;
                extra.osEcosystems = matched.osEcosystems;
                extra.packagesChecked = matched.packagesChecked;
                const os = input.inventory.os;
                const policy = applyPolicy({
                    matches: matched.matches,
                    imageRef,
                    osCoverage: matched.osCoverage,
                    ...(os ? { osName: `${os.family} ${os.versionId}`, osSource: os.source } : {}),
                }, {
                    ignoreUnfixed: Boolean(pick(o['ignore-unfixed'], c['ignore-unfixed'])),
                    ignoreStatus: assess_list(pick(o['ignore-status'], c['ignore-status'])),
                    ...(c.policy ? { tiers: c.policy } : {}),
                    ...(typeof c['max-days-since-fix'] === 'number'
                        ? { maxDaysSinceFix: c['max-days-since-fix'] }
                        : {}),
                    failOnEolOs: Boolean(pick(o['fail-on-eol-os'], c['fail-on-eol-os'])),
                    ignores,
                    now,
                });
                findings.push(...policy.findings);
                notes.push(...policy.notes);
                for (const r of policy.rules)
                    rules.set(r.id, r);
                failOn = policy.failOn;
            }
            finally {
                db.close();
            }
        }
        catch (error) {
            if (error instanceof vulndb_errors/* VulnDbError */.Y)
                errors.push({
                    ...(error.file ? { file: error.file } : {}),
                    message: error.message,
                    code: error.dbCode,
                });
            else
                throw error;
        }
    }
    const secretSeverity = pick(o['secret-severity'], secretsConfig.severity);
    if (secretSeverity !== undefined && !(0,severity/* isSeverity */._Z)(secretSeverity))
        throw new core_errors/* PortcullisError */.SO('USAGE', `secret-severity "${secretSeverity}" is not a severity`);
    if (scanners.has('secret') && secretsConfig.enabled !== false) {
        for (const meta of SECRET_RULE_METAS)
            rules.set(meta.id, meta);
        for (const s of input.secrets ?? []) {
            if (disabled.includes(s.hit.ruleId))
                continue;
            const meta = SECRET_RULE_METAS.find((m) => m.id === s.hit.ruleId);
            const layer = input.inventory.layers.find((l) => l.index === s.layerIndex);
            const finding = {
                ruleId: s.hit.ruleId,
                severity: secretSeverity ?? meta?.severity ?? 'high',
                message: `${meta?.title ?? 'Secret'} in /${s.hit.path} (layer ${s.layerIndex}): ${s.hit.masked}${s.removedInLayer !== undefined ? `; deleted in layer ${s.removedInLayer}, but still in layer ${s.layerIndex} of the image` : ''}`,
                file: s.hit.path,
                line: s.hit.line,
                column: s.hit.column,
                endLine: s.hit.line,
                endColumn: s.hit.endColumn,
                security: true,
                snippet: `${s.hit.ruleId} ${s.hit.path} ${s.hit.masked}`,
                data: {
                    kind: 'secret',
                    masked: s.hit.masked,
                    layer: layer ?? { index: s.layerIndex },
                    ...(s.removedInLayer !== undefined ? { removedInLayer: s.removedInLayer } : {}),
                },
            };
            const trivyIds = (meta?.equivalents ?? []).map((e) => e.replace(/^trivy:/, ''));
            const entry = findIgnore(ignores, { ids: [s.hit.ruleId, ...trivyIds], paths: [s.hit.path] }, now);
            if (entry)
                finding.suppressed = {
                    kind: 'config',
                    justification: `${entry.reason ?? 'ignored'} (${entry.file})`,
                };
            findings.push(finding);
        }
    }
    if (scanners.has('config') && input.imageConfig) {
        for (const meta of CONFIG_RULE_METAS)
            rules.set(meta.id, meta);
        for (const hit of checkImageConfig(input.imageConfig, disabled)) {
            const meta = CONFIG_RULE_METAS.find((m) => m.id === hit.ruleId);
            const line = (hit.historyIndex ?? 0) + 1;
            const finding = {
                ruleId: hit.ruleId,
                severity: meta?.severity ?? 'medium',
                message: hit.message,
                file: imageRef,
                line,
                column: 1,
                endLine: line,
                endColumn: 1,
                security: true,
                snippet: `${hit.ruleId} ${hit.message}`,
                data: {
                    kind: 'config',
                    ...(hit.historyIndex !== undefined ? { historyIndex: hit.historyIndex } : {}),
                    ...(hit.layerIndex !== undefined
                        ? {
                            layer: input.inventory.layers.find((l) => l.index === hit.layerIndex) ?? {
                                index: hit.layerIndex,
                            },
                        }
                        : {}),
                },
            };
            const entry = findIgnore(ignores, { ids: [hit.ruleId, ...(meta?.equivalents ?? [])], paths: [] }, now);
            if (entry)
                finding.suppressed = {
                    kind: 'config',
                    justification: `${entry.reason ?? 'ignored'} (${entry.file})`,
                };
            findings.push(finding);
        }
    }
    const severities = parseSeverityList(pick(o.severity, c.severity));
    const kept = severities ? keepSeverities(findings, severities, notes) : findings;
    const db = extra.vulnerabilityDb;
    const report = {
        inventory: input.inventory,
        findings: kept,
        startTime: input.startTime ?? now,
        ...(db ? { vulnerabilityDb: { builtAt: db.builtAt, digest: db.digest } } : {}),
    };
    return {
        findings: kept,
        rules: [...rules.values()],
        errors,
        notes,
        ...(failOn ? { failOn } : {}),
        extra,
        report,
    };
}

;// CONCATENATED MODULE: ./src/gates/scan/match/run-image.ts











function run_image_list(value) {
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    if (typeof value === 'string' && value)
        return value.split(',').map((s) => s.trim());
    return [];
}
/**
 * The scan gate for each image named in `ctx.targets`: inventory (part 1), then vulnerability
 * matching, secrets, config and history checks and the policy (part 2). An image that cannot be
 * read, or data that cannot be used, is an error (exit 3), never a pass.
 */
async function runScan(ctx) {
    const findings = [];
    const errors = [];
    const rules = new Map();
    const notes = [];
    const scanned = [];
    const extra = { images: [] };
    const reports = [];
    let failOn;
    const scanners = run_image_list(ctx.options.scanners ?? ctx.config.scanners);
    const secretsOn = (scanners.length === 0 || scanners.includes('secret')) &&
        ctx.config.secrets?.enabled !== false;
    const allowPaths = run_image_list(ctx.config.secrets?.['allow-paths']).map((p) => new RegExp(p));
    if (ctx.targets.length === 0)
        throw new core_errors/* PortcullisError */.SO('USAGE', 'scan needs an image reference, e.g. portcullis scan docker-archive:app.tar');
    for (const reference of ctx.targets) {
        const startTime = new Date();
        try {
            const platform = ctx.options.platform ?? ctx.config.platform;
            const source = await (0,scan_source/* openImage */.UY)(reference, {
                cwd: ctx.cwd,
                env: ctx.env,
                registryCache: (0,registry/* registryCacheOf */.Dp)(ctx.shared),
                ...(platform ? { platform } : {}),
            });
            try {
                const cacheDir = ctx.options['cache-dir'] ?? ctx.config['cache-dir'];
                // One walk of the layers: the package catalogers and, when on, the secret cataloger.
                const walked = await (0,analyze/* analyzeImage */.qK)(source, {
                    cwd: ctx.cwd,
                    env: ctx.env,
                    ...(cacheDir ? { cacheDir } : {}),
                    ...(secretsOn
                        ? {
                            extraCatalogers: [secretCataloger({ allowPaths })],
                            extrasKey: `secrets ${version/* VERSION */.x} ${JSON.stringify(allowPaths.map(String))}`,
                        }
                        : {}),
                });
                const inventory = walked.inventory;
                const secrets = secretsOn ? secretsFromLayers(walked.layers) : [];
                // A skipped entry or an unreadable package database leaves the inventory incomplete:
                // like `portcullis sbom`, the gate does not pass on it.
                for (const p of inventory.problems)
                    errors.push({
                        file: p.path ? `${reference}:/${p.path}` : reference,
                        message: `${p.code}: ${p.message}`,
                        code: p.code,
                    });
                const result = await assessInventory({
                    inventory,
                    imageConfig: source.config,
                    secrets,
                    cwd: ctx.cwd,
                    env: ctx.env,
                    options: ctx.options,
                    config: ctx.config,
                    ...(ctx.configFile ? { configFile: ctx.configFile } : {}),
                    toolVersion: version/* VERSION */.x,
                    startTime,
                });
                findings.push(...result.findings);
                errors.push(...result.errors);
                notes.push(...result.notes);
                for (const r of result.rules)
                    rules.set(r.id, r);
                failOn ??= result.failOn;
                extra.images.push({
                    reference,
                    os: inventory.os ?? null,
                    packages: inventory.packages.length,
                    ...result.extra,
                });
                reports.push(result.report);
                scanned.push(reference);
            }
            finally {
                await source.close?.();
            }
        }
        catch (error) {
            if ((0,core_errors/* exitCodeFor */.Rr)(error) === core_errors/* EXIT */.dc.usage)
                throw error;
            errors.push({ file: reference, message: error instanceof Error ? error.message : String(error) });
        }
    }
    // One document for all images: a GitLab report or a BOM holds every image's findings.
    const render = renderImageScans(reports, version/* VERSION */.x, { notes, errors });
    const sbomOutput = (ctx.options['sbom-output'] ?? ctx.config['sbom-output']);
    if (sbomOutput)
        writeSbom((0,external_node_path_.resolve)(ctx.cwd, sbomOutput), render['cyclonedx-vex'], errors, notes);
    return {
        findings,
        errors,
        rules: [...rules.values()],
        notes,
        scanned,
        extra,
        ...(failOn ? { failOn } : {}),
        render,
    };
}
/** `--sbom-output`: the CycloneDX SBOM with VEX, beside whatever formats were asked for. */
function writeSbom(file, bom, errors, notes) {
    if (!bom) {
        errors.push({ file, message: 'no image could be read, so no SBOM was written' });
        return;
    }
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, bom());
        notes.push(`CycloneDX SBOM with VEX written to ${file}`);
    }
    catch (error) {
        errors.push({ file, message: `could not write the SBOM: ${error.message}` });
    }
}

;// CONCATENATED MODULE: ./src/gates/scan/run.ts




/** The scan gate's own rules; vulnerability findings use the advisory ID as their rule. */
function ruleMetas() {
    return [...SECRET_RULE_METAS, ...CONFIG_RULE_METAS, PS200, PS201];
}


/***/ })

};
