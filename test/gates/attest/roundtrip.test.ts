import { TrustedRoot } from '@sigstore/protobuf-specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from '../../../src/gates/attest/oidc.js';
import { githubProvenance } from '../../../src/gates/attest/provenance/github.js';
import { buildStatement } from '../../../src/gates/attest/provenance/statement.js';
import { signStatement } from '../../../src/gates/attest/sign.js';
import { verifyBundle } from '../../../src/gates/attest/verify/check.js';
import { readPolicy } from '../../../src/gates/attest/verify/policy.js';
import { BUNDLE_RULES } from '../../../src/gates/attest/verify/rules/index.js';
import { trustMaterial } from '../../../src/gates/attest/verify/trust.js';
import { githubClaims, type MockSigstore, startMockSigstore, withTsaRetry } from './support/sigstore-mock.js';

let mock: MockSigstore;
beforeAll(async () => {
  mock = await startMockSigstore();
});
afterAll(() => mock.close());

const DIGEST = 'ab'.repeat(32);

describe('sign then verify against the loopback mock', () => {
  it('verifies a keyless bundle', async () => {
    const token = await mock.token(githubClaims());
    const verifiedToken = await verifyIdToken(token, { audience: 'sigstore', extraIssuers: [mock.url] });
    const platform = githubProvenance(verifiedToken.claims, verifiedToken.issuer, 'https://github.com');
    const statement = buildStatement({
      subjects: [{ name: 'app.tgz', digest: { sha256: DIGEST } }],
      platform,
    });
    const bundle = await withTsaRetry(() =>
      signStatement(
        statement,
        { kind: 'keyless', token, fulcioUrl: mock.url },
        { rekorUrl: mock.url, entryType: 'intoto', tsaUrl: mock.url },
      ),
    );
    const trust = trustMaterial(TrustedRoot.fromJSON(mock.trustedRoot));
    const policy = readPolicy({ 'certificate-oidc-issuer': mock.url, 'source-repository': 'acme/app' }, {});
    const v = verifyBundle(
      bundle,
      'b.json',
      { name: 'app.tgz', digests: { sha256: DIGEST } },
      trust,
      policy,
      new Date(),
    );
    console.log(v.cryptoError, v.identity);
    expect(BUNDLE_RULES.flatMap((r) => r.check(v))).toEqual([]);
  });
});
