import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  type KeyObject,
} from 'node:crypto';
import { type Bundle, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  type Signer,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from './provenance/types.js';

export { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL };

/** How the statement is signed: a Fulcio certificate for the CI identity, or a PEM key. */
export type SigningIdentity =
  | { kind: 'keyless'; token: string; fulcioUrl: string }
  | { kind: 'key'; privateKeyPem: string; passphrase?: string };

export interface WitnessOptions {
  /** Rekor base URL, or undefined for no transparency log (key-based, air-gapped use). */
  rekorUrl?: string;
  rekorVersion?: 1 | 2;
  /** `dsse` is what Sigstore clients write; `intoto` is kept for logs that only take it. */
  entryType?: 'dsse' | 'intoto';
  /** RFC 3161 timestamp authority URL (`…/api/v1/timestamp` is appended by the client). */
  tsaUrl?: string;
  timeoutMs?: number;
  retries?: number;
}

/** A Signer over a PEM private key, for air-gapped signing without Fulcio. */
export function keySigner(privateKeyPem: string, passphrase?: string): { signer: Signer; hint: string } {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: privateKeyPem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
  } catch (cause) {
    throw new PortcullisError(
      'USAGE',
      `the signing key is not a usable PEM private key: ${errorMessage(cause)}`,
      {
        cause,
      },
    );
  }
  const publicKey = createPublicKey(key);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const hint = createHash('sha256').update(spki).digest('base64');
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  // Ed25519 signs the message itself; ECDSA and RSA hash it with SHA-256 first.
  const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return {
    hint,
    signer: {
      sign: async (data: Buffer) => ({
        signature: cryptoSign(algorithm, data, key),
        key: { $case: 'publicKey', publicKey: pem, hint },
      }),
    },
  };
}

function signerFor(identity: SigningIdentity, timeoutMs?: number, retries?: number): Signer {
  if (identity.kind === 'key') return keySigner(identity.privateKeyPem, identity.passphrase).signer;
  return new FulcioSigner({
    fulcioBaseURL: identity.fulcioUrl,
    identityProvider: { getToken: async () => identity.token },
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
    ...(retries !== undefined ? { retry: retries } : {}),
  });
}

/** The witnesses that countersign: a transparency log and an optional timestamp authority. */
export function witnessesFor(options: WitnessOptions): Witness[] {
  const witnesses: Witness[] = [];
  const net = {
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retry: options.retries } : {}),
  };
  if (options.rekorVersion === 2 && !options.tsaUrl) {
    throw new PortcullisError(
      'USAGE',
      'Rekor v2 gives no signed timestamp: set a timestamp authority (tsa-url)',
    );
  }
  if (options.rekorUrl) {
    witnesses.push(
      new RekorWitness({
        rekorBaseURL: options.rekorUrl,
        entryType: options.entryType ?? 'dsse',
        majorApiVersion: options.rekorVersion ?? 1,
        ...net,
      }),
    );
  }
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, ...net }));
  return witnesses;
}

/**
 * Signs an in-toto statement as a DSSE envelope and returns a Sigstore bundle of media type
 * `application/vnd.dev.sigstore.bundle.v0.3+json`, countersigned by the witnesses.
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto
 */
export async function signStatement(
  statement: Statement,
  identity: SigningIdentity,
  witnesses: WitnessOptions,
): Promise<SerializedBundle> {
  const builder = new DSSEBundleBuilder({
    signer: signerFor(identity, witnesses.timeoutMs, witnesses.retries),
    witnesses: witnessesFor(witnesses),
  });
  let bundle: Bundle;
  try {
    bundle = await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: IN_TOTO_PAYLOAD_TYPE,
    });
  } catch (cause) {
    throw new PortcullisError('NETWORK', `signing failed: ${describeSigningError(cause)}`, { cause });
  }
  return bundleToJSON(bundle);
}

const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;

/** The error and its cause, with any identity token in it redacted: logs are often public. */
export function describeSigningError(error: unknown): string {
  const message = errorMessage(error);
  const cause = error instanceof Error && error.cause ? `: ${errorMessage(error.cause)}` : '';
  return `${message}${cause}`.replace(JWT, '<identity token>');
}
