export const id = 651;
export const ids = [651];
export const modules = {

/***/ 60757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qK: () => (/* binding */ analyzeImage),
  Rs: () => (/* binding */ buildInventory)
});

// UNUSED EXPORTS: inventoryOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/gates/scan/cache.ts



/**
 * Per-layer inventory cache, keyed by the layer's diffID and the analyzer version (Trivy keys its
 * blob cache the same way: trivy pkg/fanal/artifact/image/image.go). A rescan reads only new layers.
 */
class LayerCache {
    dir;
    analyzerVersion;
    constructor(dir, analyzerVersion) {
        this.dir = dir;
        this.analyzerVersion = analyzerVersion;
    }
    file(diffId, extrasKey) {
        const name = extrasKey === undefined ? diffId : `${diffId}\0${extrasKey}`;
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${this.analyzerVersion}\0${name}`).digest('hex');
        return (0,external_node_path_.join)(this.dir, `${key}.json`);
    }
    /** The cached analysis of a layer; with `extrasKey`, only one whose extras were made under that key. */
    async get(diffId, extrasKey) {
        if (!/^sha256:[0-9a-f]{64}$/.test(diffId))
            return undefined;
        try {
            const analysis = JSON.parse(await (0,promises_.readFile)(this.file(diffId, extrasKey), 'utf8'));
            return analysis.analyzerVersion === this.analyzerVersion &&
                analysis.diffId === diffId &&
                analysis.extrasKey === extrasKey
                ? analysis
                : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Writes atomically (temp file, then rename), so a crashed run never leaves half an entry. */
    async put(analysis) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const target = this.file(analysis.diffId, analysis.extrasKey);
        const temp = `${target}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temp, JSON.stringify(analysis));
        await (0,promises_.rename)(temp, target);
    }
}

// EXTERNAL MODULE: ./src/gates/scan/catalog/index.ts + 15 modules
var catalog = __webpack_require__(48281);
// EXTERNAL MODULE: ./src/gates/scan/catalog/os-release.ts
var os_release = __webpack_require__(81572);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
;// CONCATENATED MODULE: ./src/gates/scan/catalog/purl.ts

const OS_NAMESPACE = { deb: 'debian', apk: 'alpine', rpm: 'redhat' };
/** PEP 503 name normalisation, which the purl spec requires for pypi. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function split(path, sep) {
    const at = path.lastIndexOf(sep);
    return at < 0 ? [undefined, path] : [path.slice(0, at), path.slice(at + 1)];
}
/**
 * The package URL of a package, per the purl spec's type definitions
 * (https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst). OS packages carry the
 * distro (`distro=debian-12`) as Syft and Trivy write it.
 */
function purlOf(pkg, distro) {
    const qualifiers = {};
    let namespace;
    let name = pkg.name;
    switch (pkg.ecosystem) {
        case 'deb':
        case 'apk':
        case 'rpm':
            namespace = distro?.family ?? OS_NAMESPACE[pkg.ecosystem];
            if (pkg.arch)
                qualifiers.arch = pkg.arch;
            if (pkg.epoch)
                qualifiers.epoch = String(pkg.epoch);
            if (distro)
                qualifiers.distro = `${distro.family}-${distro.versionId}`;
            break;
        case 'npm':
            if (name.startsWith('@'))
                [namespace, name] = split(name, '/');
            break;
        case 'pypi':
            name = normalizePythonName(name);
            break;
        case 'golang':
            [namespace, name] = split(name, '/');
            break;
        case 'maven':
            namespace = pkg.group;
            break;
        case 'composer':
            [namespace, name] = split(name, '/');
            break;
        default:
            break;
    }
    return new packageurl_js.PackageURL(pkg.ecosystem, namespace, name, pkg.version || undefined, Object.keys(qualifiers).length ? qualifiers : undefined, undefined).toString();
}

// EXTERNAL MODULE: ./src/gates/scan/inventory.ts
var inventory = __webpack_require__(28476);
;// CONCATENATED MODULE: ./src/gates/scan/layers/os.ts
/** os-release IDs whose package databases and advisories the scan gate knows. */
const SUPPORTED_OS = new Set([
    'debian',
    'ubuntu',
    'alpine',
    'wolfi',
    'chainguard',
    'rhel',
    'centos',
    'rocky',
    'almalinux',
    'fedora',
    'amzn',
    'ol',
    'sles',
    'opensuse-leap',
    'photon',
    'mariner',
    'azurelinux',
]);
/** The OS from release-file fields, or `undefined` when they name none. */
function osFromRelease(fields, source, distroless) {
    const family = fields.ID?.toLowerCase();
    if (!family)
        return undefined;
    const info = { family, versionId: fields.VERSION_ID ?? '', source: `/${source}` };
    if (fields.PRETTY_NAME)
        info.prettyName = fields.PRETTY_NAME;
    if (distroless || /distroless/i.test(fields.PRETTY_NAME ?? ''))
        info.distroless = true;
    return info;
}

// EXTERNAL MODULE: ./src/gates/scan/layers/paths.ts
var paths = __webpack_require__(91915);
;// CONCATENATED MODULE: ./src/gates/scan/layers/squash.ts





const keyOf = (p) => `${p.ecosystem}\0${p.group ?? ''}\0${p.name}\0${p.version}\0${p.arch ?? ''}`;
function deleteUnder(map, dir) {
    if (dir === '') {
        map.clear();
        return;
    }
    const prefix = `${dir}/`;
    for (const key of map.keys())
        if (key.startsWith(prefix))
            map.delete(key);
}
/** Resolves symlinks in every part of a path; `undefined` on a loop (more than `maxHops` links). */
function resolvePath(path, symlinks, maxHops) {
    let parts = path.split('/').filter(Boolean);
    let hops = 0;
    let i = 0;
    while (i < parts.length) {
        const target = symlinks.get(parts.slice(0, i + 1).join('/'));
        if (target === undefined) {
            i++;
            continue;
        }
        if (++hops > maxHops)
            return undefined;
        parts = [...target.split('/').filter(Boolean), ...parts.slice(i + 1)];
        i = 0;
    }
    return parts.join('/');
}
/**
 * Replays the layers' results in order, as Trivy's applier does with per-layer results rather than files:
 * opaque directories and whiteouts delete what lower layers said, later files replace earlier ones. Each
 * package is attributed to the lowest layer from which it was continuously present at the same path.
 * Language packages in files an OS package owns are left to the OS package (reported once).
 * See https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
function squash(layers, maxSymlinkHops) {
    const files = new Map();
    const symlinks = new Map();
    const history = new Map();
    const problems = [];
    layers.forEach(({ analysis }, index) => {
        problems.push(...analysis.problems);
        for (const dir of analysis.opaqueDirs) {
            deleteUnder(files, dir);
            deleteUnder(symlinks, dir);
            deleteUnder(history, dir);
        }
        for (const path of analysis.whiteouts) {
            for (const map of [files, symlinks, history]) {
                map.delete(path);
                deleteUnder(map, path);
            }
        }
        for (const path of analysis.replaced) {
            if (!(path in analysis.files)) {
                files.delete(path);
                history.delete(path);
            }
            if (!(path in analysis.symlinks))
                symlinks.delete(path);
        }
        for (const [path, facts] of Object.entries(analysis.files)) {
            files.set(path, { facts, layer: index });
            const runs = history.get(path) ?? [];
            runs.push({ layer: index, keys: new Set((facts.packages ?? []).map(keyOf)) });
            history.set(path, runs);
        }
        for (const [path, target] of Object.entries(analysis.symlinks))
            symlinks.set(path, target);
    });
    for (const link of symlinks.keys()) {
        if (resolvePath(link, symlinks, maxSymlinkHops) === undefined) {
            problems.push({ code: 'SYMLINK_LOOP', message: `symlink "${link}" loops; not followed`, path: link });
        }
    }
    const distroless = [...files.keys()].some((p) => p.includes('var/lib/dpkg/status.d/')) && !files.has('var/lib/dpkg/status');
    let os;
    for (const release of os_release/* RELEASE_FILES */.yP) {
        const resolved = resolvePath(release, symlinks, maxSymlinkHops);
        const fields = resolved === undefined ? undefined : files.get(resolved)?.facts.release;
        if (fields) {
            os = osFromRelease(fields, release, distroless);
            if (os)
                break;
        }
    }
    const osNote = !os
        ? `OS unknown: none of ${os_release/* RELEASE_FILES */.yP.map((f) => `/${f}`).join(', ')} names one`
        : SUPPORTED_OS.has(os.family)
            ? undefined
            : `OS "${os.family}" ${os.versionId} is not supported: its OS packages are listed but cannot be matched`;
    const owned = new Set();
    const installedNpmDirs = new Set();
    for (const [path, { facts }] of files) {
        for (const f of facts.ownedFiles ?? [])
            owned.add(f);
        if (facts.cataloger === 'npm' && path.includes('node_modules/')) {
            installedNpmDirs.add(path.slice(0, path.lastIndexOf('node_modules/')));
        }
        if (facts.unsupported)
            problems.push({ code: 'UNSUPPORTED_RPMDB', message: `${facts.unsupported} (/${path})`, path });
    }
    const distro = os && { family: os.family, versionId: os.versionId };
    const packages = [];
    for (const [path, { facts }] of files) {
        if (facts.cataloger === 'npm-lock') {
            const dir = (0,paths/* dirname */.pD)(path);
            if (installedNpmDirs.has(dir ? `${dir}/` : ''))
                continue;
        }
        for (const raw of facts.packages ?? []) {
            const isOs = inventory/* OS_ECOSYSTEMS */.r.has(raw.ecosystem);
            if (!isOs && owned.has(path))
                continue;
            const key = keyOf(raw);
            const runs = history.get(path) ?? [];
            let origin = runs.length - 1;
            while (origin > 0 && runs[origin - 1]?.keys.has(key))
                origin--;
            const layer = layers[runs[origin]?.layer ?? 0]?.ref;
            const { vendor: _vendor, ...rest } = raw;
            packages.push({
                ...rest,
                type: isOs ? 'os' : 'library',
                ...(isOs && distro ? { distro } : {}),
                purl: purlOf(raw, isOs ? distro : undefined),
                locations: [path],
                foundBy: facts.cataloger,
                layer,
            });
        }
    }
    packages.sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        (a.locations[0] ?? '').localeCompare(b.locations[0] ?? ''));
    const result = { packages, problems };
    if (os)
        result.os = os;
    if (osNote)
        result.osNote = osNote;
    return result;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/gates/scan/errors.ts
var scan_errors = __webpack_require__(98241);
// EXTERNAL MODULE: ./src/gates/scan/layers/decompress.ts
var decompress = __webpack_require__(60248);
;// CONCATENATED MODULE: ./src/gates/scan/layers/entries.ts

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';
async function readEntry(entry, limit, extras) {
    const chunks = [];
    let total = 0;
    // Read to the end even past the limit: leaving an entry early would break the tar stream.
    for await (const chunk of entry) {
        total += chunk.length;
        if (total <= limit)
            chunks.push(chunk);
        for (const s of extras)
            s.push(chunk);
    }
    return total > limit ? undefined : Buffer.concat(chunks);
}
/**
 * Records what each tar entry of one layer says into its analysis: whiteouts and opaque markers,
 * symlinks (never followed), hard links, and the facts of the files catalogers ask for. Hostile
 * entries become problems. Every entry is read to its end, so the tar stream goes on.
 */
