import { createHash } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';

export const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';

/** Where a bundle was recorded: what the step outputs and the job summary show. */
export interface LedgerEntry {
  logIndex: string;
  /** Rekor v1's entry UUID: the RFC 6962 leaf hash of the canonical entry body. */
  uuid: string;
  integratedTime?: string;
  url: string;
}

/**
 * The transparency-log entries of a bundle with their UUIDs and a link for people: the
 * public-good search page, or the private log's own entry API.
 * https://github.com/sigstore/rekor/blob/main/openapi.yaml
 */
export function ledgerEntries(bundle: SerializedBundle, rekorUrl: string | undefined): LedgerEntry[] {
  const base = (rekorUrl ?? PUBLIC_GOOD_REKOR).replace(/\/$/, '');
  return (bundle.verificationMaterial.tlogEntries ?? []).map((e) => {
    const body = Buffer.from(e.canonicalizedBody, 'base64');
    const uuid = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), body]))
      .digest('hex');
    const url =
      base === PUBLIC_GOOD_REKOR
        ? `https://search.sigstore.dev/?logIndex=${e.logIndex}`
        : `${base}/api/v1/log/entries?logIndex=${e.logIndex}`;
    return {
      logIndex: e.logIndex,
      uuid,
      url,
      ...(e.integratedTime && e.integratedTime !== '0' ? { integratedTime: e.integratedTime } : {}),
    };
  });
}
