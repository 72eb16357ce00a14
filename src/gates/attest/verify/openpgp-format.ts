const ARMOR = /^\s*-----BEGIN PGP /;

/** True when the bytes start with OpenPGP ASCII armor (RFC 9580 §6.2). */
export function isArmoredOpenPgp(bytes: Uint8Array): boolean {
  return ARMOR.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
}

/**
 * True when the bytes look like an OpenPGP signature: ASCII armor, or a binary packet, whose
 * header always has its high bit set (RFC 9580 §4.2); a Sigstore bundle is JSON.
 */
export function looksLikeOpenPgp(bytes: Uint8Array): boolean {
  return isArmoredOpenPgp(bytes) || (bytes[0] ?? 0) >= 0x80;
}

/** True when the text is a clear-signed OpenPGP message (RFC 9580 §7). */
export function isClearSigned(text: string): boolean {
  return /^\uFEFF?\s*-----BEGIN PGP SIGNED MESSAGE-----/.test(text);
}
