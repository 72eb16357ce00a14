import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding, verified } from './rule.js';

/** PA006: with max-age set, provenance signed longer ago, or at no verified time, is refused. */
export const PA006: VerifyRule = {
  meta: {
    id: 'PA006',
    title: 'Attestation is older than max-age',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA006'),
  },
  check(v) {
    const max = v.policy.maxAgeSeconds;
    if (!verified(v) || max === undefined) return [];
    if (!v.signedAt)
      return [
        bundleFinding(
          PA006.meta,
          v.bundleFile,
          `${v.bundleFile}: no verified signing time to check max-age against`,
        ),
      ];
    const age = (v.now.getTime() - v.signedAt.getTime()) / 1000;
    if (age <= max) return [];
    return [
      bundleFinding(
        PA006.meta,
        v.bundleFile,
        `${v.bundleFile}: signed ${v.signedAt.toISOString()}, ${Math.floor(age / 86400)} days ago, older than max-age`,
      ),
    ];
  },
};
