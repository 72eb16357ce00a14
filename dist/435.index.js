export const id = 435;
export const ids = [435];
export const modules = {

/***/ 26435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSbomCommand: () => (/* reexport */ runSbomCommand)
});

// UNUSED EXPORTS: ANALYZER_VERSION, DEFAULT_LIMITS, OS_ECOSYSTEMS, SBOM_FORMATS, ScanError, buildInventory, inventoryOf, openImage, parseImageReference, renderSbom, toCycloneDx, toSpdx

// EXTERNAL MODULE: ./src/gates/scan/analyze.ts + 7 modules
var analyze = __webpack_require__(60757);
// EXTERNAL MODULE: ./src/gates/scan/catalog/index.ts + 15 modules
var catalog = __webpack_require__(48281);
// EXTERNAL MODULE: ./src/gates/scan/errors.ts
var errors = __webpack_require__(98241);
// EXTERNAL MODULE: ./src/gates/scan/inventory.ts
var inventory = __webpack_require__(28476);
// EXTERNAL MODULE: ./src/gates/scan/limits.ts
var limits = __webpack_require__(61734);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/gates/scan/sbom/cyclonedx.ts
var cyclonedx = __webpack_require__(13097);
// EXTERNAL MODULE: ./src/gates/scan/sbom/common.ts
var common = __webpack_require__(4863);
;// CONCATENATED MODULE: ./src/gates/scan/sbom/spdx.ts

function spdxId(kind, n) {
    return `SPDXRef-${kind}-${n}`;
}
function spdxDate(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function packageOf(p, n) {
    return {
        SPDXID: spdxId('Package', n),
        name: p.name,
        versionInfo: p.version,
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'NOASSERTION',
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'LIBRARY',
        ...(p.sourceName && p.sourceName !== p.name
            ? { sourceInfo: `built package from: ${p.sourceName} ${p.sourceVersion ?? ''}`.trim() }
            : {}),
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }],
        ...(p.licenses?.length ? { comment: `declared license: ${p.licenses.join(', ')}` } : {}),
        annotations: [
            {
                annotationDate: '',
                annotationType: 'OTHER',
                annotator: '',
                comment: (0,common/* packageProperties */.Ac)(p)
                    .map(([k, v]) => `${k}=${v}`)
                    .join('\n'),
            },
        ],
    };
}
/**
 * An SPDX 2.3 JSON SBOM: the image is the described package (purpose `CONTAINER`), the OS a package
 * of purpose `OPERATING_SYSTEM`, and every package is CONTAINED_BY the image with its purl as a
 * PACKAGE-MANAGER external reference. Layer and location facts are annotations.
 * See https://spdx.github.io/spdx-spec/v2.3/
 */
function toSpdx(inv, options) {
    const created = spdxDate(options.created);
    const annotator = `Tool: portcullis-${options.toolVersion}`;
    const name = (0,common/* imageName */.tO)(inv);
    const image = {
        SPDXID: 'SPDXRef-Image',
        name,
        ...(inv.image.manifestDigest ? { versionInfo: inv.image.manifestDigest } : {}),
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'NOASSERTION',
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'CONTAINER',
        ...(inv.image.manifestDigest
            ? {
                checksums: [
                    { algorithm: 'SHA256', checksumValue: inv.image.manifestDigest.replace(/^sha256:/, '') },
                ],
            }
            : {}),
    };
    const packages = [image];
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Image' },
    ];
    if (inv.os) {
        packages.push({
            SPDXID: 'SPDXRef-OperatingSystem',
            name: inv.os.family,
            versionInfo: inv.os.versionId,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: 'NOASSERTION',
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: 'OPERATING_SYSTEM',
        });
        relationships.push({
            spdxElementId: 'SPDXRef-Image',
            relationshipType: 'CONTAINS',
            relatedSpdxElement: 'SPDXRef-OperatingSystem',
        });
    }
    inv.packages.forEach((p, i) => {
        const pkg = packageOf(p, i + 1);
        for (const a of pkg.annotations) {
            a.annotationDate = created;
            a.annotator = annotator;
        }
        packages.push(pkg);
        relationships.push({
            spdxElementId: 'SPDXRef-Image',
            relationshipType: 'CONTAINS',
            relatedSpdxElement: pkg.SPDXID,
        });
    });
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name,
        documentNamespace: `https://portcullis.dev/spdx/${encodeURIComponent(name)}-${(0,common/* inventoryHash */.hP)(inv)}`,
        creationInfo: { created, creators: [annotator] },
        packages,
        relationships,
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/gates/scan/sbom/cyclonedx-aggregate.ts
var cyclonedx_aggregate = __webpack_require__(43271);
;// CONCATENATED MODULE: ./src/gates/scan/sbom/index.ts





