export const id = 421;
export const ids = [421];
export const modules = {

/***/ 57421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDbCommand: () => (/* binding */ runDbCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4085);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55689);
/* harmony import */ var _update_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60631);





function describe(meta, now) {
    const lines = [
        `built:      ${meta.builtAt} (${Math.round((0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .dbAge */ .i1)(meta, now))}h ago)`,
        `digest:     ${meta.digest}`,
        `advisories: ${meta.records}`,
        ...meta.sources.map((s) => `  ${s.name}: ${s.records}${s.skipped ? ` (${s.skipped} invalid left out)` : ''}`),
    ];
    return `${lines.join('\n')}\n`;
}
/**
 * `portcullis db update` downloads osv.dev's per-ecosystem dumps (or a mirror's, with
 * `--mirror`/`PORTCULLIS_OSV_MIRROR`) into the local DB, and with `--nvd` NVD's yearly CVE
 * feeds for opt-in CPE matching (`--nvd-mirror`/`PORTCULLIS_NVD_MIRROR`);
 * `portcullis db status` describes it.
 * Exit 0 on success, 2 for usage errors, 3 when the DB could not be updated or is missing or damaged.
 */
async function runDbCommand(action, raw, io) {
    const dirOption = raw.dbDir ?? (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultDbDir */ .LY)(io.env);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(dirOption) ? dirOption : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, dirOption);
    const now = new Date();
    try {
        if (action === 'update') {
            const ecosystems = raw.ecosystem?.length
                ? raw.ecosystem
                : [..._update_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ECOSYSTEMS */ .W1];
            const mirror = raw.mirror ?? io.env.PORTCULLIS_OSV_MIRROR;
            const nvdMirror = raw.nvdMirror ?? io.env.PORTCULLIS_NVD_MIRROR;
            const { meta, skipped } = await (0,_update_js__WEBPACK_IMPORTED_MODULE_4__/* .updateDb */ .UM)({
                dir,
                ecosystems,
                ...(mirror ? { baseUrl: mirror } : {}),
                ...(raw.nvd ? { nvd: nvdMirror ? { baseUrl: nvdMirror } : {} } : {}),
                log: (m) => io.stderr(`${m}\n`),
            });
            io.stdout(`updated ${dir}\n${describe(meta, now)}`);
            for (const s of skipped.slice(0, 5))
                io.stderr(`left out ${s.file}: ${s.message}\n`);
            return _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.passed;
        }
        if (action === 'status') {
            if (!(0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readDbMeta */ .Kz)(dir))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VulnDbError */ .Y('DB_MISSING', `no vulnerability DB in ${dir}: run \`portcullis db update\``);
            const db = await (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .openDb */ .bI)(dir);
            io.stdout(`${dir}\n${describe(db.meta, now)}`);
            db.close();
            return _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.passed;
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PortcullisError */ .SO('USAGE', `unknown db action "${action}" (update or status)`);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PortcullisError */ .SO && error.code === 'USAGE') {
            io.stderr(`portcullis db: ${error.message}\n`);
            return _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage;
        }
        io.stderr(`portcullis db: ${error instanceof Error ? error.message : String(error)}\n`);
        return _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.incomplete;
    }
}


/***/ }),

/***/ 55266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseCpe23),
/* harmony export */   u: () => (/* binding */ cpeKey)
/* harmony export */ });
/** Splits a formatted string on the colons that are not escaped with a backslash. */
function fields(text) {
    const out = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\' && i + 1 < text.length) {
            current += text[++i];
            continue;
        }
        if (ch === ':') {
            out.push(current);
            current = '';
            continue;
        }
        current += ch;
    }
    out.push(current);
    return out;
}
/** Parses a CPE 2.3 formatted string (`cpe:2.3:a:vendor:product:version:…`); undefined if it is not one. */
function parseCpe23(text) {
    const f = fields(text);
    if (f.length !== 13 || f[0] !== 'cpe' || f[1] !== '2.3')
        return undefined;
    const [part, vendor, product, version, update] = f.slice(2, 7);
    if (!vendor || !product)
        return undefined;
    return {
        part,
        vendor: vendor.toLowerCase(),
        product: product.toLowerCase(),
        version,
        update,
        targetSw: (f[10] ?? '*').toLowerCase(),
    };
}
/** The index key of a vendor and product: what `lookup('NVD', key)` is asked for. */
function cpeKey(vendor, product) {
    return `${vendor}:${product}`.toLowerCase();
}