class LayerRecorder {
    analysis;
    layerDigest;
    limits;
    extraCatalogers;
    regularFiles = new Set();
    buffers;
    streams;
    constructor(analysis, layerDigest, catalogers, limits, extraCatalogers = []) {
        this.analysis = analysis;
        this.layerDigest = layerDigest;
        this.limits = limits;
        this.extraCatalogers = extraCatalogers;
        this.buffers = catalogers.filter((c) => c.kind === 'buffer');
        this.streams = catalogers.filter((c) => c.kind === 'stream');
    }
    problem(code, message, path) {
        const p = { code, message, layerDigest: this.layerDigest, path };
        this.analysis.problems.push(p);
    }
    async record(entry) {
        const header = entry.header;
        const checked = (0,paths/* entryPath */.s3)(header.name);
        if (!checked.ok) {
            this.problem(checked.reason, checked.reason === 'ABSOLUTE_PATH'
                ? `absolute entry path "${header.name}" skipped`
                : `entry path "${header.name}" climbs out of the root with ".." and was skipped`, header.name);
            return void entry.resume();
        }
        const path = checked.path;
        const slash = path.lastIndexOf('/');
        const base = path.slice(slash + 1);
        const dir = slash < 0 ? '' : path.slice(0, slash);
        if (!path)
            return void entry.resume();
        if (base === OPAQUE_WHITEOUT) {
            this.analysis.opaqueDirs.push(dir);
            return void entry.resume();
        }
        if (base.startsWith(WHITEOUT_PREFIX)) {
            const name = base.slice(WHITEOUT_PREFIX.length);
            if (name && name !== '.' && name !== '..')
                this.analysis.whiteouts.push(dir ? `${dir}/${name}` : name);
            return void entry.resume();
        }
        if (header.type === 'symlink')
            return this.symlink(entry, path);
        if (header.type === 'link')
            return this.hardlink(entry, path);
        if (header.type === 'file' || header.type === 'contiguous-file')
            return this.file(entry, path);
        if (header.type === 'directory')
            this.analysis.replaced.push(path);
        entry.resume();
    }
    symlink(entry, path) {
        const linkname = entry.header.linkname ?? '';
        const target = (0,paths/* symlinkTarget */.vt)(path, linkname);
        if (target === undefined) {
            this.problem('SYMLINK_ESCAPE', `symlink "${path}" → "${linkname}" points outside the root; not followed`, path);
        }
        else {
            this.analysis.symlinks[path] = target;
        }
        this.analysis.replaced.push(path);
        entry.resume();
    }
    /** A hard link in a layer tar names an earlier regular file of the same tar. */
    hardlink(entry, path) {
        const linkname = entry.header.linkname ?? '';
        const link = (0,paths/* entryPath */.s3)(linkname);
        const target = link.ok ? link.path : undefined;
        if (!target || !this.regularFiles.has(target)) {
            this.problem('HARDLINK_MISSING', `hard link "${path}" → "${linkname}" has no target in this layer`, path);
        }
        else {
            this.regularFiles.add(path);
            const facts = this.analysis.files[target];
            if (facts)
                this.analysis.files[path] = facts;
        }
        this.analysis.replaced.push(path);
        entry.resume();
    }
    async file(entry, path) {
        this.regularFiles.add(path);
        this.analysis.replaced.push(path);
        const size = entry.header.size ?? 0;
        const mode = entry.header.mode ?? 0;
        const extras = this.extraCatalogers.filter((c) => c.match(path, mode, size)).map((c) => c.open());
        const buffered = this.buffers.find((c) => c.match(path));
        if (buffered)
            await this.buffered(entry, path, size, buffered, extras);
        else
            await this.streamed(entry, path, size, mode, extras);
        this.recordExtras(path, extras);
    }
    async streamed(entry, path, size, mode, extras) {
        const scanners = this.streams.filter((c) => c.match(path, mode, size)).map((c) => c.open());
        if (!scanners.length && !extras.length)
            return void entry.resume();
        for await (const chunk of entry) {
            for (const s of scanners)
                s.push(chunk);
            for (const s of extras)
                s.push(chunk);
        }
        const found = scanners.map((s) => s.finish()).filter((f) => f !== undefined);
        if (found.length) {
            this.analysis.files[path] = {
                cataloger: found.map((f) => f.cataloger).join('+'),
                packages: found.flatMap((f) => f.packages ?? []),
            };
        }
    }
    recordExtras(path, extras) {
        const found = extras.map((s) => s.finish()).filter((f) => f !== undefined);
        if (!found.length)
            return;
        this.analysis.extras ??= {};
        this.analysis.extras[path] = found;
    }
    async buffered(entry, path, size, cataloger, extras) {
        const { maxFileBytes } = this.limits;
        if (size > maxFileBytes) {
            this.problem('FILE_TOO_LARGE', `"${path}" (${size} bytes) is over the ${maxFileBytes}-byte cap and was not read`, path);
            if (!extras.length)
                return void entry.resume();
            await readEntry(entry, 0, extras);
            return;
        }
        const data = await readEntry(entry, maxFileBytes, extras);
        if (!data)
            return;
        try {
            this.analysis.files[path] = await cataloger.parse(path, data, { limits: this.limits });
        }
        catch (error) {
            this.problem('UNPARSABLE_FILE', `${cataloger.name} could not parse "${path}": ${error.message}`, path);
        }
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/gates/scan/layers/meter.ts


/** Counts and hashes the bytes that pass, and lets a check stop the stream (bounds). */
class Meter extends external_node_stream_.Transform {
    check;
    bytes = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    constructor(check = () => undefined) {
        super();
        this.check = check;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        this.hash.update(chunk);
        const error = this.check(this.bytes);
        if (error)
            done(error);
        else
            done(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}

;// CONCATENATED MODULE: ./src/gates/scan/layers/walk.ts







function mapStreamError(error, digest) {
    if (error instanceof errors/* PortcullisError */.SO)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    const code = error.code;
    if (/unexpected end|Unexpected end of data|UnexpectedEOF/i.test(message) ||
        code === 'Z_BUF_ERROR' ||
        code === 5) {
        return new scan_errors/* ScanError */.s('LAYER_TRUNCATED', `layer ${digest} ends early (${message})`, { cause: error });
    }
    return new scan_errors/* ScanError */.s('LAYER_CORRUPT', `layer ${digest} cannot be read: ${message}`, { cause: error });
}
/**
 * Reads one layer blob once, as a stream: verify its digest, decompress (gzip, zstd or none), walk the
 * tar, record whiteouts, opaque directories and symlinks, and hand the files catalogers ask for to them.
 * Nothing is written to disk; only requested files (bounded by `maxFileBytes`) are held in memory.
 * See https://github.com/opencontainers/image-spec/blob/main/layer.md (whiteouts, opaque directories).
 */
async function walkLayer(input, opts) {
    const { limits } = opts;
    const compression = (0,decompress/* compressionOf */.MB)(opts.mediaType);
    const analysis = {
        analyzerVersion: opts.analyzerVersion,
        diffId: opts.diffId,
        files: {},
        whiteouts: [],
        opaqueDirs: [],
        symlinks: {},
        replaced: [],
        problems: [],
        size: 0,
    };
    const compressed = new Meter((bytes) => {
        opts.onProgress?.(bytes);
        return undefined;
    });
    let imageBytesBefore = opts.budget.remaining;
    const uncompressed = new Meter((bytes) => {
        if (bytes > limits.maxLayerBytes) {
            return new scan_errors/* ScanError */.s('LAYER_TOO_LARGE', `layer ${opts.digest} is over ${limits.maxLayerBytes} bytes uncompressed`);
        }
        if (bytes > imageBytesBefore) {
            return new scan_errors/* ScanError */.s('IMAGE_TOO_LARGE', `the image is over ${limits.maxImageBytes} bytes uncompressed`);
        }
        if (compression !== 'none' &&
            bytes > limits.ratioGraceBytes &&
            bytes > compressed.bytes * limits.maxCompressionRatio) {
            return new scan_errors/* ScanError */.s('DECOMPRESSION_BOMB', `layer ${opts.digest} expands more than ${limits.maxCompressionRatio}x (${compressed.bytes} → ${bytes} bytes)`);
        }
        return undefined;
    });
    const extract = tar_stream.extract();
    const recorder = new LayerRecorder(analysis, opts.digest, opts.catalogers, limits, opts.extraCatalogers);
    const walk = async () => {
        for await (const entry of extract)
            await recorder.record(entry);
    };
    const walking = walk().catch((error) => {
        extract.destroy(error);
        throw error;
    });
    try {
        await Promise.all([
            (0,external_node_stream_promises_.pipeline)(input, compressed, (0,decompress/* decompressor */.ni)(compression), uncompressed, extract),
            walking,
        ]);
    }
    catch (error) {
        throw mapStreamError(error, opts.digest);
    }
    opts.budget.remaining -= uncompressed.bytes;
    imageBytesBefore = opts.budget.remaining;
    analysis.size = uncompressed.bytes;
    if (opts.size !== undefined && compressed.bytes !== opts.size) {
        throw new scan_errors/* ScanError */.s(compressed.bytes < opts.size ? 'LAYER_TRUNCATED' : 'BLOB_DIGEST_MISMATCH', `layer ${opts.digest} has ${compressed.bytes} bytes, the manifest says ${opts.size}`);
    }
    const blobDigest = compressed.digest();
    const diffId = uncompressed.digest();
    if (compression !== 'sniff' && blobDigest !== opts.digest) {
        throw new scan_errors/* ScanError */.s('BLOB_DIGEST_MISMATCH', `layer blob digest is ${blobDigest}, expected ${opts.digest}`);
    }
    if (opts.diffId && diffId !== opts.diffId) {
        throw new scan_errors/* ScanError */.s('DIFFID_MISMATCH', `layer ${opts.digest} uncompresses to ${diffId}, the config says ${opts.diffId}`);
    }
    return analysis;
}

// EXTERNAL MODULE: ./src/gates/scan/limits.ts
var scan_limits = __webpack_require__(61734);
// EXTERNAL MODULE: ./src/gates/scan/source/index.ts + 4 modules
var scan_source = __webpack_require__(29701);
;// CONCATENATED MODULE: ./src/gates/scan/analyze.ts






/** Reads an image by reference and builds its inventory. */
async function buildInventory(reference, options) {
    const openOptions = { cwd: options.cwd };
    if (options.platform)
        openOptions.platform = options.platform;
    if (options.env)
        openOptions.env = options.env;
    const source = await (0,scan_source/* openImage */.UY)(reference, openOptions);
    try {
        return await inventoryOf(source, options);
    }
    finally {
        await source.close?.();
    }
}
/** The inventory of an opened image; see {@link analyzeImage}. */
async function inventoryOf(source, options) {
    return (await analyzeImage(source, options)).inventory;
}
/**
 * Walks an opened image once: each layer is analysed (or taken from the cache), then the layers'
 * results are replayed in order (whiteouts, opaque directories) and attributed to layers. Returns the
 * inventory and the per-layer analyses, whose `extras` hold the extra catalogers' results.
 */
async function analyzeImage(source, options) {
    const limits = { ...scan_limits/* DEFAULT_LIMITS */.d, ...options.limits };
    const cache = options.cacheDir ? new LayerCache(options.cacheDir, catalog/* ANALYZER_VERSION */.MR) : undefined;
    const extraCatalogers = options.extraCatalogers ?? [];
    const extrasKey = extraCatalogers.length ? options.extrasKey : undefined;
    const cacheExtras = extraCatalogers.length === 0 || extrasKey !== undefined;
    const analyses = new Map();
    const cached = new Set();
    for (const layer of source.layers) {
        if (!cacheExtras)
            break;
        const hit = await cache?.get(layer.diffId, extrasKey);
        if (hit) {
            analyses.set(layer.index, hit);
            cached.add(layer.index);
        }
    }
    const budget = { remaining: limits.maxImageBytes };
    // Images may repeat a layer (identical empty layers): each blob is read once and used for every index.
    const wanted = source.layers.filter((l, i, all) => !analyses.has(l.index) && all.findIndex((o) => o.digest === l.digest) === i);
    await source.streamLayers(wanted, async (layer, blob) => {
        const walkOptions = {
            mediaType: layer.mediaType,
            digest: layer.digest,
            diffId: layer.diffId,
            analyzerVersion: catalog/* ANALYZER_VERSION */.MR,
            catalogers: catalog/* CATALOGERS */.aI,
            extraCatalogers,
            limits,
            budget,
        };
        if (layer.size !== undefined)
            walkOptions.size = layer.size;
        if (options.onProgress) {
            const progress = options.onProgress;
            walkOptions.onProgress = (bytes) => progress({
                layer: layer.index,
                layers: source.layers.length,
                bytes,
                ...(layer.size ? { size: layer.size } : {}),
            });
        }
        const analysis = await walkLayer(blob, walkOptions);
        for (const same of source.layers)
            if (same.digest === layer.digest)
                analyses.set(same.index, analysis);
        if (extrasKey !== undefined)
            analysis.extrasKey = extrasKey;
        const { extras: _extras, ...withoutExtras } = analysis;
        await cache?.put(cacheExtras ? analysis : withoutExtras);
    });
    const layers = source.layers.map((l) => {
        const info = {
            index: l.index,
            digest: l.digest,
            diffId: l.diffId,
            mediaType: l.mediaType,
            size: l.size ?? 0,
        };
        if (l.createdBy)
            info.createdBy = l.createdBy;
        if (cached.has(l.index))
            info.cached = true;
        return info;
    });
    const replay = layers.map((l) => {
        const ref = {
            index: l.index,
            digest: l.digest,
            diffId: l.diffId,
            ...(l.createdBy ? { createdBy: l.createdBy } : {}),
        };
        return { ref, analysis: analyses.get(l.index) };
    });
    const result = squash(replay, limits.maxSymlinkHops);
    const inventory = {
        image: source.info,
        layers,
        packages: result.packages,
        problems: result.problems,
        analyzerVersion: catalog/* ANALYZER_VERSION */.MR,
    };
    if (result.os)
        inventory.os = result.os;
    if (result.osNote)
        inventory.osNote = result.osNote;
    return { inventory, layers: replay };
}


/***/ }),

/***/ 48281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MR: () => (/* binding */ ANALYZER_VERSION),
  aI: () => (/* binding */ CATALOGERS)
});

// UNUSED EXPORTS: RELEASE_FILES

;// CONCATENATED MODULE: ./src/gates/scan/catalog/apk.ts
const INSTALLED = /(^|\/)lib\/apk\/db\/installed$/;
/**
 * Packages from an apk database: `P:` name, `V:` version, `o:` origin (the source package),
 * `A:` arch, `L:` license, `F:` directory and `R:` file lines give the files it owns.
 * See https://wiki.alpinelinux.org/wiki/Apk_spec#Installed_Database_V2
 */
