export const id = 353;
export const ids = [353];
export const modules = {

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheKeys: () => (/* binding */ cacheKeys),
/* harmony export */   fingerprint: () => (/* binding */ fingerprint),
/* harmony export */   restoreActionCaches: () => (/* binding */ restoreActionCaches),
/* harmony export */   saveActionCaches: () => (/* binding */ saveActionCaches)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61691);



/**
 * The keys of one cache: `portcullis-<gate>-<name>-<os>-<YYYY-MM-DD>` for a daily cache, the
 * same plus a unique suffix otherwise (cache entries are immutable), and the prefix as restore
 * key so the newest earlier entry (e.g. yesterday's DB) is restored when the key itself is missing.
 * See https://github.com/actions/toolkit/tree/main/packages/cache#restore-cache.
 */
function cacheKeys(gate, spec, env, now) {
    const prefix = `portcullis-${gate}-${spec.name}-${env.RUNNER_OS || process.platform}-`;
    const day = now.toISOString().slice(0, 10);
    const key = spec.daily
        ? `${prefix}${day}`
        : `${prefix}${day}-${Date.now().toString(36)}${process.pid.toString(36)}`;
    return { key, restoreKeys: [prefix] };
}
/** What a directory holds, cheaply: relative path, size and mtime of every file, sorted. */
function fingerprint(dir) {
    const lines = [];
    const walk = (sub) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, sub), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const rel = sub ? `${sub}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(rel);
            else {
                const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, rel), { throwIfNoEntry: false });
                if (s)
                    lines.push(`${rel} ${s.size} ${s.mtimeMs}`);
            }
        }
    };
    walk('');
    return lines.sort().join('\n');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Restores the gate's declared caches before its run. Fills each empty directory option with the
 * declared default so the gate uses the restored path, and turns on the refresh option of a
 * daily cache whose entry for today is missing. A service failure only warns: the gate decides.
 */
async function restoreActionCaches(gate, options, env, log, now = new Date()) {
    const restored = [];
    const available = _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3();
    if (!available && gate.actionCaches?.length)
        log.info('The GitHub Actions cache service is not available: nothing is kept across runs.');
    for (const spec of gate.actionCaches ?? []) {
        const set = options[spec.option];
        const path = typeof set === 'string' && set ? set : spec.defaultPath(env);
        options[spec.option] = path;
        if (!available)
            continue;
        const { key, restoreKeys } = cacheKeys(gate.name, spec, env, now);
        let restoredKey;
        try {
            restoredKey = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3([path], key, restoreKeys);
            log.info(restoredKey
                ? `Restored ${spec.name} cache ${restoredKey} into ${path}`
                : `No ${spec.name} cache yet (${key})`);
        }
        catch (error) {
            log.warn(`Could not restore the ${spec.name} cache: ${message(error)}`);
        }
        if (spec.daily && spec.refreshOption && restoredKey !== key && options[spec.refreshOption] === undefined)
            options[spec.refreshOption] = true;
        restored.push({ name: spec.name, path, key, restoredKey, before: fingerprint(path) });
    }
    return restored;
}
/**
 * Saves the caches whose directory changed during the run (new layers, a refreshed DB). A cache
 * that did not change, e.g. a DB whose refresh failed, is not saved under today's key. Failures warn.
 */
async function saveActionCaches(restored, log) {
    for (const r of restored) {
        const after = fingerprint(r.path);
        if (!after || after === r.before) {
            log.debug(`${r.name} cache unchanged: not saved`);
            continue;
        }
        try {
            const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .saveCache */ .Io([r.path], r.key);
            if (id === -1)
                log.warn(`The ${r.name} cache was not saved (${r.key}); the next run starts without it.`);
            else
                log.info(`Saved ${r.name} cache ${r.key}`);
        }
        catch (error) {
            log.warn(`Could not save the ${r.name} cache: ${message(error)}`);
        }
    }
}


/***/ })

};