/***/ }),

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ VulnDbError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Vulnerability data is missing, damaged or too old: the scan cannot say "no vulnerabilities". */
class VulnDbError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO {
    dbCode;
    constructor(dbCode, message, options = {}) {
        super('INCOMPLETE', `${dbCode}: ${message}`, options);
        this.name = 'VulnDbError';
        this.dbCode = dbCode;
    }
}


/***/ }),

/***/ 51673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readNvdPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var stream_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86023);
/* harmony import */ var stream_json_filters_pick_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87728);
/* harmony import */ var stream_json_streamers_stream_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4085);
/* harmony import */ var _nvd_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65080);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16778);










const NVD_FILE = /\.json(\.gz)?$/i;
/** Bounds the work a gzip bomb can cause; the largest yearly feed inflates to well under this. */
const MAX_INFLATED_BYTES = 4 * 1024 ** 3;
function inflateLimit(file) {
    let total = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, done) {
            total += chunk.length;
            if (total > MAX_INFLATED_BYTES)
                done(new Error(`${file}: inflates to over ${MAX_INFLATED_BYTES} bytes`));
            else
                done(null, chunk);
        },
    });
}
/**
 * Streams one NVD JSON file, gzipped or not: a CVE API 2.0 response or 2.0 data feed
 * (`{"vulnerabilities": [{"cve": …}]}`) or a single `{"cve": …}` record. Each CVE is
 * converted as it arrives, so a whole yearly feed never sits in memory.
 * @see https://nvd.nist.gov/vuln/data-feeds
 */
async function readNvdFile(file, result) {
    let found = 0;
    const collect = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        objectMode: true,
        transform(item, _encoding, done) {
            const value = item.value;
            const cve = value && typeof value === 'object' && 'cve' in value ? value.cve : value;
            found++;
            try {
                result.records.push({ record: (0,_nvd_js__WEBPACK_IMPORTED_MODULE_9__/* .nvdCveToOsv */ .sD)(cve, file), file });
            }
            catch (error) {
                result.problems.push({ file, message: error.message });
            }
            done();
        },
    });
    const gz = file.toLowerCase().endsWith('.gz');
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)([
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file),
            ...(gz ? [(0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)(), inflateLimit(file)] : []),
            stream_json__WEBPACK_IMPORTED_MODULE_4__/* .parser */ .K3.asStream(),
            stream_json_filters_pick_js__WEBPACK_IMPORTED_MODULE_5__/* .pick */ .U.asStream({ filter: /^(vulnerabilities\.\d+\.cve|cve)$/ }),
            stream_json_streamers_stream_values_js__WEBPACK_IMPORTED_MODULE_6__/* .streamValues */ .Z.asStream(),
            collect,
        ]);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VulnDbError */ .Y('DB_CORRUPT', `${file}: not readable NVD JSON (${error.message})`, {
            file,
            cause: error,
        });
    }
    if (found === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .VulnDbError */ .Y('OSV_INVALID', `${file}: no CVE records found; expected NVD CVE API 2.0 JSON ({"vulnerabilities": [{"cve": …}]})`, { file });
}
/**
 * Reads NVD CVE data for opt-in CPE matching from a file (`.json`, `.json.gz`) or a directory
 * of them, such as the yearly `nvdcve-2.0-<year>.json.gz` feeds or saved API responses.
 */
async function readNvdPath(path, result = { records: [], problems: [] }) {
    await (0,_read_js__WEBPACK_IMPORTED_MODULE_8__/* .readTree */ .Zc)(path, (name) => NVD_FILE.test(name), (file) => readNvdFile(file, result));
    return result;
}


/***/ }),

/***/ 65080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ NVD_ECOSYSTEM),
/* harmony export */   Rx: () => (/* binding */ cveIdOf),
/* harmony export */   f1: () => (/* binding */ cpeCriteriaOf),
/* harmony export */   sD: () => (/* binding */ nvdCveToOsv)
/* harmony export */ });
/* unused harmony export NVD_ID_PREFIX */
/* harmony import */ var _cpe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55266);

/**
 * The pseudo-ecosystem NVD records are indexed under, one `affected` entry per CPE
 * `vendor:product`. Only opt-in CPE matching (`--cpe-match`) ever looks it up.
 */