function parseApkInstalled(text) {
    const packages = [];
    const ownedFiles = [];
    let fields = {};
    let dir = '';
    const flush = () => {
        if (fields.P && fields.V) {
            packages.push({
                name: fields.P,
                version: fields.V,
                ecosystem: 'apk',
                sourceName: fields.o || fields.P,
                sourceVersion: fields.V,
                ...(fields.A ? { arch: fields.A } : {}),
                ...(fields.L ? { licenses: [fields.L] } : {}),
            });
        }
        fields = {};
        dir = '';
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line[1] !== ':')
            continue;
        const key = line[0];
        const value = line.slice(2);
        if (key === 'F')
            dir = value;
        else if (key === 'R')
            ownedFiles.push(dir ? `${dir}/${value}` : value);
        else if (!(key in fields))
            fields[key] = value;
    }
    flush();
    return { packages, ownedFiles };
}
const apkCataloger = {
    kind: 'buffer',
    name: 'apk',
    match: (path) => INSTALLED.test(path),
    parse(_path, data) {
        return { cataloger: 'apk', ...parseApkInstalled(data.toString('utf8')) };
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/composer.ts
const composer_INSTALLED = /(^|\/)vendor\/composer\/installed\.json$/;
/** Composer's `vendor/composer/installed.json`, v1 (an array) or v2 (`{packages: [...]}`). */
function parseComposerInstalled(text) {
    const json = JSON.parse(text);
    const entries = Array.isArray(json) ? json : (json.packages ?? []);
    return entries
        .filter((e) => e.name && e.version)
        .map((e) => ({
        name: e.name,
        version: e.version.replace(/^v(?=\d)/, ''),
        ecosystem: 'composer',
        ...(Array.isArray(e.license) && e.license.length ? { licenses: e.license } : {}),
    }));
}
const composerCataloger = {
    kind: 'buffer',
    name: 'composer',
    match: (path) => composer_INSTALLED.test(path),
    parse: (_path, data) => ({
        cataloger: 'composer',
        packages: parseComposerInstalled(data.toString('utf8')),
    }),
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/dotnet.ts
const DEPS_JSON = /\.deps\.json$/;
const RUNTIME_PACK = 'runtimepack.';
const TYPES = new Set(['package', 'project', 'runtimepack']);
const nonEmpty = (v) => v !== undefined && v !== null && (typeof v !== 'object' || Object.keys(v).length > 0);
/**
 * NuGet packages from a .NET `*.deps.json`, as Trivy reads them (trivy pkg/dependency/parser/dotnet/core_deps):
 * `libraries` of type package, project or runtimepack (without its `runtimepack.` prefix); when the runtime
 * target is listed, only libraries with runtime, runtimeTargets or native assets in it.
 * See https://github.com/dotnet/sdk/blob/main/documentation/specs/runtime-configuration-file.md
 */
function parseDepsJson(text) {
    const doc = JSON.parse(text);
    const stripKey = (key) => (key.startsWith(RUNTIME_PACK) ? key.slice(RUNTIME_PACK.length) : key);
    const target = doc.targets?.[doc.runtimeTarget?.name ?? ''];
    const targetLibs = target ? new Map(Object.entries(target).map(([k, v]) => [stripKey(k), v])) : undefined;
    const out = [];
    for (const [key, lib] of Object.entries(doc.libraries ?? {})) {
        const slash = key.indexOf('/');
        if (slash <= 0 || !TYPES.has((lib.type ?? '').toLowerCase()))
            continue;
        const id = stripKey(key);
        const t = targetLibs?.get(id);
        if (targetLibs && t && !nonEmpty(t.runtime) && !nonEmpty(t.runtimeTargets) && !nonEmpty(t.native))
            continue;
        out.push({
            name: id.slice(0, id.indexOf('/')),
            version: id.slice(id.indexOf('/') + 1),
            ecosystem: 'nuget',
        });
    }
    return out;
}
const dotnetCataloger = {
    kind: 'buffer',
    name: 'dotnet-deps',
    match: (path) => DEPS_JSON.test(path),
    parse: (_path, data) => ({
        cataloger: 'dotnet-deps',
        packages: parseDepsJson(data.toString('utf8')),
    }),
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/rfc822.ts
/**
 * Splits a Debian control file (deb822) or an RFC 822 metadata header into stanzas of fields.
 * Continuation lines (starting with a space or tab) are appended to the previous field.
 * See https://www.debian.org/doc/debian-policy/ch-controlfields.html#syntax-of-control-files
 */
function parseStanzas(text) {
    const stanzas = [];
    let current = {};
    let lastKey;
    const flush = () => {
        if (Object.keys(current).length)
            stanzas.push(current);
        current = {};
        lastKey = undefined;
    };
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && lastKey) {
            current[lastKey] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        lastKey = line.slice(0, colon).trim();
        current[lastKey] = line.slice(colon + 1).trim();
    }
    flush();
    return stanzas;
}
/** The header fields of a Python core-metadata file (METADATA / PKG-INFO); the body after the blank line is ignored. */
function parseMetadataHeaders(text) {
    const fields = {};
    let lastKey;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && lastKey)
            continue;
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        lastKey = line.slice(0, colon).trim().toLowerCase();
        const values = fields[lastKey] ?? [];
        values.push(line.slice(colon + 1).trim());
        fields[lastKey] = values;
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/gates/scan/catalog/dpkg.ts

const STATUS = /(^|\/)var\/lib\/dpkg\/status$/;
const STATUS_D = /(^|\/)var\/lib\/dpkg\/status\.d\/[^/]+$/;
const INFO_LIST = /(^|\/)var\/lib\/dpkg\/info\/[^/]+\.list$/;
const SOURCE = /^(\S+)(?:\s+\((\S+)\))?$/;
/** Trivy drops stanzas whose Status names `deinstall` or `purge` (trivy pkg/fanal/analyzer/pkg/dpkg/dpkg.go). */
function installed(status) {
    if (status === undefined)
        return true;
    const words = status.split(/\s+/);
    return !words.includes('deinstall') && !words.includes('purge') && !words.includes('not-installed');
}
/**
 * Packages from a dpkg status file (or one distroless `status.d/` stanza file), keeping the
 * source package and its version: `Source: name (version)`.
 * See https://www.debian.org/doc/debian-policy/ch-controlfields.html#source
 */
function parseDpkgStatus(text) {
    const packages = [];
    for (const stanza of parseStanzas(text)) {
        const name = stanza.Package;
        const version = stanza.Version;
        if (!name || !version || !installed(stanza.Status))
            continue;
        const source = SOURCE.exec(stanza.Source ?? '');
        packages.push({
            name,
            version,
            ecosystem: 'deb',
            sourceName: source?.[1] ?? name,
            sourceVersion: source?.[2] ?? version,
            ...(stanza.Architecture ? { arch: stanza.Architecture } : {}),
        });
    }
    return packages;
}
/** File paths from a dpkg `info/*.list` or `*.md5sums` file, without the leading slash. */
function parseOwnedFiles(text, md5sums) {
    const files = [];
    for (const line of text.split('\n')) {
        const path = md5sums ? line.replace(/^[0-9a-f]+\s+/, '') : line;
        const clean = path.trim().replace(/^\/+/, '');
        if (clean && clean !== '.')
            files.push(clean);
    }
    return files;
}
const dpkgCataloger = {
    kind: 'buffer',
    name: 'dpkg',
    match: (path) => STATUS.test(path) || STATUS_D.test(path) || INFO_LIST.test(path),
    parse(path, data) {
        const text = data.toString('utf8');
        if (INFO_LIST.test(path))
            return { cataloger: 'dpkg', ownedFiles: parseOwnedFiles(text, false) };
        if (STATUS_D.test(path) && path.endsWith('.md5sums')) {
            return { cataloger: 'dpkg', ownedFiles: parseOwnedFiles(text, true) };
        }
        return { cataloger: 'dpkg', packages: parseDpkgStatus(text) };
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/golang.ts
/** The build-info header's magic, 16-byte aligned in the `.go.buildinfo` section (Go src/debug/buildinfo). */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_BYTES = 32;
const FLAG_INLINE_STRINGS = 0x2;
/** Build info is a few KB; 256 KiB after the magic is ample and bounds what we keep. */
const WINDOW = 256 * 1024;
const MIN_SIZE = 4096;
const BINARY_MAGICS = [
    Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
    Buffer.from('MZ'), // PE
    Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O 64
    Buffer.from([0xce, 0xfa, 0xed, 0xfe]), // Mach-O 32
];
function readUvarint(buf, offset) {
    let value = 0;
    let shift = 0;
    for (let i = offset; i < buf.length && shift < 35; i++) {
        const byte = buf[i];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            return [value, i + 1];
        shift += 7;
    }
    return undefined;
}
/**
 * The Go version and module list from the bytes at a build-info header (Go ≥ 1.18 inlines them
 * as varint-prefixed strings). The modinfo string is framed by 16 sentinel bytes on each side.
 * See https://go.dev/src/debug/buildinfo/buildinfo.go and https://pkg.go.dev/runtime/debug#BuildInfo
 */
function parseBuildInfo(at) {
    if (at.length < HEADER_BYTES || !at.subarray(0, MAGIC.length).equals(MAGIC))
        return undefined;
    const flags = at[15];
    if (!(flags & FLAG_INLINE_STRINGS))
        return undefined;
    const v = readUvarint(at, HEADER_BYTES);
    if (!v || v[1] + v[0] > at.length)
        return undefined;
    const goVersion = at.subarray(v[1], v[1] + v[0]).toString('utf8');
    const m = readUvarint(at, v[1] + v[0]);
    if (!m || m[1] + m[0] > at.length)
        return undefined;
    let modinfo = at.subarray(m[1], m[1] + m[0]);
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
        modinfo = modinfo.subarray(16, modinfo.length - 16);
    return { goVersion, modinfo: modinfo.toString('utf8') };
}
/** A `replace` by a directory (`=> ../lib`) keeps the required module's path and version. */
function isLocalPath(path) {
    return path.startsWith('.') || path.startsWith('/');
}
const PSEUDO_VERSION = /-(?:0\.|[0-9A-Za-z-]+\.0\.)?\d{14}-[0-9a-f]{12}(?:\+incompatible)?$/;
const SEMVER = /^v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const LDFLAGS_X = /-X(?:=|\s+)["']?([^"'=\s]+)=([^"'\s]+)/g;
const VERSION_PREFIXES = new Set(['main', 'common', 'version', 'cmd']);
/**
 * The main module's version stamped with `-ldflags "-X main.version=1.2.3"`, chosen as Trivy does
 * (trivy pkg/dependency/parser/golang/binary/parse.go ParseLDFlags): keys ending in `.version` or
 * `.ver` with a semver value; `<module>/cmd/…` keys first, then `main.`, `common.`, `version.`, `cmd.`,
 * then others; two candidates of the same rank give none.
 */
function ldflagsVersion(mainPath, ldflags) {
    const ranks = [[], [], []];
    for (const [, key = '', value = ''] of ldflags.matchAll(LDFLAGS_X)) {
        const lower = key.toLowerCase();
        if (!(lower.endsWith('.version') || lower.endsWith('.ver')) || !SEMVER.test(value))
            continue;
        const prefix = (key.slice(key.lastIndexOf('/') + 1).split('.')[0] ?? '').toLowerCase();
        const rank = key.startsWith(`${mainPath}/cmd/`) ? 0 : VERSION_PREFIXES.has(prefix) ? 1 : 2;
        if (!ranks[rank]?.includes(value))
            ranks[rank]?.push(value);
    }
    const found = ranks.find((r) => r.length > 0);
    return found?.length === 1 ? found[0] : '';
}
/** `go1.22.1 X:loopvar` or `go1.26.0-X:foo` → `v1.22.1`, as Trivy names the `stdlib` version. */
function stdlibVersion(goVersion) {
    const trimmed = goVersion.replace(/^go/, '').split(' ')[0] ?? '';
    return `v${trimmed.split('-X:')[0]}`;
}
/**
 * Modules from a modinfo string: `stdlib` at the Go version, every `dep` (with its `=>` replacement),
 * and the main module (`mod`). A main module built as `(devel)` takes its version from `-ldflags -X`,
 * else has none, as in Trivy.
 */
function modulesFromBuildInfo(goVersion, modinfo) {
    const packages = [{ name: 'stdlib', version: stdlibVersion(goVersion), ecosystem: 'golang' }];
    let main;
    let ldflags = '';
    for (const line of modinfo.split('\n')) {
        const [kind, path, version = ''] = line.split('\t');
        if (!path)
            continue;
        if (kind === 'mod')
            main = { path, version };
        else if (kind === 'dep' && version)
            packages.push({ name: path, version, ecosystem: 'golang' });
        else if (kind === '=>' && version && packages.length > 1 && !isLocalPath(path)) {
            packages[packages.length - 1] = {
                name: path,
                version: version === '(devel)' ? '' : version,
                ecosystem: 'golang',
            };
        }
        else if (kind === 'build' && path.startsWith('-ldflags='))
            ldflags = path.slice('-ldflags='.length);
    }
    if (main) {
        const own = main.version === '(devel)' ? '' : main.version;
        const stamped = ldflagsVersion(main.path, ldflags);
        const version = own && !PSEUDO_VERSION.test(own) ? own : stamped || own;
        packages.push({ name: main.path, version, ecosystem: 'golang' });
    }
    return packages;
}
class BuildInfoScanner {
    head;
    tail = Buffer.alloc(0);
    captured;
    capturedBytes = 0;
    done = false;
    push(chunk) {
        if (this.done)
            return;
        if (!this.head) {
            this.head = chunk;
            if (chunk.length >= 4 && !BINARY_MAGICS.some((m) => chunk.subarray(0, m.length).equals(m))) {
                this.done = true;
                return;
            }
        }
        if (this.captured) {
            this.captured.push(chunk);
            this.capturedBytes += chunk.length;
            if (this.capturedBytes >= WINDOW)
                this.done = true;
            return;
        }
        const joined = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
        const at = joined.indexOf(MAGIC);
        if (at >= 0) {
            this.captured = [joined.subarray(at)];
            this.capturedBytes = joined.length - at;
            if (this.capturedBytes >= WINDOW)
                this.done = true;
            return;
        }
        this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - MAGIC.length + 1)));
    }
    finish() {
        if (!this.captured)
            return undefined;
        const info = parseBuildInfo(Buffer.concat(this.captured).subarray(0, WINDOW));
        if (!info)
            return undefined;
        return { cataloger: 'go-buildinfo', packages: modulesFromBuildInfo(info.goVersion, info.modinfo) };
    }
}
/** Go binaries: any executable regular file, scanned as it streams for the build-info header. */
const goBinaryCataloger = {
    kind: 'stream',
    name: 'go-buildinfo',
    match: (_path, mode, size) => (mode & 0o111) !== 0 && size >= MIN_SIZE,
    open: () => new BuildInfoScanner(),
};

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/gates/scan/catalog/java.ts

const ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|nar)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = 'META-INF/MANIFEST.MF';
const FILE_VERSION = /^(.+?)-(\d[\w.\-+]*)$/;
function parseProperties(text) {
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#') || line.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line.trim());
        if (m)
            out[m[1]] = m[2].trim();
    }
    return out;
}
/** MANIFEST.MF main section; continuation lines start with one space (JAR File Specification). */
function parseManifest(text) {
    const out = {};
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last) {
            out[last] += line.slice(1);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim();
        out[last] = line.slice(colon + 1).trim();
    }
    return out;
}
function baseName(path) {
    return (path.split('/').pop() ?? path).replace(ARCHIVE, '');
}
/**
 * Maven packages in a jar/war/ear: every `META-INF/maven/<g>/<a>/pom.properties` (a shaded fat jar has
 * many), else MANIFEST.MF, else the file name; then the same for nested archives (`BOOT-INF/lib/*.jar`,
 * `WEB-INF/lib/*.jar`), down to `maxArchiveDepth`. Trivy's order without its SHA-1 database
 * (trivy pkg/dependency/parser/java/jar/parse.go).
 */
