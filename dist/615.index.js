export const id = 615;
export const ids = [615];
export const modules = {

/***/ 37615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPublicKeys: () => (/* binding */ readPublicKeys),
/* harmony export */   verifyClearSigned: () => (/* binding */ verifyClearSigned),
/* harmony export */   verifyDetachedSignature: () => (/* binding */ verifyDetachedSignature)
/* harmony export */ });
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13074);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _openpgp_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60519);



/**
 * Reads the public keys a signature may come from: one armored block or several, as
 * `gpg --armor --export` writes. A secret key block is refused rather than used.
 */
async function readPublicKeys(armored, label) {
    let keys;
    try {
        keys = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .readKeys */ .x4)({ armoredKeys: armored });
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PortcullisError */ .SO('CONFIG_INVALID', `${label} is not an armored OpenPGP public key: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(cause)}`, { file: label, cause });
    }
    if (keys.some((k) => k.isPrivate())) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PortcullisError */ .SO('CONFIG_INVALID', `${label} holds a secret key: give the public key`, {
            file: label,
        });
    }
    return keys;
}
function keyIdsOf(keys) {
    return new Set(keys.flatMap((k) => k.getKeyIDs().map((id) => id.toHex())));
}
function describeKey(keys, keyId) {
    const key = keys.find((k) => k.getKeyIDs().some((id) => id.toHex() === keyId));
    const user = key?.getUserIDs()[0];
    return user ? `${keyId.toUpperCase()} (${user})` : keyId.toUpperCase();
}
/**
 * Verifies a detached OpenPGP signature (armored `.asc` or binary `.sig`, binary or text mode)
 * over `data` with the given public keys, as `gpgv --keyring KEYS SIG DATA` does: it passes
 * when a signature by one of the keys verifies and no signature is bad. A signature by a key
 * that was not given never counts. https://www.rfc-editor.org/rfc/rfc9580#section-5.2
 */
async function verifyDetachedSignature(data, signatureBytes, keys) {
    let signature;
    try {
        signature = (0,_openpgp_format_js__WEBPACK_IMPORTED_MODULE_2__/* .isArmoredOpenPgp */ .wf)(signatureBytes)
            ? await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .readSignature */ .Bc)({ armoredSignature: Buffer.from(signatureBytes).toString('utf8') })
            : await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .readSignature */ .Bc)({ binarySignature: signatureBytes });
    }
    catch (cause) {
        return { ok: false, kind: 'bad-signature', reason: `not an OpenPGP signature: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(cause)}` };
    }
    const result = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .verify */ .MX)({
        message: await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .createMessage */ .oH)({ binary: data }),
        signature,
        verificationKeys: [...keys],
        format: 'binary',
    });
    return judgeSignatures(result.signatures, keys);
}
/**
 * Verifies a clear-signed file (`gpg --clearsign`, as Node.js's SHASUMS256.txt.asc) with the
 * given public keys, under the same rule as a detached signature, and returns the signed text
 * with the line of the file it starts on. https://www.rfc-editor.org/rfc/rfc9580#section-7
 */
async function verifyClearSigned(armored, keys, label) {
    let message;
    try {
        message = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .readCleartextMessage */ .cL)({ cleartextMessage: armored });
    }
    catch (cause) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PortcullisError */ .SO('PARSE_FAILED', `${label}: not a clear-signed OpenPGP message: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(cause)}`, {
            file: label,
            cause,
        });
    }
    const result = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .verify */ .MX)({ message, verificationKeys: [...keys] });
    const lines = armored.split(/\r?\n/);
    const begin = lines.findIndex((l) => l.startsWith('-----BEGIN PGP SIGNED MESSAGE-----'));
    const blank = lines.findIndex((l, i) => i > begin && l.trim() === '');
    return {
        text: message.getText(),
        firstLine: blank + 2,
        result: await judgeSignatures(result.signatures, keys),
    };
}
async function judgeSignatures(signatures, keys) {
    const given = keyIdsOf(keys);
    if (!signatures.length)
        return { ok: false, kind: 'bad-signature', reason: 'no signature in the file' };
    let good;
    const unknown = [];
    for (const s of signatures) {
        const keyId = s.keyID.toHex();
        if (!given.has(keyId)) {
            unknown.push(keyId.toUpperCase());
            // Consume the promise: it rejects for a key that was not given.
            await s.verified.catch(() => undefined);
            continue;
        }
        try {
            await s.verified;
            good ??= describeKey(keys, keyId);
        }
        catch (cause) {
            return {
                ok: false,
                kind: 'bad-signature',
                reason: `bad signature by ${describeKey(keys, keyId)}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(cause)}`,
            };
        }
    }
    if (good)
        return { ok: true, signer: good };
    return {
        ok: false,
        kind: 'unknown-key',
        reason: `signed by key ${unknown.join(', ')}, which is not among the given public keys`,
    };
}


/***/ })

};