const NVD_ECOSYSTEM = 'NVD';
/** Stored IDs carry this prefix so an NVD record never replaces an OSV record of the same CVE ID. */
const NVD_ID_PREFIX = 'NVD-';
const BOUNDS = [
    'versionStartIncluding',
    'versionStartExcluding',
    'versionEndIncluding',
    'versionEndExcluding',
];
const METRICS = [
    ['cvssMetricV40', 'CVSS_V4'],
    ['cvssMetricV31', 'CVSS_V3'],
    ['cvssMetricV30', 'CVSS_V3'],
    ['cvssMetricV2', 'CVSS_V2'],
];
const MAX_SUMMARY = 300;
const KEPT_REFERENCES = 3;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const array = (v) => (Array.isArray(v) ? v : []);
/** NVD writes timestamps without a zone; they are UTC. */
function utc(time) {
    if (typeof time !== 'string' || !time)
        return undefined;
    return /(Z|[+-]\d\d:?\d\d)$/.test(time) ? time : `${time}Z`;
}
/**
 * The CVSS vectors, one per CVSS version. NVD's own scores (`Primary`) are used when there are
 * any, as Trivy and Grype rate NVD data; other sources' scores only when NVD has none.
 */
function severities(metrics) {
    if (!isObject(metrics))
        return [];
    const scored = METRICS.flatMap(([key, type]) => array(metrics[key])
        .filter(isObject)
        .map((m) => ({
        type,
        primary: m.type === 'Primary',
        vector: isObject(m.cvssData) ? m.cvssData.vectorString : undefined,
    }))).filter((m) => typeof m.vector === 'string');
    const chosen = scored.some((m) => m.primary) ? scored.filter((m) => m.primary) : scored;
    const out = [];
    for (const m of chosen)
        if (!out.some((s) => s.type === m.type))
            out.push({ type: m.type, score: m.vector });
    return out;
}
/** Vulnerable, non-negated application CPE matches, grouped by `vendor:product`. */
function affected(configurations) {
    const byKey = new Map();
    for (const config of array(configurations).filter(isObject)) {
        for (const node of array(config.nodes).filter(isObject)) {
            if (node.negate === true)
                continue;
            for (const m of array(node.cpeMatch).filter(isObject)) {
                if (m.vulnerable !== true || typeof m.criteria !== 'string')
                    continue;
                const cpe = (0,_cpe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCpe23 */ .J)(m.criteria);
                if (!cpe || cpe.part !== 'a')
                    continue;
                const criterion = { criteria: m.criteria };
                for (const bound of BOUNDS)
                    if (typeof m[bound] === 'string' && m[bound])
                        criterion[bound] = m[bound];
                const key = (0,_cpe_js__WEBPACK_IMPORTED_MODULE_0__/* .cpeKey */ .u)(cpe.vendor, cpe.product);
                const list = byKey.get(key) ?? [];
                if (!list.some((c) => JSON.stringify(c) === JSON.stringify(criterion)))
                    list.push(criterion);
                byKey.set(key, list);
            }
        }
    }
    return [...byKey].map(([name, cpes]) => ({
        package: { ecosystem: NVD_ECOSYSTEM, name },
        database_specific: { cpe: cpes },
    }));
}
/**
 * Turns one NVD CVE API 2.0 record (the `cve` object) into an OSV-shaped record the DB can
 * store: the English description as summary, the CVSS vectors as severity, and one `affected`
 * entry per vulnerable CPE `vendor:product`. Rejected CVEs come back withdrawn.
 * @see https://nvd.nist.gov/developers/vulnerabilities#cves-response
 */
