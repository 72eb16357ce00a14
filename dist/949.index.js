export const id = 949;
export const ids = [949];
export const modules = {

/***/ 52949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRegistryImage: () => (/* binding */ openRegistryImage)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12847);
/* harmony import */ var _image_info_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52802);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77839);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79549);





/**
 * `docker://name[:tag|@digest]` or a bare reference: pulls through the shared OCI distribution client
 * (src/registry/), which checks every manifest and blob against its digest. An index is resolved to
 * the `--platform` image; layers stream one at a time and are never written to disk.
 */
async function openRegistryImage(text, reference, platform, options) {
    const ref = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(text);
    const client = new _registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ env: options.env ?? process.env, cache: options.registryCache });
    let result = await client.getManifest(ref);
    if ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(result.mediaType) || (!result.manifest.config && result.manifest.manifests)) {
        const child = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .selectPlatform */ .md)(result.manifest.manifests ?? [], platform, text);
        result = await client.getManifest({ ...ref, tag: undefined, digest: child.digest });
    }
    const read = async (digest) => Buffer.from(await client.fetchBlob(ref, digest));
    const { config, configDigest, layers } = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .imageFromManifest */ .hD)(read, result.manifest, text);
    const tags = ref.tag ? [`${ref.registry}/${ref.repository}:${ref.tag}`] : [];
    return {
        info: (0,_image_info_js__WEBPACK_IMPORTED_MODULE_4__/* .imageInfo */ .m)({ reference, transport: 'docker', manifestDigest: result.digest, configDigest, tags }, config, platform),
        config,
        layers,
        async streamLayers(wanted, use) {
            for (const layer of wanted)
                await use(layer, node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(client.blobStream(ref, layer.digest)));
        },
    };
}


/***/ })

};