const SBOM_FORMATS = ['cyclonedx', 'spdx', 'json'];
/** The inventory in one SBOM format; `json` is the inventory itself (our schema, see docs/scan.md). */
function renderSbom(inv, format, options) {
    if (format === 'cyclonedx')
        return (0,cyclonedx/* toCycloneDx */.h4)(inv, options);
    if (format === 'spdx')
        return toSpdx(inv, options);
    return `${JSON.stringify({ tool: { name: 'portcullis', version: options.toolVersion }, ...inv }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/gates/scan/sbom/command.ts






const MiB = 1024 * 1024;
function createdAt(env) {
    const epoch = Number(env.SOURCE_DATE_EPOCH);
    return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}
/**
 * `portcullis sbom <image>`: reads the image without a daemon, builds its inventory and writes a
 * CycloneDX 1.6 (default), SPDX 2.3 or JSON SBOM. Skipped hostile entries and unreadable databases are
 * printed on stderr and give exit code 3 after the SBOM is written: it may be incomplete.
 */
async function runSbomCommand(image, options, io) {
    try {
        const format = (options.format ?? 'cyclonedx');
        if (!SBOM_FORMATS.includes(format)) {
            throw new core_errors/* PortcullisError */.SO('USAGE', `unknown SBOM format "${options.format}": use ${SBOM_FORMATS.join(', ')}`);
        }
        const progress = options.verbose || (io.stderrIsTty && !io.env.CI);
        let lastLayer = -1;
        let lastPrinted = 0;
        const inventory = await (0,analyze/* buildInventory */.Rs)(image, {
            cwd: io.cwd,
            env: io.env,
            ...(options.platform ? { platform: options.platform } : {}),
            ...(options.cacheDir ? { cacheDir: (0,external_node_path_.resolve)(io.cwd, options.cacheDir) } : {}),
            ...(progress
                ? {
                    onProgress: ({ layer, layers, bytes, size }) => {
                        if (layer === lastLayer && bytes - lastPrinted < 16 * MiB && bytes !== size)
                            return;
                        lastLayer = layer;
                        lastPrinted = bytes;
                        const total = size ? ` of ${(size / MiB).toFixed(1)} MB` : '';
                        io.stderr(`portcullis: layer ${layer + 1}/${layers}: ${(bytes / MiB).toFixed(1)} MB${total}\n`);
                    },
                }
                : {}),
        });
        const text = renderSbom(inventory, format, { created: createdAt(io.env), toolVersion: version/* VERSION */.x });
        if (options.output)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, options.output), text);
        else
            io.stdout(text);
        if (inventory.osNote)
            io.stderr(`portcullis: note: ${inventory.osNote}\n`);
        if (progress) {
            const cached = inventory.layers.filter((l) => l.cached).length;
            io.stderr(`portcullis: ${inventory.packages.length} packages in ${inventory.layers.length} layers (${cached} from the cache)\n`);
        }
        for (const p of inventory.problems)
            io.stderr(`portcullis: error: ${p.code}: ${p.message}\n`);
        return inventory.problems.length ? core_errors/* EXIT */.dc.incomplete : core_errors/* EXIT */.dc.passed;
    }
    catch (error) {
        io.stderr(`portcullis: ${(0,core_errors/* errorMessage */.gJ)(error)}\n`);
        return (0,core_errors/* exitCodeFor */.Rr)(error);
    }
}

// EXTERNAL MODULE: ./src/gates/scan/source/index.ts + 4 modules
var source = __webpack_require__(29701);
;// CONCATENATED MODULE: ./src/gates/scan/index.ts
/** The scan gate's public surface: the image inventory (part 1) and SBOM writers. */










/***/ })

};