function parseJavaArchive(path, data, ctx, depth = 0) {
    const files = (0,esm/* unzipSync */.AO)(data, {
        filter: (f) => f.originalSize <= ctx.limits.maxFileBytes &&
            (POM_PROPERTIES.test(f.name) ||
                f.name === MANIFEST ||
                (depth < ctx.limits.maxArchiveDepth && ARCHIVE.test(f.name))),
    });
    const found = new Map();
    const add = (p) => found.set(`${p.group ?? ''}:${p.name}@${p.version}`, p);
    for (const [name, bytes] of Object.entries(files)) {
        if (!POM_PROPERTIES.test(name))
            continue;
        const props = parseProperties(Buffer.from(bytes).toString('utf8'));
        if (props.artifactId && props.version) {
            add({
                name: props.artifactId,
                version: props.version,
                ecosystem: 'maven',
                ...(props.groupId ? { group: props.groupId } : {}),
            });
        }
    }
    if (found.size === 0) {
        const manifest = files[MANIFEST] ? parseManifest(Buffer.from(files[MANIFEST]).toString('utf8')) : {};
        const fromFile = FILE_VERSION.exec(baseName(path));
        const version = manifest['Implementation-Version'] ?? manifest['Bundle-Version'] ?? fromFile?.[2];
        const title = manifest['Implementation-Title'] ?? fromFile?.[1] ?? baseName(path);
        const group = manifest['Implementation-Vendor-Id'] ?? manifest['Bundle-SymbolicName']?.split(';')[0];
        if (version && title)
            add({ name: title, version, ecosystem: 'maven', ...(group ? { group } : {}) });
    }
    for (const [name, bytes] of Object.entries(files)) {
        if (!ARCHIVE.test(name))
            continue;
        try {
            for (const p of parseJavaArchive(name, bytes, ctx, depth + 1))
                add(p);
        }
        catch {
            // A nested entry that is not a zip is not an archive we can read; its parent still counts.
        }
    }
    return [...found.values()];
}
const javaCataloger = {
    kind: 'buffer',
    name: 'java-archive',
    match: (path) => ARCHIVE.test(path),
    parse: (path, data, ctx) => ({
        cataloger: 'java-archive',
        packages: parseJavaArchive(path, data, ctx),
    }),
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/npm.ts
const PACKAGE_JSON = /(^|\/)package\.json$/;
/** The top-level package.json of an installed package (trivy nodejs/pkg IsPackageRoot). */
const npm_INSTALLED = /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/;
const LOCKFILE = /(^|\/)package-lock\.json$/;
function licenseOf(json) {
    const license = json.license;
    if (typeof license === 'string')
        return [license];
    if (license && typeof license === 'object' && typeof license.type === 'string') {
        return [license.type];
    }
    return undefined;
}
/**
 * A `package.json` with a name and a version: every one in the image, as Trivy's image mode reads them
 * (trivy pkg/fanal/analyzer/language/nodejs/pkg), so an application's own package is listed too.
 */
function parseInstalledPackageJson(text) {
    const json = JSON.parse(text);
    if (typeof json.name !== 'string' || typeof json.version !== 'string' || !json.name || !json.version)
        return [];
    const licenses = licenseOf(json);
    return [{ name: json.name, version: json.version, ecosystem: 'npm', ...(licenses ? { licenses } : {}) }];
}
/**
 * Packages from a package-lock.json, v1 (`dependencies`) or v2/v3 (`packages`), skipping the root
 * and linked entries. Used only where no node_modules was installed next to it.
 * See https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
 */
function parsePackageLock(text) {
    const json = JSON.parse(text);
    const out = [];
    if (json.packages) {
        for (const [key, entry] of Object.entries(json.packages)) {
            if (!key || entry.link || !entry.version)
                continue;
            const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
            out.push({
                name,
                version: entry.version,
                ecosystem: 'npm',
                ...(entry.license ? { licenses: [entry.license] } : {}),
            });
        }
        return out;
    }
    const walk = (deps) => {
        for (const [name, entry] of Object.entries(deps ?? {})) {
            if (entry.version && !entry.version.startsWith('file:'))
                out.push({ name, version: entry.version, ecosystem: 'npm' });
            walk(entry.dependencies);
        }
    };
    walk(json.dependencies);
    return out;
}
const npmCataloger = {
    kind: 'buffer',
    name: 'npm',
    match: (path) => PACKAGE_JSON.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
    parse(path, data) {
        const text = data.toString('utf8');
        if (LOCKFILE.test(path))
            return { cataloger: 'npm-lock', packages: parsePackageLock(text) };
        try {
            return { cataloger: 'npm', packages: parseInstalledPackageJson(text) };
        }
        catch (error) {
            // Packages ship broken package.json files as test fixtures; only an installed package's own must parse.
            if (npm_INSTALLED.test(path))
                throw error;
            return { cataloger: 'npm', packages: [] };
        }
    },
};

// EXTERNAL MODULE: ./src/gates/scan/catalog/os-release.ts
var os_release = __webpack_require__(81572);
;// CONCATENATED MODULE: ./src/gates/scan/catalog/python.ts

const METADATA = /(^|\/)[^/]+\.dist-info\/METADATA$/;
const PKG_INFO = /(^|\/)[^/]+\.egg-info(\/PKG-INFO)?$/;
/**
 * A Python distribution's core metadata (`Name`, `Version`, `License`).
 * See https://packaging.python.org/en/latest/specifications/core-metadata/
 */
function parsePythonMetadata(text) {
    const fields = parseMetadataHeaders(text);
    const name = fields.name?.[0];
    const version = fields.version?.[0];
    if (!name || !version)
        return [];
    const expression = fields['license-expression']?.[0] ?? fields.license?.[0];
    const licenses = expression && expression !== 'UNKNOWN' && !expression.includes('\n') ? [expression] : undefined;
    return [{ name, version, ecosystem: 'pypi', ...(licenses ? { licenses } : {}) }];
}
const pythonCataloger = {
    kind: 'buffer',
    name: 'python',
    match: (path) => METADATA.test(path) || PKG_INFO.test(path),
    parse(_path, data) {
        return { cataloger: 'python', packages: parsePythonMetadata(data.toString('utf8')) };
    },
};

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/gates/scan/catalog/rpm/header.ts
/**
 * Decodes an rpm header blob as stored in rpmdb (the `blob` column of rpmdb.sqlite):
 * big-endian index count `il` and data length `dl`, `il` 16-byte entries {tag, type, offset, count},
 * then `dl` bytes of data. Tag numbers from rpm's lib/rpmtag.h.
 * See https://rpm-software-management.github.io/rpm/manual/format_v4.html (header structure).
 */
const TAG = {
    NAME: 1000,
    VERSION: 1001,
    RELEASE: 1002,
    EPOCH: 1003,
    VENDOR: 1011,
    LICENSE: 1014,
    ARCH: 1022,
    SOURCERPM: 1044,
    DIRINDEXES: 1116,
    BASENAMES: 1117,
    DIRNAMES: 1118,
};
const TYPE = { INT32: 4, STRING: 6, STRING_ARRAY: 8, I18NSTRING: 9 };
const MAX_ENTRIES = 0x10000;
const MAX_DATA = 256 * 1024 * 1024;
class RpmHeaderError extends Error {
}
/** The entries of one header blob, by tag; only the string and int32 types we use are decoded. */
function decodeHeaderBlob(blob) {
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    if (blob.byteLength < 8)
        throw new RpmHeaderError('rpm header blob shorter than 8 bytes');
    const il = view.getInt32(0);
    const dl = view.getInt32(4);
    if (il < 1 || il > MAX_ENTRIES || dl < 0 || dl > MAX_DATA) {
        throw new RpmHeaderError(`rpm header blob with ${il} entries and ${dl} data bytes is out of bounds`);
    }
    const dataStart = 8 + il * 16;
    if (dataStart + dl > blob.byteLength)
        throw new RpmHeaderError('rpm header blob is truncated');
    const data = blob.subarray(dataStart, dataStart + dl);
    const readString = (offset) => {
        const end = data.indexOf(0, offset);
        if (end < 0)
            throw new RpmHeaderError('unterminated string in rpm header');
        return [Buffer.from(data.subarray(offset, end)).toString('utf8'), end + 1];
    };
    const entries = new Map();
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = view.getInt32(at);
        const type = view.getUint32(at + 4);
        const offset = view.getInt32(at + 8);
        const count = view.getUint32(at + 12);
        if (offset < 0 || offset > dl)
            throw new RpmHeaderError(`rpm header tag ${tag} points outside the data`);
        if (type === TYPE.STRING) {
            entries.set(tag, readString(offset)[0]);
        }
        else if (type === TYPE.STRING_ARRAY || type === TYPE.I18NSTRING) {
            const values = [];
            let pos = offset;
            for (let n = 0; n < count && n < MAX_DATA; n++) {
                const [value, next] = readString(pos);
                values.push(value);
                pos = next;
            }
            entries.set(tag, type === TYPE.I18NSTRING ? (values[0] ?? '') : values);
        }
        else if (type === TYPE.INT32) {
            if (offset + count * 4 > dl)
                throw new RpmHeaderError(`rpm header tag ${tag} overruns the data`);
            const values = [];
            const base = dataStart + offset;
            for (let n = 0; n < count; n++)
                values.push(view.getInt32(base + n * 4));
            entries.set(tag, values);
        }
    }
    return entries;
}
/** `name-version-release.src.rpm` → name and `version-release` (trivy pkg/fanal/analyzer/pkg/rpm/rpm.go splitFileName). */
function splitSourceRpm(file) {
    const base = file.replace(/\.rpm$/, '').replace(/\.[^.]+$/, '');
    const rel = base.lastIndexOf('-');
    if (rel <= 0)
        return undefined;
    const ver = base.lastIndexOf('-', rel - 1);
    if (ver <= 0)
        return undefined;
    return { name: base.slice(0, ver), version: base.slice(ver + 1) };
}

;// CONCATENATED MODULE: ./src/gates/scan/catalog/rpm/bdb.ts

