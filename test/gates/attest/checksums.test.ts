/**
 * verify --checksums: downloaded files against a sha256sum file, and the Sigstore signature of
 * the checksums file itself, made here as `cosign sign-blob --bundle` would (a message
 * signature from the mock Fulcio, logged in the mock transparency log).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from './support/gates.js';
import { githubClaims, type MockSigstore, startMockSigstore } from './support/sigstore-mock.js';

let mock: MockSigstore;
let dir: string;
let root: string;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  mock = await startMockSigstore();
  dir = mkdtempSync(join(tmpdir(), 'verify-sums-'));
  writeFileSync(join(dir, 'app-linux.tar.gz'), 'linux build\n');
  writeFileSync(join(dir, 'app-darwin.tar.gz'), 'darwin build\n');
  writeFileSync(
    join(dir, 'SHA256SUMS'),
    `${sha256('linux build\n')}  app-linux.tar.gz\n${sha256('darwin build\n')}  app-darwin.tar.gz\n`,
  );
  root = join(dir, 'root.json');
  writeFileSync(root, JSON.stringify(mock.trustedRoot));
  const token = await mock.token(githubClaims());
  const bundle = await new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: mock.url, identityProvider: { getToken: async () => token } }),
    witnesses: [new RekorWitness({ rekorBaseURL: mock.url })],
  }).create({ data: readFileSync(join(dir, 'SHA256SUMS')) });
  writeFileSync(join(dir, 'SHA256SUMS.sigstore.json'), JSON.stringify(bundleToJSON(bundle)));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const signed = (extra: Record<string, unknown> = {}) => ({
  checksums: 'SHA256SUMS',
  bundle: 'SHA256SUMS.sigstore.json',
  'trusted-root': root,
  'certificate-oidc-issuer': mock.url,
  'source-repository': 'acme/app',
  ...extra,
});

describe('verify --checksums', () => {
  it('passes when every listed file matches, and says the file itself is not authenticated', async () => {
    const { out, rules } = await verify({ cwd: dir, targets: [], options: { checksums: 'SHA256SUMS' } });
    expect(rules).toEqual([]);
    expect(out.scanned).toEqual(['SHA256SUMS', 'app-linux.tar.gz', 'app-darwin.tar.gz']);
    expect(out.notes?.join()).toContain('SHA256SUMS itself is not authenticated');
  });

  it('reports a changed file at its line of the checksums file', async () => {
    const other = mkdtempSync(join(dir, 'changed-'));
    writeFileSync(join(other, 'SHA256SUMS'), readFileSync(join(dir, 'SHA256SUMS')));
    writeFileSync(join(other, 'app-linux.tar.gz'), 'linux build\n');
    writeFileSync(join(other, 'app-darwin.tar.gz'), 'tampered\n');
    const { out } = await verify({ cwd: other, targets: [], options: { checksums: 'SHA256SUMS' } });
    expect(out.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([['PA008', 2, 1, 84]]);
  });

  it('reports a missing file, and a named file that is not listed', async () => {
    const other = mkdtempSync(join(dir, 'missing-'));
    writeFileSync(join(other, 'SHA256SUMS'), readFileSync(join(dir, 'SHA256SUMS')));
    writeFileSync(join(other, 'app-linux.tar.gz'), 'linux build\n');
    const all = await verify({ cwd: other, targets: [], options: { checksums: 'SHA256SUMS' } });
    expect(all.out.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['PA008', 2, 'app-darwin.tar.gz: listed in SHA256SUMS but missing'],
    ]);
    const some = await verify({
      cwd: other,
      targets: ['app-linux.tar.gz', 'app.exe'],
      options: { checksums: 'SHA256SUMS' },
    });
    expect(some.out.findings.map((f) => f.message)).toEqual(['app.exe: not listed in SHA256SUMS']);
  });

  it('refuses a checksums file that is not one', async () => {
    writeFileSync(join(dir, 'BAD'), 'hello\n');
    await expect(verify({ cwd: dir, targets: [], options: { checksums: 'BAD' } })).rejects.toThrow(
      'BAD:1: not a sha256 or sha512 checksum line',
    );
  });

  it('verifies the Sigstore signature of the checksums file under the identity policy', async () => {
    const { out, rules } = await verify({ cwd: dir, targets: [], options: signed() });
    expect(out.errors).toEqual([]);
    expect(rules).toEqual([]);
  });

  it('refuses the signature of another signer, and a checksums file changed after signing', async () => {
    expect(
      (await verify({ cwd: dir, targets: [], options: signed({ 'source-repository': 'acme/evil' }) })).rules,
    ).toEqual(['PA003']);
    const other = mkdtempSync(join(dir, 'resigned-'));
    writeFileSync(join(other, 'app-linux.tar.gz'), 'evil build\n');
    writeFileSync(join(other, 'SHA256SUMS'), `${sha256('evil build\n')}  app-linux.tar.gz\n`);
    const { rules } = await verify({
      cwd: other,
      targets: [],
      options: signed({ bundle: join(dir, 'SHA256SUMS.sigstore.json') }),
    });
    expect(rules).toEqual(['PA002']);
  });
});

describe('plain message signatures of files (cosign sign-blob bundles)', () => {
  const opts = (extra: Record<string, unknown> = {}) => ({
    bundle: 'SHA256SUMS.sigstore.json',
    'trusted-root': root,
    'certificate-oidc-issuer': mock.url,
    'source-repository': 'acme/app',
    ...extra,
  });

  it('are refused as provenance unless accept-message-signatures is set', async () => {
    const refused = await verify({ cwd: dir, targets: ['SHA256SUMS'], options: opts() });
    expect(refused.rules).toEqual(['PA001']);
    expect(refused.out.findings[0].message).toContain('accept-message-signatures');
    const accepted = await verify({
      cwd: dir,
      targets: ['SHA256SUMS'],
      options: opts({ 'accept-message-signatures': true }),
    });
    expect(accepted.rules).toEqual([]);
  });

  it('still check the signer, and the bytes of the file', async () => {
    const wrongSigner = await verify({
      cwd: dir,
      targets: ['SHA256SUMS'],
      options: opts({ 'accept-message-signatures': true, 'source-repository': 'acme/evil' }),
    });
    expect(wrongSigner.rules).toEqual(['PA003']);
    const otherFile = await verify({
      cwd: dir,
      targets: ['app-linux.tar.gz'],
      options: opts({ 'accept-message-signatures': true }),
    });
    expect(otherFile.rules).toEqual(['PA002']);
  });

  it('cannot be checked against a digest alone', async () => {
    const digest = `sha256:${createHash('sha256')
      .update(readFileSync(join(dir, 'SHA256SUMS')))
      .digest('hex')}`;
    const { rules } = await verify({
      cwd: dir,
      targets: [digest],
      options: opts({ 'accept-message-signatures': true }),
    });
    expect(rules).toEqual(['PA001']);
  });
});
