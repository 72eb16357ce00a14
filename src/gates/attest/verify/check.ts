import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  type Bundle,
  bundleFromJSON,
} from '@sigstore/bundle';
import { RFC3161Timestamp } from '@sigstore/core';
import { type TrustMaterial, toSignedEntity, Verifier } from '@sigstore/verify';
import { errorMessage } from '../../../core/errors.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../provenance/types.js';
import { type CertificateIdentity, certificateIdentity } from './identity.js';
import type { VerifyPolicy } from './policy.js';

export const KNOWN_BUNDLE_TYPES = [
  BUNDLE_V03_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V01_MEDIA_TYPE,
];

const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

/** A statement as read from a verified envelope; fields are checked, never trusted blindly. */
export interface ParsedStatement {
  _type?: unknown;
  subject?: { name?: unknown; digest?: Record<string, unknown> }[];
  predicateType?: unknown;
  predicate?: Record<string, unknown>;
}

/** Everything the verify rules look at for one bundle and one artifact. */
export interface Verification {
  bundleFile: string;
  /** The artifact's digests, computed by us (algorithm → hex). */
  artifactDigests: Record<string, string>;
  artifactName: string;
  /** Why the bundle could not be read as a DSSE in-toto bundle. */
  unsupported?: string;
  /** Why signature, certificate chain, SCT, log or timestamp verification failed. */
  cryptoError?: string;
  identity?: CertificateIdentity;
  keySigned?: boolean;
  /** A plain signature over the artifact's bytes, checked by @sigstore/verify; no statement. */
  messageSigned?: boolean;
  statement?: ParsedStatement;
  statementError?: string;
  /** The earliest verified time: log integration or RFC 3161. */
  signedAt?: Date;
  policy: VerifyPolicy;
  now: Date;
}

function readBundle(json: unknown, allowMessage: boolean): { bundle?: Bundle; error?: string } {
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType;
  if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_TYPES.includes(mediaType)) {
    return { error: `unsupported bundle media type ${JSON.stringify(mediaType)}` };
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    return { error: `invalid Sigstore bundle: ${errorMessage(error)}` };
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    if (allowMessage) return { bundle };
    return {
      error:
        'the bundle holds a plain message signature, not a DSSE attestation (accept-message-signatures accepts it for files)',
    };
  }
  const type = bundle.content.dsseEnvelope.payloadType;
  if (type !== IN_TOTO_PAYLOAD_TYPE) {
    return { error: `DSSE payload type is "${type}", expected "${IN_TOTO_PAYLOAD_TYPE}"` };
  }
  return { bundle };
}

function verifiedTimes(bundle: Bundle): Date[] {
  const times: Date[] = [];
  for (const e of bundle.verificationMaterial.tlogEntries) {
    const t = Number(e.integratedTime);
    if (t > 0) times.push(new Date(t * 1000));
  }
  for (const ts of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []) {
    times.push(RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
  }
  return times;
}

function parseStatement(bundle: Bundle): { statement?: ParsedStatement; error?: string } {
  if (bundle.content.$case !== 'dsseEnvelope') return { error: 'no DSSE envelope' };
  try {
    const statement = JSON.parse(Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8'));
    if (!statement || typeof statement !== 'object' || !STATEMENT_TYPES.includes(statement._type)) {
      return { error: `payload is not an in-toto Statement (_type ${JSON.stringify(statement?._type)})` };
    }
    return { statement };
  } catch (error) {
    return { error: `payload is not JSON: ${errorMessage(error)}` };
  }
}

/**
 * Verifies one bundle cryptographically with @sigstore/verify (signature over the DSSE PAE,
 * certificate chain to the trusted root at a verified time, SCTs, log entry body, inclusion
 * proof or promise, RFC 3161 timestamps) and reads what the policy rules need. No policy is
 * handed to @sigstore/verify: identities are compared by the rules, exactly or anchored.
 * https://github.com/sigstore/sigstore-js/tree/main/packages/verify
 */
export function verifyBundle(
  json: unknown,
  bundleFile: string,
  artifact: { name: string; digests: Record<string, string>; bytes?: Buffer },
  trust: TrustMaterial,
  policy: VerifyPolicy,
  now: Date,
): Verification {
  const base: Verification = {
    bundleFile,
    artifactDigests: artifact.digests,
    artifactName: artifact.name,
    policy,
    now,
  };
  // A plain message signature is accepted only over bytes we hold (a checksums file).
  const { bundle, error } = readBundle(json, artifact.bytes !== undefined);
  if (!bundle) return { ...base, unsupported: error };
  const messageSigned = bundle.content.$case === 'messageSignature';
  const keySigned = bundle.verificationMaterial.content.$case === 'publicKey';
  try {
    new Verifier(trust, {
      tlogThreshold: policy.tlogThreshold,
      ctlogThreshold: keySigned ? 0 : 1,
      // A certificate is only trusted at a verified time, so a keyless bundle always needs one,
      // even when the policy lets the log entry go.
      timestampThreshold: keySigned ? policy.timestampThreshold : Math.max(1, policy.timestampThreshold),
    }).verify(toSignedEntity(bundle, messageSigned ? artifact.bytes : undefined));
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { ...base, keySigned, cryptoError: `${code ? `${code}: ` : ''}${errorMessage(err)}` };
  }
  const times = verifiedTimes(bundle);
  const parsed = messageSigned ? {} : parseStatement(bundle);
  return {
    ...base,
    keySigned,
    messageSigned,
    identity: keySigned ? undefined : certificateIdentity(bundle),
    signedAt: times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : undefined,
    statement: parsed.statement,
    statementError: parsed.error,
  };
}

/** True when the statement names the artifact by one of our own digests. */
export function subjectMatches(
  statement: ParsedStatement | undefined,
  digests: Record<string, string>,
): boolean {
  return Boolean(
    statement?.subject?.some((s) =>
      Object.entries(s?.digest ?? {}).some(
        ([alg, hex]) => typeof hex === 'string' && digests[alg] === hex.toLowerCase(),
      ),
    ),
  );
}

/** True for a bundle holding a plain message signature (`cosign sign-blob --bundle`). */
export function isMessageSignature(json: unknown): boolean {
  return Boolean((json as { messageSignature?: unknown } | null)?.messageSignature);
}

/** Reads the subject digests of a bundle without verifying it, to pick bundles for an artifact. */
export function claimedSubjectDigests(json: unknown): string[] {
  const message = (json as { messageSignature?: { messageDigest?: { algorithm?: string; digest?: string } } })
    ?.messageSignature?.messageDigest;
  if (message?.digest) {
    const algorithm = { SHA2_256: 'sha256', SHA2_512: 'sha512' }[message.algorithm ?? ''] ?? 'unknown';
    return [`${algorithm}:${Buffer.from(message.digest, 'base64').toString('hex')}`];
  }
  try {
    const env = (json as { dsseEnvelope?: { payload?: string } }).dsseEnvelope;
    const statement = JSON.parse(
      Buffer.from(env?.payload ?? '', 'base64').toString('utf8'),
    ) as ParsedStatement;
    return (statement.subject ?? []).flatMap((s) =>
      Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${String(hex).toLowerCase()}`),
    );
  } catch {
    return [];
  }
}
