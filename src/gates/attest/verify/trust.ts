import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { type TrustMaterial, toTrustMaterial } from '@sigstore/verify';
import { errorMessage, PortcullisError } from '../../../core/errors.js';

/**
 * Loads a Sigstore TrustedRoot: from a file (offline use, private instances), or from
 * Sigstore's TUF repository through @sigstore/tuf, which verifies and caches it.
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto
 */
export async function loadTrustedRoot(file?: string, cachePath?: string): Promise<TrustedRoot> {
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new PortcullisError(
        'CONFIG_UNREADABLE',
        `cannot read trusted root ${file}: ${errorMessage(cause)}`,
        {
          file,
          cause,
        },
      );
    }
    const root = TrustedRoot.fromJSON(json);
    if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
      throw new PortcullisError('CONFIG_INVALID', `${file} is not a Sigstore trusted root`, { file });
    }
    assertValidityStarts(root, file);
    return root;
  }
  try {
    return await getTrustedRoot(cachePath ? { cachePath } : {});
  } catch (cause) {
    throw new PortcullisError(
      'NETWORK',
      `cannot load Sigstore's trusted root through TUF (${errorMessage(cause)}); pass --trusted-root FILE to verify offline`,
      { cause },
    );
  }
}

/**
 * Every key and certificate authority of a trusted root must say from when it is valid: a
 * missing start is a malformed root, never "valid since forever" (sigstore-conformance
 * `trust-root-tlog-missing-validity-start_fail`).
 */
function assertValidityStarts(root: TrustedRoot, file: string): void {
  const missing = [
    ...root.tlogs.filter((t) => !t.publicKey?.validFor?.start).map((t) => `transparency log ${t.baseUrl}`),
    ...root.ctlogs.filter((t) => !t.publicKey?.validFor?.start).map((t) => `CT log ${t.baseUrl}`),
    ...root.certificateAuthorities
      .filter((c) => !c.validFor?.start)
      .map((c) => `certificate authority ${c.uri}`),
    ...root.timestampAuthorities.filter((c) => !c.validFor?.start).map((c) => `timestamp authority ${c.uri}`),
  ];
  if (missing.length) {
    throw new PortcullisError('CONFIG_INVALID', `${file}: no validFor.start for ${missing.join(', ')}`, {
      file,
    });
  }
}

/** Trust material, with a PEM public key for key-signed bundles when one is given. */
export function trustMaterial(root: TrustedRoot, publicKeyPem?: string): TrustMaterial {
  if (!publicKeyPem) return toTrustMaterial(root);
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch (cause) {
    throw new PortcullisError(
      'CONFIG_INVALID',
      `the verification key is not a PEM public key: ${errorMessage(cause)}`,
      {
        cause,
      },
    );
  }
  // The hint in a bundle is only a hint: the one configured key is the only key trusted.
  return toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }));
}
