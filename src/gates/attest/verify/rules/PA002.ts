import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding } from './rule.js';

/**
 * PA002: the signature, the certificate chain to the trusted root at a verified time, the
 * SCTs, the transparency log entry and its inclusion proof or promise, and any RFC 3161
 * timestamps must all verify.
 */
export const PA002: VerifyRule = {
  meta: {
    id: 'PA002',
    title: 'Signature, certificate, log entry or timestamp does not verify',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA002'),
    equivalents: ['cosign:verify-blob-attestation', 'gh:attestation-verify'],
  },
  check(v) {
    return v.cryptoError
      ? [bundleFinding(PA002.meta, v.bundleFile, `${v.bundleFile}: verification failed: ${v.cryptoError}`)]
      : [];
  },
};