const HASH_MAGIC = 0x00061561;
const PAGE_HEADER = 26;
const PAGE_TYPE = { hashUnsorted: 2, overflow: 7, hash: 13 };
const H_OFFPAGE = 3;
const OFFPAGE_ITEM = 12;
const PAGE_SIZES = new Set([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);
/**
 * The header blobs of an rpm Berkeley DB `Packages` file (a BDB hash database; RHEL/CentOS ≤ 8,
 * UBI 8, Amazon Linux 2). Hash pages (type 13, or 2 before BDB 4.6) hold key/data index pairs; each
 * package's data is an off-page item (`H_OFFPAGE`: type, page number, total length) whose bytes lie
 * in a chain of overflow pages (type 7). Either byte order, read-only, every chain bounded.
 * Page layouts: Berkeley DB src/dbinc/db_page.h (https://github.com/berkeleydb/libdb).
 */
function bdbBlobs(db) {
    if (db.byteLength < 512)
        throw new RpmHeaderError('rpm Berkeley DB file is shorter than one page');
    const view = new DataView(db.buffer, db.byteOffset, db.byteLength);
    const le = view.getUint32(12, true) === HASH_MAGIC;
    if (!le && view.getUint32(12, false) !== HASH_MAGIC)
        throw new RpmHeaderError('not a Berkeley DB hash database');
    const u16 = (o) => view.getUint16(o, le);
    const u32 = (o) => view.getUint32(o, le);
    const pageSize = u32(20);
    if (!PAGE_SIZES.has(pageSize))
        throw new RpmHeaderError(`unexpected Berkeley DB page size ${pageSize}`);
    if (db[24] !== 0)
        throw new RpmHeaderError('encrypted Berkeley DB databases are not supported');
    const pages = Math.floor(db.byteLength / pageSize);
    const lastPage = Math.min(u32(32), pages - 1);
    const overflow = (first, total) => {
        const out = new Uint8Array(total);
        let filled = 0;
        let pgno = first;
        for (let hops = 0; pgno !== 0 && filled < total; hops++) {
            if (pgno > lastPage || hops > pages)
                throw new RpmHeaderError(`broken Berkeley DB overflow chain at page ${pgno}`);
            const at = pgno * pageSize;
            if (db[at + 25] !== PAGE_TYPE.overflow)
                throw new RpmHeaderError(`page ${pgno} is not an overflow page`);
            const length = Math.min(u16(at + 22), pageSize - PAGE_HEADER, total - filled);
            out.set(db.subarray(at + PAGE_HEADER, at + PAGE_HEADER + length), filled);
            filled += length;
            pgno = u32(at + 16);
        }
        if (filled !== total)
            throw new RpmHeaderError(`Berkeley DB item of ${total} bytes has ${filled}`);
        return out;
    };
    const blobs = [];
    for (let pgno = 1; pgno <= lastPage; pgno++) {
        const at = pgno * pageSize;
        const type = db[at + 25];
        if (type !== PAGE_TYPE.hash && type !== PAGE_TYPE.hashUnsorted)
            continue;
        const entries = u16(at + 20);
        if (PAGE_HEADER + entries * 2 > pageSize)
            throw new RpmHeaderError(`Berkeley DB page ${pgno} has too many entries`);
        // Entries are key/data pairs; the data of each pair is the odd one.
        for (let i = 1; i < entries; i += 2) {
            const item = at + u16(at + PAGE_HEADER + i * 2);
            if (item + OFFPAGE_ITEM > at + pageSize || db[item] !== H_OFFPAGE)
                continue;
            blobs.push(overflow(u32(item + 4), u32(item + 8)));
        }
    }
    return blobs;
}

;// CONCATENATED MODULE: ./src/gates/scan/catalog/rpm/ndb.ts

const HEADER_MAGIC = 0x506d7052; // 'RpmP' little-endian
const SLOT_MAGIC = 0x746f6c53; // 'Slot'
const BLOB_MAGIC = 0x53626c42; // 'BlbS'
const SLOT_SIZE = 16;
const SLOTS_PER_PAGE = 4096 / SLOT_SIZE;
const BLOCK_SIZE = 16;
/** rpm itself caps the slot pages; 2048 pages is half a million packages. */
const MAX_SLOT_PAGES = 2048;
/**
 * The header blobs of an rpm NDB database (`Packages.db`, SUSE): a 32-byte little-endian header
 * (magic `RpmP`, version 0, generation, slot page count), 4 KiB pages of 16-byte slots (magic `Slot`,
 * package index, block offset, block count), and per package a blob header (magic `BlbS`, package index,
 * checksum, length) at `blockOffset × 16`, followed by the header blob.
 * Format: rpm lib/backend/ndb/rpmpkg.c (https://github.com/rpm-software-management/rpm).
 */
function ndbBlobs(db) {
    const view = new DataView(db.buffer, db.byteOffset, db.byteLength);
    if (db.byteLength < 32 || view.getUint32(0, true) !== HEADER_MAGIC || view.getUint32(4, true) !== 0) {
        throw new RpmHeaderError('not an rpm NDB database (bad header magic or version)');
    }
    const pages = view.getUint32(12, true);
    if (pages === 0 || pages > MAX_SLOT_PAGES || pages * 4096 > db.byteLength) {
        throw new RpmHeaderError(`rpm NDB database with ${pages} slot pages is out of bounds`);
    }
    const blobs = [];
    // The first two slots of the first page hold the database header.
    for (let i = 2; i < pages * SLOTS_PER_PAGE; i++) {
        const at = i * SLOT_SIZE;
        if (view.getUint32(at, true) !== SLOT_MAGIC)
            throw new RpmHeaderError(`bad rpm NDB slot magic at slot ${i}`);
        const pkgIndex = view.getUint32(at + 4, true);
        if (pkgIndex === 0)
            continue;
        const blob = view.getUint32(at + 8, true) * BLOCK_SIZE;
        if (blob + 16 > db.byteLength)
            throw new RpmHeaderError(`rpm NDB package ${pkgIndex} points outside the file`);
        if (view.getUint32(blob, true) !== BLOB_MAGIC || view.getUint32(blob + 4, true) !== pkgIndex) {
            throw new RpmHeaderError(`rpm NDB package ${pkgIndex} has no blob where its slot points`);
        }
        const length = view.getUint32(blob + 12, true);
        if (blob + 16 + length > db.byteLength)
            throw new RpmHeaderError(`rpm NDB package ${pkgIndex} is truncated`);
        blobs.push(db.subarray(blob + 16, blob + 16 + length));
    }
    return blobs;
}

;// CONCATENATED MODULE: ./src/gates/scan/catalog/rpm/cataloger.ts




const RPM_DIRS = '(var/lib/rpm|usr/lib/sysimage/rpm|usr/share/rpm)';
const SQLITE = new RegExp(`(^|/)${RPM_DIRS}/rpmdb\\.sqlite$`);
/** Berkeley DB's hash database magic number (db_page.h). */
const cataloger_HASH_MAGIC = 0x00061561;
const BDB = new RegExp(`(^|/)${RPM_DIRS}/Packages$`);
const NDB = new RegExp(`(^|/)${RPM_DIRS}/Packages\\.db$`);
let sqlJs;
/** sql.js (SQLite in WebAssembly): Node 20 has no built-in SQLite, and no native build is needed. */
function loadSqlJs() {
    sqlJs ??= (async () => {
        const init = (await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.t.bind(__webpack_require__, 135, 23))).default;
        const wasm = (0,external_node_module_.createRequire)(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
        return init({ locateFile: () => wasm });
    })();
    return sqlJs;
}
const str = (v) => (typeof v === 'string' ? v : undefined);
/** One package (and the files it owns) from a decoded header. `gpg-pubkey` pseudo packages are skipped. */
function packageFromHeader(blob) {
    const h = decodeHeaderBlob(blob);
    const name = str(h.get(TAG.NAME));
    const version = str(h.get(TAG.VERSION));
    const release = str(h.get(TAG.RELEASE));
    if (!name || !version || name === 'gpg-pubkey')
        return { files: [] };
    const epochValue = h.get(TAG.EPOCH);
    const epoch = Array.isArray(epochValue) && typeof epochValue[0] === 'number' ? epochValue[0] : 0;
    const sourceRpm = str(h.get(TAG.SOURCERPM));
    const source = sourceRpm ? splitSourceRpm(sourceRpm) : undefined;
    const license = str(h.get(TAG.LICENSE));
    const vendor = str(h.get(TAG.VENDOR));
    const arch = str(h.get(TAG.ARCH));
    const full = release ? `${version}-${release}` : version;
    const pkg = {
        name,
        version: full,
        ecosystem: 'rpm',
        epoch,
        ...(release ? { release } : {}),
        sourceName: source?.name ?? name,
        sourceVersion: source?.version ?? full,
        ...(arch ? { arch } : {}),
        ...(license ? { licenses: [license] } : {}),
        ...(vendor ? { vendor } : {}),
    };
    const dirs = h.get(TAG.DIRNAMES);
    const bases = h.get(TAG.BASENAMES);
    const indexes = h.get(TAG.DIRINDEXES);
    const files = [];
    if (Array.isArray(dirs) && Array.isArray(bases) && Array.isArray(indexes)) {
        bases.forEach((base, i) => {
            const dir = dirs[indexes[i]];
            if (typeof dir === 'string')
                files.push(`${dir}${base}`.replace(/^\/+/, ''));
        });
    }
    return { pkg, files };
}
/**
 * Packages from an rpm SQLite database (`SELECT blob FROM Packages`, as go-rpmdb does).
 */
async function parseRpmSqlite(data) {
    const SQL = await loadSqlJs();
    const db = new SQL.Database(data);
    try {
        const packages = [];
        const ownedFiles = [];
        const statement = db.prepare('SELECT blob FROM Packages');
        while (statement.step()) {
            const blob = statement.get()[0];
            if (!(blob instanceof Uint8Array))
                continue;
            const { pkg, files } = packageFromHeader(blob);
            if (pkg)
                packages.push(pkg);
            for (const f of files)
                ownedFiles.push(f);
        }
        statement.free();
        return { cataloger: 'rpm', packages, ownedFiles };
    }
    finally {
        db.close();
    }
}
function factsOf(blobs) {
    const packages = [];
    const ownedFiles = [];
    for (const blob of blobs) {
        const { pkg, files } = packageFromHeader(blob);
        if (pkg)
            packages.push(pkg);
        for (const f of files)
            ownedFiles.push(f);
    }
    return { cataloger: 'rpm', packages, ownedFiles };
}
/** Packages from an rpm NDB database (`Packages.db`, SUSE since 15 SP3). */
function parseRpmNdb(data) {
    return factsOf(ndbBlobs(data));
}
/** Packages from an rpm Berkeley DB database (`Packages`, RHEL/CentOS ≤ 8, Amazon Linux 2). */
function parseRpmBdb(data) {
    return factsOf(bdbBlobs(data));
}
const rpmCataloger = {
    kind: 'buffer',
    name: 'rpm',
    match: (path) => SQLITE.test(path) || BDB.test(path) || NDB.test(path),
    parse(path, data) {
        if (BDB.test(path)) {
            const head = new DataView(data.buffer, data.byteOffset, data.byteLength);
            const hash = data.byteLength >= 16 && [head.getUint32(12, true), head.getUint32(12, false)].includes(cataloger_HASH_MAGIC);
            if (!hash)
                return {
                    cataloger: 'rpm',
                    unsupported: 'unsupported rpm database format: not a Berkeley DB hash file',
                };
            return parseRpmBdb(data);
        }
        if (NDB.test(path))
            return parseRpmNdb(data);
        return parseRpmSqlite(data);
    },
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/ruby.ts
const GEMSPEC = /(^|\/)specifications\/[^/]+\.gemspec$/;
const NAME = /^\s*\w+\.name\s*=\s*["']([^"']+)["']/m;
const VERSION = /^\s*\w+\.version\s*=\s*["']([^"']+)["']/m;
const LICENSES = /^\s*\w+\.licenses?\s*=\s*\[?([^\n\]]+)/m;
/**
 * The name and version of an installed gem's specification, as RubyGems writes it
 * (`s.name = "rack".freeze`). Trivy reads gemspecs with the same kind of pattern.
 */
function parseGemspec(text) {
    const name = NAME.exec(text)?.[1];
    const version = VERSION.exec(text)?.[1];
    if (!name || !version)
        return [];
    const licenses = [...(LICENSES.exec(text)?.[1] ?? '').matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    return [{ name, version, ecosystem: 'gem', ...(licenses.length ? { licenses } : {}) }];
}
const gemCataloger = {
    kind: 'buffer',
    name: 'gem',
    match: (path) => GEMSPEC.test(path),
    parse: (_path, data) => ({ cataloger: 'gem', packages: parseGemspec(data.toString('utf8')) }),
};

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/gates/scan/catalog/rust.ts

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const SECTION = '.dep-v0';
/** Release Rust binaries are rarely larger; bigger executables are not held in memory for this. */
const MAX_BINARY = 16 * 1024 * 1024;
const MAX_JSON = 8 * 1024 * 1024;
const rust_MIN_SIZE = 4096;
/** The section headers of an ELF file (32/64-bit, either byte order). See the System V gABI, chapter 4. */
function sections(elf) {
    if (elf.length < 64 || !elf.subarray(0, 4).equals(ELF_MAGIC))
        return undefined;
    const is64 = elf[4] === 2;
    const le = elf[5] === 1;
    const u16 = (o) => (le ? elf.readUInt16LE(o) : elf.readUInt16BE(o));
    const u32 = (o) => (le ? elf.readUInt32LE(o) : elf.readUInt32BE(o));
    const word = (o) => (is64 ? Number(le ? elf.readBigUInt64LE(o) : elf.readBigUInt64BE(o)) : u32(o));
    const shoff = word(is64 ? 0x28 : 0x20);
    const shentsize = u16(is64 ? 0x3a : 0x2e);
    const shnum = u16(is64 ? 0x3c : 0x30);
    const shstrndx = u16(is64 ? 0x3e : 0x32);
    if (!shoff || shoff + shnum * shentsize > elf.length || shentsize < (is64 ? 64 : 40))
        return undefined;
    const list = [];
    for (let i = 0; i < shnum; i++) {
        const at = shoff + i * shentsize;
        list.push({
            name: u32(at),
            offset: word(at + (is64 ? 0x18 : 0x10)),
            size: word(at + (is64 ? 0x20 : 0x14)),
        });
    }
    const names = list[shstrndx];
    return names ? { sections: list, names } : { sections: list };
}
/**
 * Crates from a cargo-auditable binary: the `.dep-v0` ELF section holds zlib-compressed JSON
 * `{"packages":[{name, version, source, kind, dependencies, root}]}`. Build-time dependencies
 * are left out, as Trivy does (go-rustaudit). See https://github.com/rust-secure-code/cargo-auditable
 * (PARSING.md).
 */
function parseCargoAuditable(elf) {
    const found = sections(elf);
    if (!found?.names)
        return undefined;
    const { names } = found;
    const nameOf = (s) => {
        const start = names.offset + s.name;
        const end = elf.indexOf(0, start);
        return end < 0 || end > names.offset + names.size ? '' : elf.subarray(start, end).toString('latin1');
    };
    const dep = found.sections.find((s) => nameOf(s) === SECTION);
    if (!dep || dep.offset + dep.size > elf.length)
        return undefined;
    const json = (0,external_node_zlib_.inflateSync)(elf.subarray(dep.offset, dep.offset + dep.size), { maxOutputLength: MAX_JSON });
    const doc = JSON.parse(json.toString('utf8'));
    return (doc.packages ?? [])
        .filter((p) => p.name && p.version && p.kind !== 'build')
        .map((p) => ({ name: p.name, version: p.version, ecosystem: 'cargo' }));
}
class AuditableScanner {
    chunks = [];
    bytes = 0;
    dropped = false;
    named = false;
    tail = Buffer.alloc(0);
    push(chunk) {
        if (this.dropped)
            return;
        if (this.bytes === 0 && chunk.length >= 4 && !chunk.subarray(0, 4).equals(ELF_MAGIC)) {
            this.dropped = true;
            return;
        }
        this.bytes += chunk.length;
        if (this.bytes > MAX_BINARY) {
            this.dropped = true;
            this.chunks = [];
            return;
        }
        this.chunks.push(chunk);
        if (!this.named) {
            // Only a binary that names the section is joined and parsed; the others are just dropped.
            const window = this.tail.length
                ? Buffer.concat([this.tail, chunk.subarray(0, SECTION.length)])
                : Buffer.alloc(0);
            this.named = window.includes(SECTION) || chunk.includes(SECTION);
            this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - SECTION.length + 1)));
        }
    }
    finish() {
        if (this.dropped || !this.named)
            return undefined;
        const elf = Buffer.concat(this.chunks);
        this.chunks = [];
        try {
            const packages = parseCargoAuditable(elf);
            return packages ? { cataloger: 'cargo-auditable', packages } : undefined;
        }
        catch {
            return undefined;
        }
    }
}
/** ELF executables up to 16 MiB, held while they stream past, then read for a `.dep-v0` section. */
const rustAuditableCataloger = {
    kind: 'stream',
    name: 'cargo-auditable',
    match: (_path, mode, size) => (mode & 0o111) !== 0 && size >= rust_MIN_SIZE && size <= MAX_BINARY,
    open: () => new AuditableScanner(),
};