function nvdCveToOsv(cve, where) {
    if (!isObject(cve) || typeof cve.id !== 'string' || !/^CVE-\d{4}-\d+$/.test(cve.id))
        throw new Error(`${where}: not an NVD CVE record (needs "id": "CVE-…")`);
    const modified = utc(cve.lastModified) ?? utc(cve.published);
    if (!modified)
        throw new Error(`${where}: ${cve.id} has no "lastModified" or "published" time`);
    const english = array(cve.descriptions)
        .filter(isObject)
        .find((d) => d.lang === 'en' && typeof d.value === 'string');
    const summary = typeof english?.value === 'string' ? english.value.replace(/\s+/g, ' ').trim() : '';
    const severity = severities(cve.metrics);
    const published = utc(cve.published);
    const references = array(cve.references)
        .filter(isObject)
        .map((r) => r.url)
        .filter((u) => typeof u === 'string')
        .slice(0, KEPT_REFERENCES)
        .map((url) => ({ type: 'WEB', url }));
    return {
        id: `${NVD_ID_PREFIX}${cve.id}`,
        modified,
        ...(published ? { published } : {}),
        ...(cve.vulnStatus === 'Rejected' ? { withdrawn: modified } : {}),
        aliases: [cve.id],
        ...(summary
            ? { summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary }
            : {}),
        ...(severity.length ? { severity } : {}),
        affected: affected(cve.configurations),
        references: [{ type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/${cve.id}` }, ...references],
    };
}
/** The CVE ID of a stored NVD record. */
function cveIdOf(record) {
    return record.id.startsWith(NVD_ID_PREFIX) ? record.id.slice(NVD_ID_PREFIX.length) : record.id;
}
/** The CPE criteria of an `affected` entry written by `nvdCveToOsv`. */
function cpeCriteriaOf(affected) {
    const list = affected.database_specific?.cpe;
    return Array.isArray(list) ? list : [];
}


/***/ }),

/***/ 59716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ parseOsvText),
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   bQ: () => (/* binding */ normaliseOsv)
/* harmony export */ });
/* unused harmony export normalisePypiName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4085);


const EVENT_KEYS = new Set(['introduced', 'fixed', 'last_affected', 'limit']);
const RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);
const MAX_SUMMARY = 300;
const KEPT_REFERENCES = 3;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringList(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new Error(`${where} must be a list of strings`);
    return value;
}
function severities(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value))
        throw new Error(`${where} must be a list`);
    return value.map((s, i) => {
        if (!isObject(s) || typeof s.type !== 'string' || typeof s.score !== 'string')
            throw new Error(`${where}[${i}] needs string "type" and "score"`);
        return { type: s.type, score: s.score };
    });
}
function range(value, where) {
    if (!isObject(value) || typeof value.type !== 'string' || !RANGE_TYPES.has(value.type))
        throw new Error(`${where}.type must be SEMVER, ECOSYSTEM or GIT`);
    if (!Array.isArray(value.events) || value.events.length === 0)
        throw new Error(`${where}.events must be a non-empty list`);
    const events = value.events.map((e, i) => {
        const keys = isObject(e) ? Object.keys(e) : [];
        const key = keys[0];
        if (keys.length !== 1 ||
            key === undefined ||
            !EVENT_KEYS.has(key) ||
            typeof e[key] !== 'string')
            throw new Error(`${where}.events[${i}] must have exactly one of introduced, fixed, last_affected, limit`);
        return { [key]: e[key] };
    });
    const out = { type: value.type, events };
    if (typeof value.repo === 'string')
        out.repo = value.repo;
    if (isObject(value.database_specific))
        out.database_specific = value.database_specific;
    return out;
}
function affected(value, where) {
    if (!isObject(value))
        throw new Error(`${where} must be an object`);
    const out = {};
    if (value.package !== undefined) {
        const p = value.package;
        if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string')
            throw new Error(`${where}.package needs string "ecosystem" and "name"`);
        out.package = {
            ecosystem: p.ecosystem,
            name: p.name,
            ...(typeof p.purl === 'string' ? { purl: p.purl } : {}),
        };
    }
    const sev = severities(value.severity, `${where}.severity`);
    if (sev)
        out.severity = sev;
    if (value.ranges !== undefined) {
        if (!Array.isArray(value.ranges))
            throw new Error(`${where}.ranges must be a list`);
        out.ranges = value.ranges.map((r, i) => range(r, `${where}.ranges[${i}]`));
    }
    const versions = stringList(value.versions, `${where}.versions`);
    if (versions?.length)
        out.versions = versions;
    if (isObject(value.ecosystem_specific))
        out.ecosystem_specific = value.ecosystem_specific;
    if (isObject(value.database_specific))
        out.database_specific = value.database_specific;
    return out;
}
/**
 * Checks one OSV record and keeps what matching and reports need (long `details` and most
 * references are dropped, which keeps the local index compact). Throws with the field at fault.
 * @see https://ossf.github.io/osv-schema/#id-modified-fields
 */
function normaliseOsv(value) {
    if (!isObject(value))
        throw new Error('an OSV record must be a JSON object');
    if (typeof value.id !== 'string' || value.id === '')
        throw new Error('"id" must be a non-empty string');
    if (typeof value.modified !== 'string')
        throw new Error(`${value.id}: "modified" must be a string`);
    const record = { id: value.id, modified: value.modified };
    for (const key of ['published', 'withdrawn'])
        if (typeof value[key] === 'string')
            record[key] = value[key];
    for (const key of ['aliases', 'related', 'upstream']) {
        const list = stringList(value[key], `${value.id}.${key}`);
        if (list?.length)
            record[key] = list;
    }
    const summary = typeof value.summary === 'string'
        ? value.summary
        : typeof value.details === 'string'
            ? value.details
            : '';
    if (summary)
        record.summary = summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary;
    const sev = severities(value.severity, `${value.id}.severity`);
    if (sev)
        record.severity = sev;
    if (value.affected !== undefined) {
        if (!Array.isArray(value.affected))
            throw new Error(`${value.id}.affected must be a list`);
        record.affected = value.affected.map((a, i) => affected(a, `${value.id}.affected[${i}]`));
    }
    if (Array.isArray(value.references)) {
        const refs = value.references
            .filter((r) => isObject(r) && typeof r.type === 'string' && typeof r.url === 'string')
            .sort((a, b) => Number(b.type === 'ADVISORY') - Number(a.type === 'ADVISORY'))
            .slice(0, KEPT_REFERENCES)
            .map((r) => ({ type: r.type, url: r.url }));
        if (refs.length)
            record.references = refs;
    }
    if (isObject(value.database_specific)) {
        const { severity, cwe_ids } = value.database_specific;
        const kept = {};
        if (typeof severity === 'string')
            kept.severity = severity;
        if (Array.isArray(cwe_ids))
            kept.cwe_ids = cwe_ids;
        if (Object.keys(kept).length)
            record.database_specific = kept;
    }
    return record;
}
/** Parses the text of one `.json`, `.yaml` or `.yml` OSV file. */
function parseOsvText(text, file) {
    try {
        const value = /\.ya?ml$/i.test(file) ? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) : JSON.parse(text);
        return normaliseOsv(value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VulnDbError */ .Y('OSV_INVALID', `${file}: ${error.message}`, { file, cause: error });
    }
}
/** PEP 503 name normalisation, so `Django`, `django` and `DJANGO` find the same advisories. */
function normalisePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The index key of a package within an ecosystem (`Debian:12`, `PyPI`, …). */
function packageKey(ecosystem, name) {
    const base = ecosystem.split(':')[0];
    const normalised = base === 'PyPI' ? normalisePypiName(name) : name;
    return `${ecosystem}\u0000${normalised}`;
}


/***/ }),

/***/ 16778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ readOsvZip),
/* harmony export */   Zc: () => (/* binding */ readTree),
/* harmony export */   i2: () => (/* binding */ readOsvPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4085);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59716);





const OSV_FILE = /\.(json|ya?ml)$/i;
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
function collect(result, text, file) {
    try {
        result.records.push({ record: (0,_osv_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOsvText */ .HA)(text, file), file });
    }
    catch (error) {
        result.problems.push({ file, message: error.message });
    }
}
/**
 * Reads every OSV record in an osv.dev `all.zip` dump (one `<ID>.json` per entry), an entry
 * at a time. A damaged or truncated archive throws `DB_CORRUPT`; a bad entry is a problem.
 * @see https://google.github.io/osv.dev/data/#data-dumps
 */
function readOsvZip(path, result = { records: [], problems: [] }) {
    return new Promise((resolve, reject) => {
        const fail = (error) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VulnDbError */ .Y('DB_CORRUPT', `${path}: not a readable zip archive (${error.message})`, {
            file: path,
            cause: error,
        }));
        yauzl__WEBPACK_IMPORTED_MODULE_2__.open(path, { lazyEntries: true, autoClose: true, strictFileNames: false, validateEntrySizes: true }, (openError, zip) => {
            if (openError || !zip)
                return fail(openError);
            zip.on('error', fail);
            zip.on('end', () => resolve(result));
            zip.on('entry', (entry) => {
                const name = entry.fileName;
                if (name.endsWith('/') || !OSV_FILE.test(name))
                    return zip.readEntry();
                const where = `${path}!${name}`;
                if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
                    result.problems.push({
                        file: where,
                        message: `entry of ${entry.uncompressedSize} bytes is too large`,
                    });
                    return zip.readEntry();
                }
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError || !stream)
                        return fail(streamError);
                    const chunks = [];
                    stream.on('data', (chunk) => chunks.push(chunk));
                    stream.on('error', fail);
                    stream.on('end', () => {
                        collect(result, Buffer.concat(chunks).toString('utf8'), where);
                        zip.readEntry();
                    });
                });
            });
            zip.readEntry();
        });
    });
}
async function readDirectory(dir, accept, readOne) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.name.startsWith('.'))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            await readDirectory(full, accept, readOne);
        else if (entry.isFile() && accept(entry.name))
            await readOne(full);
    }
}
/**
 * Reads `path` with `readOne`, or every file under it that `accept`s, in name order when it
 * is a directory (dot-files skipped). A path that cannot be read is `OSV_UNREADABLE`.
 */
async function readTree(path, accept, readOne) {
    let isDirectory;
    try {
        isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VulnDbError */ .Y('OSV_UNREADABLE', `${path}: ${error.code ?? error.message}`, { file: path, cause: error });
    }
    if (isDirectory)
        await readDirectory(path, accept, readOne);
    else
        await readOne(path);
}
/**
 * Reads OSV records from a file (`.json`, `.yaml`, `.yml`), an osv.dev `all.zip`, or a
 * directory of either, such as a clone of pypa/advisory-database or AlmaLinux/osv-database.
 */
async function readOsvPath(path, result = { records: [], problems: [] }) {
    await readTree(path, (name) => OSV_FILE.test(name) || name.endsWith('.zip'), async (file) => {
        if (file.endsWith('.zip'))
            await readOsvZip(file, result);
        else
            collect(result, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
    });
    return result;
}


/***/ }),

/***/ 55689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ MemoryDb),
/* harmony export */   IS: () => (/* binding */ writeDb),
/* harmony export */   Kz: () => (/* binding */ readDbMeta),
/* harmony export */   LY: () => (/* binding */ defaultDbDir),
/* harmony export */   bI: () => (/* binding */ openDb),
/* harmony export */   i1: () => (/* binding */ dbAge),
/* harmony export */   pq: () => (/* binding */ parseMaxAge)
/* harmony export */ });
/* unused harmony export canonicalRecords */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4085);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59716);







const POINTER = 'current.json';
const RECORDS = 'records.jsonl';
const INDEX = 'index.json';
const META = 'metadata.json';
/** The default DB directory: `$PORTCULLIS_DB_DIR`, else `$XDG_CACHE_HOME/portcullis/osv`, else `~/.cache/portcullis/osv`. */
function defaultDbDir(env = process.env) {
    if (env.PORTCULLIS_DB_DIR)
        return env.PORTCULLIS_DB_DIR;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'portcullis', 'osv');
}
/** Drops duplicate IDs (the newest `modified` wins) and orders by ID, so the digest is stable. */
function canonicalRecords(records) {
    const byId = new Map();
    for (const r of records) {
        const seen = byId.get(r.id);
        if (!seen || r.modified > seen.modified)
            byId.set(r.id, r);
    }
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function indexKeys(record) {
    const keys = new Set();
    for (const a of record.affected ?? [])
        if (a.package)
            keys.add((0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .packageKey */ .MO)(a.package.ecosystem, a.package.name));
    return keys;
}
function ecosystemsOf(records) {
    const set = new Set();
    for (const r of records)
        for (const a of r.affected ?? [])
            if (a.package)
                set.add(a.package.ecosystem);
    return [...set].sort();
}
/** An index held in memory, for `--osv PATH` scans that never touch the cache. */
class MemoryDb {
    meta;
    byKey = new Map();
    /** `ecosystems` adds ecosystems that were queried even when no record names them (online mode). */
    constructor(records, sources, builtAt, ecosystems = []) {
        const list = canonicalRecords(records);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        for (const r of list) {
            hash.update(JSON.stringify(r));
            hash.update('\n');
            for (const key of indexKeys(r)) {
                const bucket = this.byKey.get(key);
                if (bucket)
                    bucket.push(r);
                else
                    this.byKey.set(key, [r]);
            }
        }
        const newest = list.reduce((max, r) => (r.modified > max ? r.modified : max), '');
        this.meta = {
            schema: 1,
            builtAt: builtAt ?? (newest || new Date(0).toISOString()),
            digest: `sha256:${hash.digest('hex')}`,
            records: list.length,
            ecosystems: [...new Set([...ecosystemsOf(list), ...ecosystems])].sort(),
            sources,
        };
    }
    lookup(ecosystem, name) {
        return this.byKey.get((0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .packageKey */ .MO)(ecosystem, name)) ?? [];
    }
    close() { }
}
function writeFileDurably(path, data) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'w');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, typeof data === 'string' ? Buffer.from(data) : data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * Writes a new DB version beside the old one and then swaps the `current.json` pointer with an
 * atomic rename: a crash at any point leaves the previous DB whole and in use. Older versions
 * are removed only after the swap.
 */
function writeDb(dir, records, sources, now = new Date()) {
    const list = canonicalRecords(records);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const version = `v${now.getTime()}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, version);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const index = { offsets: [], keys: {} };
    const chunks = [];
    let offset = 0;
    list.forEach((record, n) => {
        const line = Buffer.from(`${JSON.stringify(record)}\n`);
        hash.update(line);
        chunks.push(line);
        index.offsets.push(offset);
        offset += line.length;
        for (const key of indexKeys(record)) {
            const bucket = index.keys[key];
            if (bucket)
                bucket.push(n);
            else
                index.keys[key] = [n];
        }
    });
    index.offsets.push(offset);
    const meta = {
        schema: 1,
        builtAt: now.toISOString(),
        digest: `sha256:${hash.digest('hex')}`,
        records: list.length,
        ecosystems: ecosystemsOf(list),
        sources,
    };
    writeFileDurably((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, RECORDS), Buffer.concat(chunks));
    writeFileDurably((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, INDEX), JSON.stringify(index));
    writeFileDurably((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, META), JSON.stringify(meta, null, 2));
    const pointerTmp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${POINTER}.${version}.tmp`);
    writeFileDurably(pointerTmp, JSON.stringify({ version }));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(pointerTmp, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, POINTER));
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)) {
        if (entry !== version && /^v\d+-[0-9a-f]+$/.test(entry))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry), { recursive: true, force: true });
        if (entry.startsWith(`.${POINTER}.`) && entry.endsWith('.tmp'))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry), { force: true });
    }
    return meta;
}
/** Reads the metadata of the DB in `dir`, or undefined when there is none. */
function readDbMeta(dir) {
    const pointer = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, POINTER);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(pointer))
        return undefined;
    try {
        const { version } = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(pointer, 'utf8'));
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, version, META), 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_CORRUPT', `${dir}: unreadable DB metadata (${error.message})`, {
            file: dir,
            cause: error,
        });
    }
}
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}
/** A DB on disk: the index is in memory, records are read by offset on lookup. */
class DiskDb {
    meta;
    index;
    fd;
    file;
    cache = new Map();
    constructor(meta, index, fd, file) {
        this.meta = meta;
        this.index = index;
        this.fd = fd;
        this.file = file;
    }
    record(n) {
        const cached = this.cache.get(n);
        if (cached)
            return cached;
        const start = this.index.offsets[n];
        const end = this.index.offsets[n + 1];
        if (start === undefined || end === undefined || end < start)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_CORRUPT', `${this.file}: index entry ${n} is out of range`);
        const buffer = Buffer.alloc(end - start);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.fd, buffer, 0, buffer.length, start);
        try {
            const record = JSON.parse(buffer.toString('utf8'));
            this.cache.set(n, record);
            return record;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_CORRUPT', `${this.file}: record ${n} is not valid JSON`, {
                file: this.file,
                cause: error,
            });
        }
    }
    lookup(ecosystem, name) {
        return (this.index.keys[(0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .packageKey */ .MO)(ecosystem, name)] ?? []).map((n) => this.record(n));
    }
    close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
    }
}
/**
 * Opens the DB in `dir`. No DB is `DB_MISSING`; a truncated or altered one is `DB_CORRUPT`.
 * Both stop the scan with exit 3: never "0 vulnerabilities" for want of data.
 */
async function openDb(dir, options = {}) {
    const meta = readDbMeta(dir);
    if (!meta)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_MISSING', `no vulnerability DB in ${dir}: run \`portcullis db update\` or pass --osv PATH`, { file: dir });
    const { version } = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, POINTER), 'utf8'));
    const recordsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, version, RECORDS);
    const corrupt = (why, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_CORRUPT', `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, version)}: ${why}; run \`portcullis db update\` to rebuild it`, { file: dir, cause });
    let index;
    try {
        index = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, version, INDEX), 'utf8'));
    }
    catch (error) {
        throw corrupt('the index is unreadable', error);
    }
    if (!Array.isArray(index.offsets) ||
        typeof index.keys !== 'object' ||
        index.offsets.length !== meta.records + 1)
        throw corrupt('the index does not match the metadata');
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(recordsPath).size;
    }
    catch (error) {
        throw corrupt('the records file is missing', error);
    }
    if (size !== index.offsets[index.offsets.length - 1])
        throw corrupt(`the records file has ${size} bytes, the index expects ${index.offsets.at(-1)}`);
    if (options.verify !== false) {
        const digest = await sha256File(recordsPath);
        if (digest !== meta.digest)
            throw corrupt(`content digest ${digest} does not match ${meta.digest}`);
    }
    return new DiskDb(meta, index, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(recordsPath, 'r'), recordsPath);
}
/** Age of a DB in hours. */
function dbAge(meta, now = new Date()) {
    return (now.getTime() - Date.parse(meta.builtAt)) / 3_600_000;
}
/** Parses `max-db-age` values such as `24h`, `7d` or a number of hours. */
function parseMaxAge(value) {
    if (typeof value === 'number')
        return value;
    const m = /^(\d+(?:\.\d+)?)\s*([hd]?)$/i.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PortcullisError */ .SO('USAGE', `max-db-age "${value}" is not a duration like 24h or 7d`);
    return Number(m[1]) * (m[2]?.toLowerCase() === 'd' ? 24 : 1);
}


