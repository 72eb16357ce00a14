import { GITHUB_BUILD_TYPE, GITHUB_LEGACY_BUILD_TYPE } from '../../provenance/github.js';
import { GITLAB_BUILD_TYPE } from '../../provenance/gitlab.js';
import { SLSA_PROVENANCE_V1 } from '../../provenance/types.js';
import type { CertificateIdentity } from '../identity.js';
import { describe, matches } from '../match.js';
import type { VerifyRule } from './rule.js';
import { attestRuleDoc, bundleFinding, verifiedStatement } from './rule.js';

type Json = Record<string, unknown>;

function at(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);
}

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function unexpectedKeys(value: Json, allowed: string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}

/** Predicate fields the certificate also vouches for must agree with it. */
function bindings(buildType: unknown, predicate: Json, id: CertificateIdentity): string[] {
  const out: string[] = [];
  const ext = obj(obj(predicate.buildDefinition).externalParameters);
  const commit = at(obj(predicate.buildDefinition).resolvedDependencies, '0.digest.gitCommit');
  const same = (label: string, claimed: unknown, certified: string | undefined) => {
    if (certified !== undefined && claimed !== certified)
      out.push(`${label} is ${JSON.stringify(claimed)} but the certificate says "${certified}"`);
  };
  const builderId = at(predicate, 'runDetails.builder.id');
  if (
    (buildType === GITHUB_BUILD_TYPE || buildType === GITLAB_BUILD_TYPE) &&
    id.buildSignerUri !== undefined
  ) {
    if (builderId !== id.buildSignerUri)
      out.push(`builder id ${JSON.stringify(builderId)} is not the signer "${id.buildSignerUri}"`);
  }
  if (buildType === GITHUB_LEGACY_BUILD_TYPE) {
    // This older type names the runner, not the workflow, as the builder.
    const runner = /\/actions\/runner\/(github-hosted|self-hosted)$/.exec(String(builderId))?.[1];
    if (!runner || (id.runnerEnvironment !== undefined && runner !== id.runnerEnvironment))
      out.push(`builder id ${JSON.stringify(builderId)} is not the runner the certificate names`);
  }
  if (buildType === GITHUB_BUILD_TYPE || buildType === GITHUB_LEGACY_BUILD_TYPE) {
    const extra = unexpectedKeys(ext, ['workflow']);
    if (extra.length) out.push(`unexpected externalParameters: ${extra.join(', ')}`);
    const wf = obj(ext.workflow);
    const extraWf = unexpectedKeys(wf, ['ref', 'repository', 'path']);
    if (extraWf.length) out.push(`unexpected externalParameters.workflow fields: ${extraWf.join(', ')}`);
    same('externalParameters.workflow.repository', wf.repository, id.sourceRepositoryUri);
    if (id.buildConfigUri !== undefined)
      same(
        'the workflow',
        `${String(wf.repository)}/${String(wf.path)}@${String(wf.ref)}`,
        id.buildConfigUri,
      );
    same('the source commit', commit, id.sourceRepositoryDigest);
  } else if (buildType === GITLAB_BUILD_TYPE) {
    const extra = unexpectedKeys(ext, ['source', 'config', 'pipeline_source']);
    if (extra.length) out.push(`unexpected externalParameters: ${extra.join(', ')}`);
    same('externalParameters.source.repository', at(ext, 'source.repository'), id.sourceRepositoryUri);
    same('externalParameters.source.ref', at(ext, 'source.ref'), id.sourceRepositoryRef);
    same('the source commit', commit, id.sourceRepositoryDigest);
  }
  return out;
}

/**
 * PA005: predicateType, buildType, builder id and externalParameters must be what the policy
 * expects, and the builder id and source fields must agree with the certificate.
 * https://slsa.dev/spec/v1.1/verifying-artifacts
 */
export const PA005: VerifyRule = {
  meta: {
    id: 'PA005',
    title: 'Provenance predicate does not meet the policy',
    severity: 'error',
    gate: 'verify',
    helpUri: attestRuleDoc('PA005'),
  },
  check(v) {
    if (!verifiedStatement(v)) return [];
    const p = v.policy;
    const s = v.statement!;
    const out: string[] = [];
    const anyType = p.predicateType === '*';
    if (!anyType && s.predicateType !== p.predicateType) {
      out.push(`predicateType is ${JSON.stringify(s.predicateType)}, expected "${p.predicateType}"`);
    } else if (!anyType && s.predicateType === SLSA_PROVENANCE_V1) {
      const predicate = obj(s.predicate);
      const buildType = at(predicate, 'buildDefinition.buildType');
      const builderId = at(predicate, 'runDetails.builder.id');
      if (typeof buildType !== 'string' || !p.buildTypes.includes(buildType))
        out.push(`buildType ${JSON.stringify(buildType)} is not one of ${p.buildTypes.join(', ')}`);
      if (p.builderId && !matches(p.builderId, typeof builderId === 'string' ? builderId : undefined))
        out.push(`builder id ${JSON.stringify(builderId)}, expected ${describe(p.builderId)}`);
      if (v.identity) out.push(...bindings(buildType, predicate, v.identity));
      const ext = at(predicate, 'buildDefinition.externalParameters');
      for (const [path, want] of Object.entries(p.externalParameters)) {
        const got = at(ext, path);
        if (got !== want)
          out.push(`externalParameters.${path} is ${JSON.stringify(got)}, expected "${want}"`);
      }
    }
    return out.map((m) => bundleFinding(PA005.meta, v.bundleFile, `${v.bundleFile}: ${m}`));
  },
};