;// CONCATENATED MODULE: ./src/gates/scan/catalog/index.ts













/** Every cataloger, in the order their facts are reported. */
const CATALOGERS = [
    os_release/* osReleaseCataloger */.w$,
    dpkgCataloger,
    apkCataloger,
    rpmCataloger,
    npmCataloger,
    pythonCataloger,
    gemCataloger,
    composerCataloger,
    javaCataloger,
    dotnetCataloger,
    goBinaryCataloger,
    rustAuditableCataloger,
];
/**
 * Bumped whenever a cataloger's output changes, so cached layer inventories are re-read.
 * Part of the layer cache key.
 */
const ANALYZER_VERSION = 'portcullis-scan-inventory/7';


/***/ }),

/***/ 81572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ osReleaseCataloger),
/* harmony export */   yP: () => (/* binding */ RELEASE_FILES)
/* harmony export */ });
/* unused harmony export parseOsRelease */
/** The release files read for OS detection, in order of preference. */
const RELEASE_FILES = [
    'etc/os-release',
    'usr/lib/os-release',
    'etc/alpine-release',
    'etc/debian_version',
];
/**
 * Parses os-release(5): `KEY=value` lines, values optionally quoted.
 * See https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */
function parseOsRelease(text) {
    const fields = {};
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        let value = line.slice(eq + 1).trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
            value = value.slice(1, -1);
            if (quote === '"')
                value = value.replace(/\\(["\\$`])/g, '$1');
        }
        fields[line.slice(0, eq).trim()] = value;
    }
    return fields;
}
function releaseFacts(path, text) {
    if (path.endsWith('alpine-release')) {
        return { cataloger: 'os-release', release: { ID: 'alpine', VERSION_ID: text.trim() } };
    }
    if (path.endsWith('debian_version')) {
        return { cataloger: 'os-release', release: { ID: 'debian', VERSION_ID: text.trim() } };
    }
    return { cataloger: 'os-release', release: parseOsRelease(text) };
}
const osReleaseCataloger = {
    kind: 'buffer',
    name: 'os-release',
    match: (path) => RELEASE_FILES.includes(path),
    parse: (path, data) => releaseFacts(path, data.toString('utf8')),
};


/***/ }),

/***/ 98241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ScanError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const CORE_CODE = {
    IMAGE_NOT_FOUND: 'PATH_NOT_FOUND',
    BLOB_DIGEST_MISMATCH: 'REGISTRY_DIGEST_MISMATCH',
    DIFFID_MISMATCH: 'REGISTRY_DIGEST_MISMATCH',
};
/** An image that cannot be read safely. Exit code 3, except a missing local file (2). */
class ScanError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO {
    scanCode;
    constructor(scanCode, message, options = {}) {
        super(CORE_CODE[scanCode] ?? 'IMAGE_INVALID', `${scanCode}: ${message}`, options);
        this.name = 'ScanError';
        this.scanCode = scanCode;
    }
}


/***/ }),

/***/ 28476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ OS_ECOSYSTEMS)
/* harmony export */ });
/**
 * The image inventory: every package installed in an image, with the layer that added it.
 * Part 2 of the scan gate (matching against vulnerability data) consumes these types.
 */
const OS_ECOSYSTEMS = new Set(['deb', 'apk', 'rpm']);


/***/ }),

/***/ 60248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ compressionOf),
/* harmony export */   ni: () => (/* binding */ decompressor),
/* harmony export */   xM: () => (/* binding */ SNIFF_MEDIA_TYPE)
/* harmony export */ });
/* unused harmony export sniffCompression */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var fzstd__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68339);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98241);




const MEDIA_TYPES = {
    'application/vnd.oci.image.layer.v1.tar': 'none',
    'application/vnd.oci.image.layer.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.v1.tar+zstd': 'zstd',
    'application/vnd.oci.image.layer.nondistributable.v1.tar': 'none',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'zstd',
    'application/vnd.docker.image.rootfs.diff.tar': 'none',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'gzip',
    'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip': 'gzip',
    'application/vnd.docker.image.rootfs.diff.tar.zstd': 'zstd',
};
/** A docker-archive stores layers without a media type; their compression is read from the magic bytes. */
const SNIFF_MEDIA_TYPE = 'application/x-docker-archive-layer';
/**
 * The compression of a layer media type (OCI image-spec layer.md, Docker image manifest v2 schema 2).
 * An unknown type is an error that names it, never a guess.
 */
function compressionOf(mediaType) {
    if (mediaType === SNIFF_MEDIA_TYPE)
        return 'sniff';
    const c = MEDIA_TYPES[mediaType];
    if (!c)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ScanError */ .s('UNKNOWN_MEDIA_TYPE', `unknown layer media type "${mediaType}"`);
    return c;
}
function sniffCompression(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd)
        return 'zstd';
    return 'none';
}
/** zstd frames through fzstd's streaming decoder (Node 20 has no zstd in zlib). */
class ZstdTransform extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    decoder = new fzstd__WEBPACK_IMPORTED_MODULE_3__/* .Decompress */ .YM((chunk) => {
        this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    seen = false;
    _transform(chunk, _enc, done) {
        try {
            this.seen ||= chunk.length > 0;
            this.decoder.push(chunk);
            done();
        }
        catch (error) {
            done(error);
        }
    }
    _flush(done) {
        try {
            if (this.seen)
                this.decoder.push(new Uint8Array(0), true);
            done();
        }
        catch (error) {
            done(error);
        }
    }
}
class Identity extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    _transform(chunk, _enc, done) {
        done(null, chunk);
    }
}
/** A decompressor that picks gzip, zstd or none from the first bytes it sees. */
class SniffingDecompressor extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    inner;
    pending = [];
    pendingBytes = 0;
    start() {
        const head = Buffer.concat(this.pending);
        this.inner = decompressor(sniffCompression(head));
        this.inner.on('data', (c) => this.push(c));
        this.inner.on('error', (e) => this.destroy(e));
        this.inner.write(head);
        this.pending = [];
    }
    _transform(chunk, _enc, done) {
        if (this.inner) {
            if (!this.inner.write(chunk))
                this.inner.once('drain', () => done());
            else
                done();
            return;
        }
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= 4)
            this.start();
        done();
    }
    _flush(done) {
        if (!this.inner)
            this.start();
        const inner = this.inner;
        inner.once('end', () => done());
        inner.once('error', (e) => done(e));
        inner.end();
    }
}
function decompressor(c) {
    if (c === 'gzip')
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)();
    if (c === 'zstd')
        return new ZstdTransform();
    if (c === 'sniff')
        return new SniffingDecompressor();
    return new Identity();
}


/***/ }),

/***/ 91915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   s3: () => (/* binding */ entryPath),
/* harmony export */   vt: () => (/* binding */ symlinkTarget)
/* harmony export */ });
/* unused harmony export normalize */
/** Entry paths inside the image root: no leading slash, no `.` or empty parts. */
/** A tar entry name as a root-relative path; absolute names and `..` parts are refused, never followed. */
function entryPath(name) {
    const stripped = name.replace(/^(\.\/)+/, '');
    if (stripped.startsWith('/'))
        return { ok: false, reason: 'ABSOLUTE_PATH' };
    const parts = stripped.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        return { ok: false, reason: 'PATH_TRAVERSAL' };
    return { ok: true, path: parts.join('/') };
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/**
 * Where a symlink at `linkPath` points, as a root-relative path. An absolute target is relative to the
 * image root. `undefined` when a relative target climbs above the root: such a link is never followed.
 */
function symlinkTarget(linkPath, target) {
    const base = target.startsWith('/') ? [] : dirname(linkPath).split('/').filter(Boolean);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            // `..` at the root of an absolute target stays at the root, as in the kernel.
            if (base.length === 0) {
                if (target.startsWith('/'))
                    continue;
                return undefined;
            }
            base.pop();
        }
        else
            base.push(part);
    }
    return base.join('/');
}
/** Normalises a root-relative path after symlink substitution (`..` at the root stays at the root). */
function normalize(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/');
}


/***/ }),

/***/ 61734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    maxFileBytes: 64 * MiB,
    maxLayerBytes: 16 * GiB,
    maxImageBytes: 64 * GiB,
    maxCompressionRatio: 200,
    ratioGraceBytes: 64 * MiB,
    maxSymlinkHops: 40,
    maxArchiveDepth: 3,
};


/***/ }),

/***/ 4863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ packageProperties),
/* harmony export */   hP: () => (/* binding */ inventoryHash),
/* harmony export */   tO: () => (/* binding */ imageName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A content hash of the inventory, for identifiers that are stable across runs of the same image. */
function inventoryHash(inv) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(inv.image.configDigest)
        .update(inv.packages.map((p) => `${p.purl} ${p.locations.join(',')}`).join('\n'))
        .digest('hex');
}
/** The image name shown in SBOMs: its first tag, else the reference as given. */
function imageName(inv) {
    return inv.image.tags[0] ?? inv.image.reference;
}
/** Properties every SBOM format carries for a package: source package, layer, locations. */
function packageProperties(p) {
    const props = [
        ['portcullis:package:type', p.ecosystem],
        ['portcullis:package:foundBy', p.foundBy],
    ];
    if (p.sourceName)
        props.push(['portcullis:package:sourceName', p.sourceName]);
    if (p.sourceVersion)
        props.push(['portcullis:package:sourceVersion', p.sourceVersion]);
    props.push(['portcullis:layer:digest', p.layer.digest], ['portcullis:layer:diffID', p.layer.diffId]);
    if (p.layer.createdBy)
        props.push(['portcullis:layer:createdBy', p.layer.createdBy]);
    for (const l of p.locations)
        props.push(['portcullis:location', `/${l}`]);
    return props;
}


