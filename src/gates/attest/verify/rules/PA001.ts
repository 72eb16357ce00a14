import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding } from './rule.js';

/** PA001: only Sigstore bundles v0.1–v0.3 holding a DSSE in-toto statement are read. */
export const PA001: VerifyRule = {
  meta: {
    id: 'PA001',
    title: 'Bundle is not a supported Sigstore attestation',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA001'),
  },
  check(v) {
    const why = v.unsupported ?? (v.cryptoError ? undefined : v.statementError);
    return why ? [bundleFinding(PA001.meta, v.bundleFile, `${v.bundleFile}: ${why}`)] : [];
  },
};
