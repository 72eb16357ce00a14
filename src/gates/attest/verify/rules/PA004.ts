import { subjectMatches } from '../check.js';
import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding, verifiedStatement } from './rule.js';

/** PA004: the artifact's digest, computed by us, must be one of the statement's subjects. */
export const PA004: VerifyRule = {
  meta: {
    id: 'PA004',
    title: 'Artifact digest is not a subject of the attestation',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA004'),
  },
  check(v) {
    if (!verifiedStatement(v) || subjectMatches(v.statement, v.artifactDigests)) return [];
    const ours = Object.entries(v.artifactDigests)
      .map(([a, h]) => `${a}:${h}`)
      .join(', ');
    return [
      bundleFinding(
        PA004.meta,
        v.bundleFile,
        `${v.bundleFile}: ${v.artifactName} (${ours}) is not a subject of this attestation`,
      ),
    ];
  },
};