/***/ }),

/***/ 43271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ imageBomRef),
/* harmony export */   g: () => (/* binding */ toCycloneDxAggregate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54567);
/* harmony import */ var _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4863);
/* harmony import */ var _cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13097);




/** The bom-ref of the `index`th image in an aggregate BOM; its OS and packages' refs start with it and `:`. */
function imageBomRef(index) {
    return `image-${index}`;
}
/**
 * One CycloneDX 1.6 JSON SBOM of several images: the metadata component is a `portcullis scan`
 * application that depends on each image; each image is a top-level `container` component with
 * its OS and packages nested in its `components`, their bom-refs prefixed `image-N:` so that the
 * same package in two images stays two components.
 * See https://cyclonedx.org/docs/1.6/json/#components_items_components
 */
function toCycloneDxAggregate(inventories, options) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const inv of inventories)
        digest.update((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryHash */ .hP)(inv));
    const bom = (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__/* .newBom */ .LJ)((0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__/* .uuidFromHash */ .EG)(digest.digest('hex')), options);
    const scan = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_1__.Models.Component(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_1__.Enums.ComponentType.Application, 'portcullis scan', {
        bomRef: 'scan',
        version: options.toolVersion,
    });
    bom.metadata.component = scan;
    inventories.forEach((inv, index) => {
        const image = (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__/* .containerComponent */ .r2)(inv, imageBomRef(index));
        for (const c of (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__/* .contentComponents */ .CX)(inv, image, `${imageBomRef(index)}:`))
            image.components.add(c);
        bom.components.add(image);
        scan.dependencies.add(image.bomRef);
    });
    return (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeBom */ .L7)(bom);
}


/***/ }),

/***/ 13097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ packageBomRefs),
/* harmony export */   CX: () => (/* binding */ contentComponents),
/* harmony export */   EG: () => (/* binding */ uuidFromHash),
/* harmony export */   L7: () => (/* binding */ serializeBom),
/* harmony export */   LJ: () => (/* binding */ newBom),
/* harmony export */   h4: () => (/* binding */ toCycloneDx),
/* harmony export */   r2: () => (/* binding */ containerComponent)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54567);
/* harmony import */ var _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4863);


function license(text) {
    const id = _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.SPDX.fixupSpdxId(text);
    return id ? new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.SpdxLicense(id) : new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.NamedLicense(text);
}
function component(p, bomRef) {
    const c = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Component(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Enums.ComponentType.Library, p.name, {
        bomRef,
        version: p.version,
        purl: p.purl,
        ...(p.group ? { group: p.group } : {}),
    });
    for (const l of p.licenses ?? [])
        c.licenses.add(license(l));
    for (const [name, value] of (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .packageProperties */ .Ac)(p))
        c.properties.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Property(name, value));
    return c;
}
/** A UUID (RFC 4122 form, version 5 bits) from a hex digest. */
function uuidFromHash(h) {
    return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/**
 * The bom-ref of each package, in inventory order: `prefix` + the purl, then `purl#1`, `purl#2`
 * for repeats. The prefix keeps refs unique when one BOM holds several images.
 */
function packageBomRefs(inv, prefix = '') {
    const used = new Map();
    return inv.packages.map((p) => {
        const n = used.get(p.purl) ?? 0;
        used.set(p.purl, n + 1);
        return `${prefix}${n ? `${p.purl}#${n}` : p.purl}`;
    });
}
/** The image as a `container` component with its reference, config digest, platform and layers. */
function containerComponent(inv, bomRef) {
    const image = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Component(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Enums.ComponentType.Container, (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .imageName */ .tO)(inv), {
        bomRef,
        ...(inv.image.manifestDigest ? { version: inv.image.manifestDigest } : {}),
    });
    image.properties.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Property('portcullis:image:reference', inv.image.reference));
    image.properties.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Property('portcullis:image:configDigest', inv.image.configDigest));
    const platform = [
        inv.image.platform.os,
        inv.image.platform.architecture,
        inv.image.platform.variant,
    ].filter(Boolean);
    image.properties.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Property('portcullis:image:platform', platform.join('/')));
    for (const layer of inv.layers)
        image.properties.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Property('portcullis:image:layer', layer.digest));
    return image;
}
/** The image's OS (when known) and packages as components, each a dependency of `image`. */
function contentComponents(inv, image, prefix = '') {
    const out = [];
    if (inv.os) {
        const os = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Component(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Enums.ComponentType.OperatingSystem, inv.os.family, {
            bomRef: `${prefix}os`,
            version: inv.os.versionId,
        });
        out.push(os);
        image.dependencies.add(os.bomRef);
    }
    const refs = packageBomRefs(inv, prefix);
    inv.packages.forEach((p, i) => {
        const c = component(p, refs[i]);
        out.push(c);
        image.dependencies.add(c.bomRef);
    });
    return out;
}
/** A BOM with its timestamp and the portcullis tool entry. */
function newBom(serialNumber, options) {
    const bom = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Bom({ serialNumber });
    bom.metadata.timestamp = options.created;
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Models.Component(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Enums.ComponentType.Application, 'portcullis', { version: options.toolVersion }));
    return bom;
}
/** CycloneDX 1.6 JSON, lists sorted, two-space indent, trailing newline. */
function serializeBom(bom) {
    const serializer = new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Serialize.JsonSerializer(new _cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Serialize.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library__WEBPACK_IMPORTED_MODULE_0__.Spec.Spec1dot6));
    return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}
/**
 * A CycloneDX 1.6 JSON SBOM of the inventory, built and serialised with @cyclonedx/cyclonedx-library:
 * the image is the metadata component (type `container`), the OS an `operating-system` component, and
 * each package a `library` with its purl, licenses and `portcullis:*` properties (source package, layer, paths).
 * See https://cyclonedx.org/docs/1.6/json/
 */
function toCycloneDx(inv, options) {
    const bom = newBom(uuidFromHash((0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryHash */ .hP)(inv)), options);
    const image = containerComponent(inv, 'image');
    bom.metadata.component = image;
    for (const c of contentComponents(inv, image))
        bom.components.add(c);
    return serializeBom(bom);
}


/***/ }),

/***/ 52802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ imageInfo)
/* harmony export */ });
/**
 * The image's identity with its platform read from the config (`os`, `architecture`, `variant` of
 * the OCI image-spec config.md); a config that leaves them out falls back to `fallback`.
 */
function imageInfo(identity, config, fallback) {
    const platform = {
        os: config.os ?? fallback.os,
        architecture: config.architecture ?? fallback.architecture,
    };
    if (config.variant)
        platform.variant = config.variant;
    return { ...identity, platform };
}


/***/ }),

/***/ 29701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UY: () => (/* binding */ openImage)
});

// UNUSED EXPORTS: parseImageReference, parsePlatform

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/gates/scan/errors.ts
var errors = __webpack_require__(98241);
// EXTERNAL MODULE: ./src/gates/scan/layers/decompress.ts
var decompress = __webpack_require__(60248);
// EXTERNAL MODULE: ./src/gates/scan/source/image-info.ts
var image_info = __webpack_require__(52802);
// EXTERNAL MODULE: ./src/gates/scan/source/manifest.ts
var manifest = __webpack_require__(77839);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/gates/scan/source/platform.ts
var source_platform = __webpack_require__(79549);
;// CONCATENATED MODULE: ./src/gates/scan/source/oci-layout.ts







/** Where a layout keeps a blob: `blobs/<algorithm>/<hex>` (OCI image-spec image-layout.md). */
function blobPath(digest) {
    const m = /^(sha256|sha512):([0-9a-f]{64,128})$/.exec(digest);
    if (!m)
        throw new errors/* ScanError */.s('MANIFEST_INVALID', `malformed digest "${digest}"`);
    return `blobs/${m[1]}/${m[2]}`;
}
/**
 * Opens an image in an OCI image layout: `index.json`, picked by `ref` (the
 * `org.opencontainers.image.ref.name` annotation) or by platform, then manifest, config and layers.
 * See https://github.com/opencontainers/image-spec/blob/main/image-layout.md
 */
async function openLayout(store, where, transport, reference, ref, platform) {
    const layoutFile = await store.read('oci-layout');
    if (!layoutFile)
        throw new errors/* ScanError */.s('MANIFEST_INVALID', `${where} is not an OCI image layout (no oci-layout file)`);
    const indexBytes = await store.read('index.json');
    if (!indexBytes)
        throw new errors/* ScanError */.s('MANIFEST_INVALID', `${where} has no index.json`);
    const index = (0,manifest/* parseJson */.qF)(indexBytes, `${where}/index.json`);
    const entries = index.manifests ?? [];
    const named = ref ? entries.filter((m) => m.annotations?.[manifest/* REF_NAME */.w5] === ref) : entries;
    if (!named.length) {
        const refs = entries.map((m) => m.annotations?.[manifest/* REF_NAME */.w5]).filter(Boolean);
        throw new errors/* ScanError */.s('IMAGE_NOT_FOUND', `${where} has no image "${ref}" (it has: ${refs.join(', ') || 'none'})`);
    }
    const read = async (digest) => {
        const bytes = await store.read(blobPath(digest));
        if (!bytes)
            throw new errors/* ScanError */.s('BLOB_MISSING', `${where} has no blob ${digest}`);
        return bytes;
    };
    if (named.length > 1 && !named.every((m) => m.platform)) {
        throw new errors/* ScanError */.s('IMAGE_NOT_FOUND', `${where} holds ${named.length} images; name one as ${transport}:${where}:<ref>`);
    }
    const chosen = named.length === 1 ? named[0] : (0,source_platform/* selectPlatform */.md)(named, platform, where);
    const { digest: manifestDigest, doc } = await (0,manifest/* resolveManifest */.K9)(read, chosen, platform, where);
    const { config, configDigest, layers } = await (0,manifest/* imageFromManifest */.hD)(read, doc, where);
    const tags = named.length === 1 && named[0]?.annotations?.[manifest/* REF_NAME */.w5] ? [named[0].annotations[manifest/* REF_NAME */.w5]] : [];
    return {
        info: (0,image_info/* imageInfo */.m)({ reference, transport, manifestDigest, configDigest, tags }, config, platform),
        config,
        layers,
        streamLayers: (wanted, use) => {
            const byName = new Map(wanted.map((l) => [blobPath(l.digest), l]));
            return store.stream([...byName.keys()], (name, data) => use(byName.get(name), data));
        },
    };
}
/** `oci:dir[:ref]`: an OCI layout directory on disk. */
async function openOciDirectory(dir, reference, ref, platform) {
    const exists = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!exists?.isDirectory())
        throw new errors/* ScanError */.s('IMAGE_NOT_FOUND', `OCI layout directory ${dir} not found`);
    const store = {
        read: (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name)).catch(() => undefined),
        async stream(names, use) {
            for (const name of names) {
                const path = (0,external_node_path_.join)(dir, name);
                if (!(await (0,promises_.stat)(path).catch(() => undefined)))
                    throw new errors/* ScanError */.s('BLOB_MISSING', `${dir} has no ${name}`);
                await use(name, (0,external_node_fs_.createReadStream)(path));
            }
        },
    };
    return openLayout(store, dir, 'oci', reference, ref, platform);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./src/gates/scan/layers/paths.ts
var paths = __webpack_require__(91915);
;// CONCATENATED MODULE: ./src/gates/scan/source/tar-archive.ts






/** Entries up to this size (manifests, configs, small layers) are kept from the first pass. */
const SMALL_ENTRY = 4 * 1024 * 1024;
const SMALL_TOTAL = 64 * 1024 * 1024;
/**
 * An image archive (docker save output or an OCI archive): a plain tar read in at most two streaming
 * passes. The first keeps small entries; the second streams the large ones (layers) in archive order.
 */
class TarArchive {
    file;
    small;
    sizes;
    constructor(file, small, sizes) {
        this.file = file;
        this.small = small;
        this.sizes = sizes;
    }
    static async open(file) {
        const small = new Map();
        const sizes = new Map();
        let kept = 0;
        const extract = tar_stream.extract();
        const walk = async () => {
            for await (const entry of extract) {
                const checked = (0,paths/* entryPath */.s3)(entry.header.name);
                const size = entry.header.size ?? 0;
                if (!checked.ok || (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file')) {
                    entry.resume();
                    continue;
                }
                sizes.set(checked.path, size);
                if (size <= SMALL_ENTRY && kept + size <= SMALL_TOTAL) {
                    const chunks = [];
                    for await (const c of entry)
                        chunks.push(c);
                    small.set(checked.path, Buffer.concat(chunks));
                    kept += size;
                }
                else
                    entry.resume();
            }
        };
        try {
            await Promise.all([(0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), extract), walk()]);
        }
        catch (error) {
            const message = error.message;
            const code = /Unexpected end/.test(message) ? 'LAYER_TRUNCATED' : 'MANIFEST_INVALID';
            throw new errors/* ScanError */.s(code, `${file} is not a readable tar archive: ${message}`, { cause: error });
        }
        return new TarArchive(file, small, sizes);
    }
    has(name) {
        return this.sizes.has(name);
    }
    /** A small entry kept from the first pass. */
    get(name) {
        return this.small.get(name);
    }
    /** Streams the named entries, each once; small ones from memory, the rest in one more pass. */
    async stream(names, use) {
        const rest = new Set();
        for (const name of names) {
            const kept = this.small.get(name);
            if (kept)
                await use(name, external_node_stream_.Readable.from([kept]));
            else
                rest.add(name);
        }
        if (!rest.size)
            return;
        const extract = tar_stream.extract();
        const walk = async () => {
            for await (const entry of extract) {
                const checked = (0,paths/* entryPath */.s3)(entry.header.name);
                if (checked.ok && rest.delete(checked.path))
                    await use(checked.path, entry);
                entry.resume();
            }
        };
        await Promise.all([(0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(this.file), extract), walk()]);
        if (rest.size)
            throw new errors/* ScanError */.s('BLOB_MISSING', `${this.file} has no entry ${[...rest].join(', ')}`);
    }
}

