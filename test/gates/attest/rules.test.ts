/** The verify rules as pure functions over a Verification, one hit and one no-hit per case. */
import { describe, expect, it } from 'vitest';
import type { Verification } from '../../../src/gates/attest/verify/check.js';
import { readPolicy } from '../../../src/gates/attest/verify/policy.js';
import { PA001 } from '../../../src/gates/attest/verify/rules/PA001.js';
import { PA002 } from '../../../src/gates/attest/verify/rules/PA002.js';
import { PA003 } from '../../../src/gates/attest/verify/rules/PA003.js';
import { PA004 } from '../../../src/gates/attest/verify/rules/PA004.js';
import { PA005 } from '../../../src/gates/attest/verify/rules/PA005.js';
import { PA006 } from '../../../src/gates/attest/verify/rules/PA006.js';
import type { VerifyRule } from '../../../src/gates/attest/verify/rules/rule.js';

const NOW = new Date('2026-11-25T08:00:00Z');
const DIGEST = 'a'.repeat(64);
const SIGNER = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1';

function verification(over: Partial<Verification> = {}, policy: Record<string, unknown> = {}): Verification {
  return {
    bundleFile: 'b.json',
    artifactName: 'app',
    artifactDigests: { sha256: DIGEST },
    identity: {
      issuer: 'https://token.actions.githubusercontent.com',
      subjectAlternativeName: SIGNER,
      buildSignerUri: SIGNER,
      sourceRepositoryUri: 'https://github.com/acme/app',
      sourceRepositoryRef: 'refs/tags/v1',
      sourceRepositoryDigest: 'c0ffee',
      buildConfigUri: SIGNER,
      runnerEnvironment: 'github-hosted',
    },
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app', digest: { sha256: DIGEST } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/tags/v1',
              repository: 'https://github.com/acme/app',
              path: '.github/workflows/release.yml',
            },
          },
          resolvedDependencies: [
            { uri: 'git+https://github.com/acme/app@refs/tags/v1', digest: { gitCommit: 'c0ffee' } },
          ],
        },
        runDetails: { builder: { id: SIGNER } },
      },
    },
    signedAt: new Date('2026-11-20T08:00:00Z'),
    policy: readPolicy(policy as never, {}),
    now: NOW,
    ...over,
  };
}

function predicateWith(edit: (p: any) => void): Partial<Verification> {
  const v = verification();
  const statement = structuredClone(v.statement!);
  edit(statement.predicate);
  return { statement };
}

const cases: [VerifyRule, string, Verification, number][] = [
  [PA001, 'unsupported bundle', verification({ unsupported: 'unsupported bundle media type "x"' }), 1],
  [PA001, 'payload not a statement', verification({ statement: undefined, statementError: 'not JSON' }), 1],
  [PA001, 'a readable bundle', verification(), 0],
  [PA002, 'a crypto failure', verification({ cryptoError: 'TLOG_BODY_ERROR: bad' }), 1],
  [PA002, 'no crypto failure', verification(), 0],
  [PA003, 'issuer mismatch', verification({}, { 'certificate-oidc-issuer': 'https://gitlab.com' }), 1],
  [
    PA003,
    'issuer match',
    verification({}, { 'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com' }),
    0,
  ],
  [
    PA003,
    'absent extension never matches',
    verification({ identity: { issuer: 'x' } }, { 'source-ref-regexp': '.*' }),
    1,
  ],
  [
    PA003,
    'self-hosted denied',
    verification({ identity: { runnerEnvironment: 'self-hosted' } }, { 'deny-self-hosted-runners': true }),
    1,
  ],
  [PA003, 'unknown runner denied', verification({ identity: {} }, { 'deny-self-hosted-runners': true }), 1],
  [PA003, 'hosted allowed', verification({}, { 'deny-self-hosted-runners': true }), 0],
  [
    PA003,
    'identity asked of a key',
    verification({ keySigned: true, identity: undefined }, { 'source-repository': 'acme/app' }),
    1,
  ],
  [
    PA003,
    'not judged when crypto failed',
    verification({ cryptoError: 'x' }, { 'source-repository': 'acme/other' }),
    0,
  ],
  [PA004, 'digest not a subject', verification({ artifactDigests: { sha256: 'b'.repeat(64) } }), 1],
  [PA004, 'same hex, other algorithm', verification({ artifactDigests: { sha512: DIGEST } }), 1],
  [PA004, 'digest a subject', verification(), 0],
  [
    PA005,
    'builder is not the signer',
    verification(
      predicateWith((p) => {
        p.runDetails.builder.id = 'https://evil.example/b';
      }),
    ),
    1,
  ],
  [
    PA005,
    'extra external parameter',
    verification(
      predicateWith((p) => {
        p.buildDefinition.externalParameters.inputs = { a: 1 };
      }),
    ),
    1,
  ],
  [
    PA005,
    'commit disagrees with the certificate',
    verification(
      predicateWith((p) => {
        p.buildDefinition.resolvedDependencies[0].digest.gitCommit = 'bad';
      }),
    ),
    1,
  ],
  [
    PA005,
    'unknown build type',
    verification(
      predicateWith((p) => {
        p.buildDefinition.buildType = 'https://example.com/bt';
      }),
    ),
    1,
  ],
  [PA005, 'consistent predicate', verification(), 0],
  [
    PA005,
    'legacy build type names another runner',
    verification(
      predicateWith((p) => {
        p.buildDefinition.buildType =
          'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
        p.runDetails.builder.id = 'https://github.com/actions/runner/self-hosted';
      }),
    ),
    1,
  ],
  [
    PA005,
    'legacy build type names the runner',
    verification(
      predicateWith((p) => {
        p.buildDefinition.buildType =
          'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
        p.runDetails.builder.id = 'https://github.com/actions/runner/github-hosted';
      }),
    ),
    0,
  ],
  [PA006, 'older than max-age', verification({}, { 'max-age': '3d' }), 1],
  [PA006, 'no verified time with max-age', verification({ signedAt: undefined }, { 'max-age': '3d' }), 1],
  [PA006, 'within max-age', verification({}, { 'max-age': '7d' }), 0],
  [PA006, 'no max-age', verification({ signedAt: new Date(0) }), 0],
];

describe('verify rules', () => {
  it.each(cases.map(([rule, name, v, n]) => [`${rule.meta.id} ${name}`, rule, v, n] as const))(
    '%s',
    (_name, rule, v, n) => {
      const found = rule.check(v);
      expect(found).toHaveLength(n);
      for (const f of found) {
        expect(f).toMatchObject({
          ruleId: rule.meta.id,
          file: 'b.json',
          line: 1,
          column: 1,
          severity: 'error',
        });
      }
    },
  );
});