/***/ }),

/***/ 60631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UM: () => (/* binding */ updateDb),
/* harmony export */   W1: () => (/* binding */ DEFAULT_ECOSYSTEMS)
/* harmony export */ });
/* unused harmony exports OSV_DUMP_BASE, NVD_FEED_BASE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4085);
/* harmony import */ var _nvd_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51673);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16778);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55689);









/** The osv.dev ecosystems `portcullis db update` fetches by default. */
const DEFAULT_ECOSYSTEMS = [
    'Debian',
    'Ubuntu',
    'Alpine',
    'AlmaLinux',
    'Rocky Linux',
    'Red Hat',
    'npm',
    'PyPI',
    'Go',
    'Maven',
    'crates.io',
    'RubyGems',
    'Packagist',
];
/** osv.dev's public bucket of per-ecosystem dumps. @see https://google.github.io/osv.dev/data/#data-dumps */
const OSV_DUMP_BASE = 'https://osv-vulnerabilities.storage.googleapis.com';
/** NVD's CVE JSON 2.0 yearly data feeds. @see https://nvd.nist.gov/vuln/data-feeds */
const NVD_FEED_BASE = 'https://nvd.nist.gov/feeds/json/cve/2.0';
/** The first year NVD publishes a feed for. */
const NVD_FIRST_YEAR = 2002;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function download(url, file, options) {
    const doFetch = options.fetch ?? fetch;
    const attempts = options.attempts ?? 3;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let response;
        try {
            response = await doFetch(url, { redirect: 'follow' });
        }
        catch (error) {
            last = error.message;
            if (attempt < attempts)
                await sleep((options.retryDelayMs ?? 1000) * 2 ** (attempt - 1));
            continue;
        }
        if (response.ok && response.body) {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(response.body), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
            return;
        }
        last = `HTTP ${response.status}`;
        await response.body?.cancel();
        if (response.status !== 429 && response.status < 500)
            break;
        if (attempt < attempts)
            await sleep((options.retryDelayMs ?? 1000) * 2 ** (attempt - 1));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .VulnDbError */ .Y('DB_UPDATE_FAILED', `${url}: ${last}`);
}
function nvdFeeds(nvd, staging, now) {
    const base = (nvd.baseUrl ?? NVD_FEED_BASE).replace(/\/+$/, '');
    const lastYear = now.getUTCFullYear();
    const years = nvd.years ?? Array.from({ length: lastYear - NVD_FIRST_YEAR + 1 }, (_, i) => NVD_FIRST_YEAR + i);
    return years.map((year) => ({
        name: `NVD ${year}`,
        url: `${base}/nvdcve-2.0-${year}.json.gz`,
        file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, `nvd-${year}.json.gz`),
        read: (file) => (0,_nvd_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readNvdPath */ .W)(file),
    }));
}
/**
 * Downloads each ecosystem's `all.zip` (and NVD's feeds when asked), checks every record, and
 * writes a new DB atomically. Any failure leaves the previous DB untouched and throws
 * `DB_UPDATE_FAILED` or `DB_CORRUPT`.
 */