;// CONCATENATED MODULE: ./src/gates/scan/source/archives.ts







async function openArchive(file) {
    const found = await (0,promises_.stat)(file).catch(() => undefined);
    if (!found?.isFile())
        throw new errors/* ScanError */.s('IMAGE_NOT_FOUND', `image archive ${file} not found`);
    return TarArchive.open(file);
}
/** `app:1` is stored as `docker.io/library/app:1` or `docker.io/app:1` by some writers (skopeo). */
function tagForms(ref) {
    const first = ref.split('/')[0];
    const hasRegistry = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (hasRegistry)
        return [ref];
    return [
        ref,
        `docker.io/${ref}`,
        ...(ref.includes('/') ? [] : [`docker.io/library/${ref}`, `library/${ref}`]),
    ];
}
/** `docker save` writes no platform of its own: a config without one is taken as Docker's default. */
const DOCKER_ARCHIVE_PLATFORM = { os: 'linux', architecture: 'amd64' };
/**
 * `docker-archive:file.tar[:name:tag]`: the output of `docker save` (and `skopeo copy docker-archive:`).
 * `manifest.json` lists each image's config and layer tars; layers are usually uncompressed, so their
 * compression is read from their first bytes and their diffID is verified.
 * See https://github.com/moby/moby/blob/master/image/spec/v1.2.md (combined image JSON + filesystem changeset format)
 */
async function openDockerArchive(file, reference, ref, platform) {
    const archive = await openArchive(file);
    const manifestBytes = archive.get('manifest.json');
    if (!manifestBytes) {
        if (archive.has('index.json') && archive.has('oci-layout'))
            return openOciArchiveFrom(archive, file, reference, ref, platform);
        throw new errors/* ScanError */.s('MANIFEST_INVALID', `${file} has no manifest.json: not a docker save archive`);
    }
    const entries = (0,manifest/* parseJson */.qF)(manifestBytes, `${file}/manifest.json`);
    const names = ref ? tagForms(ref) : [];
    const chosen = ref ? entries.filter((e) => e.RepoTags?.some((t) => names.includes(t))) : entries;
    if (chosen.length !== 1) {
        const tags = entries.flatMap((e) => e.RepoTags ?? []);
        throw new errors/* ScanError */.s('IMAGE_NOT_FOUND', ref
            ? `${file} has no image "${ref}" (it has: ${tags.join(', ') || 'none'})`
            : `${file} holds ${entries.length} images; name one as docker-archive:${file}:<name:tag>`);
    }
    const entry = chosen[0];
    if (!entry.Config || !Array.isArray(entry.Layers))
        throw new errors/* ScanError */.s('MANIFEST_INVALID', `${file}: manifest.json entry without Config or Layers`);
    const configName = entry.Config;
    const configBytes = archive.get(configName);
    if (!configBytes)
        throw new errors/* ScanError */.s('BLOB_MISSING', `${file} has no config ${configName}`);
    const hex = /([0-9a-f]{64})(\.json)?$/.exec(configName)?.[1];
    const configDigest = hex ? `sha256:${hex}` : (0,manifest/* sha256 */.sc)(configBytes);
    if (hex)
        await (0,manifest/* readVerified */.xu)(async () => configBytes, configDigest);
    const config = (0,manifest/* parseJson */.qF)(configBytes, `${file}/${configName}`);
    const layerNames = entry.Layers;
    for (const name of layerNames)
        if (!archive.has(name))
            throw new errors/* ScanError */.s('BLOB_MISSING', `${file} has no layer ${name}`);
    const layers = (0,manifest/* withConfig */.NV)(layerNames.map((name, index) => {
        const d = { index, mediaType: decompress/* SNIFF_MEDIA_TYPE */.xM, digest: '', diffId: '' };
        const size = archive.sizes.get(name);
        if (size !== undefined)
            d.size = size;
        return d;
    }), config, file).map((l) => ({ ...l, digest: l.diffId }));
    const identity = {
        reference,
        transport: 'docker-archive',
        configDigest,
        tags: entry.RepoTags ?? [],
    };
    return {
        info: (0,image_info/* imageInfo */.m)(identity, config, DOCKER_ARCHIVE_PLATFORM),
        config,
        layers,
        streamLayers: (wanted, use) => {
            const byName = new Map(wanted.map((l) => [layerNames[l.index], l]));
            return archive.stream([...byName.keys()], (name, data) => use(byName.get(name), data));
        },
    };
}
function openOciArchiveFrom(archive, file, reference, ref, platform) {
    return openLayout({ read: async (name) => archive.get(name), stream: (names, use) => archive.stream(names, use) }, file, 'oci-archive', reference, ref, platform);
}
/** `oci-archive:file.tar[:ref]`: an OCI image layout packed in a tar. */
async function openOciArchive(file, reference, ref, platform) {
    return openOciArchiveFrom(await openArchive(file), file, reference, ref, platform);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/gates/scan/source/reference.ts

const LOCAL = ['docker-archive', 'oci-archive', 'oci'];
/** skopeo transports that need a daemon or local storage; anything else is an image name (`nginx:latest`). */
const UNSUPPORTED = [
    'containers-storage',
    'docker-daemon',
    'dir',
    'ostree',
    'sif',
    'tarball',
    'podman',
    'containerd',
];
/**
 * Parses an image reference with skopeo's transport names: `docker://name:tag`, a bare name (also a
 * registry pull), `docker-archive:file.tar[:name:tag]`, `oci:dir[:ref]` and `oci-archive:file.tar[:ref]`.
 * See https://github.com/containers/image/blob/main/docs/containers-transports.5.md
 */
function parseImageReference(input) {
    if (input.startsWith('docker://'))
        return { transport: 'docker', ref: input.slice('docker://'.length) };
    for (const transport of LOCAL) {
        const prefix = `${transport}:`;
        if (!input.startsWith(prefix))
            continue;
        const rest = input.slice(prefix.length);
        if (!rest)
            throw new core_errors/* PortcullisError */.SO('USAGE', `"${input}" names no path`);
        const colon = rest.indexOf(':');
        if (colon < 0)
            return { transport, path: rest };
        const ref = rest.slice(colon + 1);
        return ref ? { transport, path: rest.slice(0, colon), ref } : { transport, path: rest.slice(0, colon) };
    }
    const other = UNSUPPORTED.find((t) => input.startsWith(`${t}:`));
    if (other) {
        throw new core_errors/* PortcullisError */.SO('USAGE', `the ${other}: transport is not supported (no daemon or local storage is read): use docker://, docker-archive: (e.g. from docker save), oci: or oci-archive:`);
    }
    return { transport: 'docker', ref: input };
}

;// CONCATENATED MODULE: ./src/gates/scan/source/index.ts







/**
 * Opens an image without a Docker daemon, from a registry (`docker://` or a bare reference), a
 * `docker-archive:`, an `oci:` layout directory or an `oci-archive:`. Manifests and configs are
 * read and verified; layers stream later.
 */
async function openImage(reference, options) {
    const parsed = parseImageReference(reference);
    const platform = (0,source_platform/* parsePlatform */.FL)(options.platform);
    switch (parsed.transport) {
        case 'docker': {
            const { openRegistryImage } = await Promise.all(/* import() */[__webpack_require__.e(847), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 52949));
            return openRegistryImage(parsed.ref, reference, platform, options);
        }
        case 'docker-archive':
            return openDockerArchive((0,external_node_path_.resolve)(options.cwd, parsed.path), reference, parsed.ref, platform);
        case 'oci':
            return openOciDirectory((0,external_node_path_.resolve)(options.cwd, parsed.path), reference, parsed.ref, platform);
        case 'oci-archive':
            return openOciArchive((0,external_node_path_.resolve)(options.cwd, parsed.path), reference, parsed.ref, platform);
    }
}


/***/ }),

/***/ 77839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ resolveManifest),
/* harmony export */   NV: () => (/* binding */ withConfig),
/* harmony export */   hD: () => (/* binding */ imageFromManifest),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   w5: () => (/* binding */ REF_NAME),
/* harmony export */   xu: () => (/* binding */ readVerified)
/* harmony export */ });
/* unused harmony exports INDEX_TYPES, MANIFEST_TYPES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98241);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79549);



const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
const MANIFEST_TYPES = new Set([
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
]);
const REF_NAME = 'org.opencontainers.image.ref.name';
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `${what} is not valid JSON: ${error.message}`);
    }
}
/** A blob whose bytes must hash to its digest (OCI image-spec descriptor.md#digests). */
async function readVerified(read, digest) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `unsupported or malformed digest "${digest}"`);
    }
    const bytes = await read(digest);
    const actual = sha256(bytes);
    if (actual !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('BLOB_DIGEST_MISMATCH', `blob ${digest} hashes to ${actual}`);
    return bytes;
}
function isIndex(doc, mediaType) {
    return INDEX_TYPES.has(mediaType ?? doc.mediaType ?? '') || (!doc.config && Array.isArray(doc.manifests));
}
/**
 * Follows an index (possibly nested) down to one image manifest for the platform.
 * Returns the manifest's digest and its parsed document.
 */
async function resolveManifest(read, start, platform, where) {
    let descriptor = start;
    for (let depth = 0; depth < 4; depth++) {
        const doc = parseJson(await readVerified(read, descriptor.digest), `manifest ${descriptor.digest}`);
        if (!isIndex(doc, descriptor.mediaType))
            return { digest: descriptor.digest, doc };
        descriptor = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .selectPlatform */ .md)(doc.manifests ?? [], platform, where);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `${where}: image indexes nested too deeply`);
}
/** The config and layer list of an image manifest, with each layer's diffID and history line. */
async function imageFromManifest(read, doc, where) {
    if (doc.mediaType && !MANIFEST_TYPES.has(doc.mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `${where}: unsupported manifest media type "${doc.mediaType}"`);
    }
    if (!doc.config?.digest || !Array.isArray(doc.layers)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `${where}: the manifest has no config or layers`);
    }
    const config = parseJson(await readVerified(read, doc.config.digest), `config ${doc.config.digest}`);
    const layers = doc.layers.map((l, index) => {
        const d = { index, mediaType: l.mediaType ?? '', digest: l.digest, diffId: '' };
        if (typeof l.size === 'number')
            d.size = l.size;
        return d;
    });
    return { config, configDigest: doc.config.digest, layers: withConfig(layers, config, where) };
}
/** Adds diffIDs and `created_by` lines (history entries marked `empty_layer` have no layer). */
function withConfig(layers, config, where) {
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== layers.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('MANIFEST_INVALID', `${where}: the manifest lists ${layers.length} layers but the config ${diffIds.length} diff_ids`);
    }
    const history = (config.history ?? []).filter((h) => !h.empty_layer);
    return layers.map((l, i) => {
        const out = { ...l, diffId: diffIds[i] };
        const createdBy = history.length === layers.length ? history[i]?.created_by : undefined;
        if (createdBy)
            out.createdBy = createdBy;
        return out;
    });
}


/***/ }),

/***/ 79549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   md: () => (/* binding */ selectPlatform)
/* harmony export */ });
/* unused harmony export formatPlatform */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98241);


/** `os/arch[/variant]`, as `--platform` takes it; default linux/amd64 (Trivy's and Docker's default on x86-64). */
function parsePlatform(text = 'linux/amd64') {
    const [os, architecture, variant] = text.split('/');
    if (!os || !architecture)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PortcullisError */ .SO('USAGE', `--platform "${text}" is not os/arch[/variant]`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/**
 * Picks the manifest for `want` from an image index, ignoring attestation manifests
 * (platform `unknown/unknown`). A missing variant matches any variant.
 */
function selectPlatform(manifests, want, where) {
    const candidates = manifests.filter((m) => m.platform?.os !== 'unknown');
    const found = candidates.find((m) => m.platform?.os === want.os &&
        m.platform?.architecture === want.architecture &&
        (want.variant === undefined || m.platform?.variant === want.variant)) ?? (candidates.length === 1 && !candidates[0]?.platform ? candidates[0] : undefined);
    if (!found) {
        const have = candidates.map((m) => formatPlatform(m.platform ?? {})).join(', ') || 'none';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScanError */ .s('PLATFORM_NOT_FOUND', `${where} has no ${formatPlatform(want)} image (it has: ${have})`);
    }
    return found;
}


/***/ })

};
