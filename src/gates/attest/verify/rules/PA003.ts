import { describe, type Matcher, matches } from '../match.js';
import type { VerifyPolicy } from '../policy.js';
import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding, verified } from './rule.js';

function identityAsked(p: VerifyPolicy): boolean {
  return Boolean(
    p.issuer ||
      p.identity ||
      p.signerWorkflow ||
      p.repository ||
      p.ref ||
      p.runnerEnvironment ||
      p.denySelfHosted,
  );
}

/**
 * PA003: the signing certificate's OIDC issuer, SAN, Build Signer URI, Source Repository URI
 * and Ref, and runner environment must meet the policy, exactly or by an anchored pattern.
 * A missing extension never matches.
 */
export const PA003: VerifyRule = {
  meta: {
    id: 'PA003',
    title: 'Signer identity does not meet the policy',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA003'),
  },
  check(v) {
    if (!verified(v)) return [];
    const p = v.policy;
    const out: string[] = [];
    if (v.keySigned) {
      if (identityAsked(p))
        out.push('signed with a key, not a certificate: the identity policy cannot be met');
    } else {
      const id = v.identity ?? {};
      const check = (label: string, m: Matcher | undefined, value: string | undefined) => {
        if (m && !matches(m, value))
          out.push(`${label} is ${value === undefined ? 'absent' : `"${value}"`}, expected ${describe(m)}`);
      };
      check('OIDC issuer', p.issuer, id.issuer);
      check('certificate identity', p.identity, id.subjectAlternativeName);
      check('signer workflow', p.signerWorkflow, id.buildSignerUri);
      check('source repository', p.repository, id.sourceRepositoryUri);
      check('source ref', p.ref, id.sourceRepositoryRef);
      if (p.runnerEnvironment && id.runnerEnvironment !== p.runnerEnvironment)
        out.push(
          `runner environment is "${id.runnerEnvironment ?? 'absent'}", expected "${p.runnerEnvironment}"`,
        );
      if (p.denySelfHosted && (!id.runnerEnvironment || id.runnerEnvironment === 'self-hosted'))
        out.push(`built on a ${id.runnerEnvironment ?? 'unknown'} runner; self-hosted runners are denied`);
    }
    return out.map((m) => bundleFinding(PA003.meta, v.bundleFile, `${v.bundleFile}: ${m}`));
  },
};