async function updateDb(options) {
    const ecosystems = options.ecosystems ?? DEFAULT_ECOSYSTEMS;
    const base = (options.baseUrl ?? OSV_DUMP_BASE).replace(/\/+$/, '');
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.dir, `.download-${process.pid}-${Date.now()}`);
    const dumps = [
        ...ecosystems.map((ecosystem, i) => ({
            name: ecosystem,
            url: `${base}/${encodeURIComponent(ecosystem)}/all.zip`,
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, `${i}.zip`),
            read: (file) => (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .readOsvZip */ .QI)(file),
        })),
        ...(options.nvd ? nvdFeeds(options.nvd, staging, options.now ?? new Date()) : []),
    ];
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
    try {
        const records = [];
        const sources = [];
        const skipped = [];
        for (const dump of dumps) {
            options.log?.(`downloading ${dump.url}`);
            await download(dump.url, dump.file, options);
            const result = await dump.read(dump.file);
            for (const r of result.records)
                records.push(r.record);
            skipped.push(...result.problems);
            sources.push({
                name: dump.name,
                url: dump.url,
                records: result.records.length,
                skipped: result.problems.length,
            });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dump.file, { force: true });
        }
        const meta = (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .writeDb */ .IS)(options.dir, records, sources, options.now);
        return { meta, skipped };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ })

};
