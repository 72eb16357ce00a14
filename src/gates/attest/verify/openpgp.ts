import {
  type CleartextMessage,
  createMessage,
  type Key,
  readCleartextMessage,
  readKeys,
  readSignature,
  type Signature,
  verify,
} from 'openpgp';
import { errorMessage, PortcullisError } from '../../../core/errors.js';
import { isArmoredOpenPgp } from './openpgp-format.js';

type VerificationResult = Awaited<ReturnType<CleartextMessage['verify']>>[number];

/** Why an OpenPGP signature did not verify: a bad signature, or no signature by a given key. */
export type OpenPgpFailure = { kind: 'bad-signature' | 'unknown-key'; reason: string };

export type OpenPgpResult = { ok: true; signer: string } | ({ ok: false } & OpenPgpFailure);

/**
 * Reads the public keys a signature may come from: one armored block or several, as
 * `gpg --armor --export` writes. A secret key block is refused rather than used.
 */
export async function readPublicKeys(armored: string, label: string): Promise<Key[]> {
  let keys: Key[];
  try {
    keys = await readKeys({ armoredKeys: armored });
  } catch (cause) {
    throw new PortcullisError(
      'CONFIG_INVALID',
      `${label} is not an armored OpenPGP public key: ${errorMessage(cause)}`,
      { file: label, cause },
    );
  }
  if (keys.some((k) => k.isPrivate())) {
    throw new PortcullisError('CONFIG_INVALID', `${label} holds a secret key: give the public key`, {
      file: label,
    });
  }
  return keys;
}

function keyIdsOf(keys: readonly Key[]): Set<string> {
  return new Set(keys.flatMap((k) => k.getKeyIDs().map((id) => id.toHex())));
}

function describeKey(keys: readonly Key[], keyId: string): string {
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
export async function verifyDetachedSignature(
  data: Uint8Array,
  signatureBytes: Uint8Array,
  keys: readonly Key[],
): Promise<OpenPgpResult> {
  let signature: Signature;
  try {
    signature = isArmoredOpenPgp(signatureBytes)
      ? await readSignature({ armoredSignature: Buffer.from(signatureBytes).toString('utf8') })
      : await readSignature({ binarySignature: signatureBytes });
  } catch (cause) {
    return { ok: false, kind: 'bad-signature', reason: `not an OpenPGP signature: ${errorMessage(cause)}` };
  }
  const result = await verify({
    message: await createMessage({ binary: data }),
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
export async function verifyClearSigned(
  armored: string,
  keys: readonly Key[],
  label: string,
): Promise<{ text: string; firstLine: number; result: OpenPgpResult }> {
  let message: CleartextMessage;
  try {
    message = await readCleartextMessage({ cleartextMessage: armored });
  } catch (cause) {
    throw new PortcullisError(
      'PARSE_FAILED',
      `${label}: not a clear-signed OpenPGP message: ${errorMessage(cause)}`,
      {
        file: label,
        cause,
      },
    );
  }
  const result = await verify({ message, verificationKeys: [...keys] });
  const lines = armored.split(/\r?\n/);
  const begin = lines.findIndex((l) => l.startsWith('-----BEGIN PGP SIGNED MESSAGE-----'));
  const blank = lines.findIndex((l, i) => i > begin && l.trim() === '');
  return {
    text: message.getText(),
    firstLine: blank + 2,
    result: await judgeSignatures(result.signatures, keys),
  };
}

async function judgeSignatures(
  signatures: readonly VerificationResult[],
  keys: readonly Key[],
): Promise<OpenPgpResult> {
  const given = keyIdsOf(keys);
  if (!signatures.length) return { ok: false, kind: 'bad-signature', reason: 'no signature in the file' };
  let good: string | undefined;
  const unknown: string[] = [];
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
    } catch (cause) {
      return {
        ok: false,
        kind: 'bad-signature',
        reason: `bad signature by ${describeKey(keys, keyId)}: ${errorMessage(cause)}`,
      };
    }
  }
  if (good) return { ok: true, signer: good };
  return {
    ok: false,
    kind: 'unknown-key',
    reason: `signed by key ${unknown.join(', ')}, which is not among the given public keys`,
  };
}
