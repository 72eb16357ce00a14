/**
 * `portcullis verify-checksums` through the CLI. OpenPGP keys and detached signatures are made
 * by the real `gpg` (Debian's gnupg) in a throwaway GNUPGHOME whose agent is stopped after the
 * tests; Sigstore signatures of the checksums file by @sigstore/mock's Fulcio and log.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/harness.js';
import { githubClaims, type MockSigstore, startMockSigstore } from './support/sigstore-mock.js';

const RELEASE = 'Release Signer <release@example.org>';
const MALLORY = 'Mallory <mallory@example.org>';
const LINUX = 'linux build\n';
const DARWIN = 'darwin build\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SUMS = `${sha256(LINUX)}  app-linux.tar.gz\n${sha256(DARWIN)} *app-darwin.tar.gz\n`;

let gnupgHome: string;
let dir: string;

function gpg(...args: string[]): string {
  return execFileSync(
    'gpg',
    ['--batch', '--yes', '--pinentry-mode', 'loopback', '--passphrase', '', ...args],
    {
      env: { ...process.env, GNUPGHOME: gnupgHome },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** A directory holding the release files, the checksums file and every signature and key. */
function release(files: Record<string, string> = {}): string {
  const at = mkdtempSync(join(dir, 'release-'));
  const all = { 'app-linux.tar.gz': LINUX, 'app-darwin.tar.gz': DARWIN, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(at, name), text);
  for (const name of [
    'SHA256SUMS',
    'SHA256SUMS.asc',
    'SHA256SUMS.sig',
    'SHA256SUMS.text.asc',
    'SHA256SUMS.mallory.asc',
    'SHA256SUMS.clear.asc',
    'release.asc',
    'mallory.asc',
    'both.asc',
    'secret.asc',
  ])
    writeFileSync(join(at, name), readFileSync(join(dir, name)));
  return at;
}

beforeAll(() => {
  gnupgHome = mkdtempSync(join(tmpdir(), 'gpg-'));
  dir = mkdtempSync(join(tmpdir(), 'verify-checksums-'));
  for (const uid of [RELEASE, MALLORY]) gpg('--quick-generate-key', uid, 'ed25519', 'sign', 'never');
  writeFileSync(join(dir, 'SHA256SUMS'), SUMS);
  writeFileSync(join(dir, 'release.asc'), gpg('--armor', '--export', 'release@example.org'));
  writeFileSync(join(dir, 'mallory.asc'), gpg('--armor', '--export', 'mallory@example.org'));
  writeFileSync(
    join(dir, 'both.asc'),
    gpg('--armor', '--export', 'mallory@example.org', 'release@example.org'),
  );
  writeFileSync(join(dir, 'secret.asc'), gpg('--armor', '--export-secret-keys', 'release@example.org'));
  const sign = (user: string, out: string, ...mode: string[]) =>
    gpg('--local-user', user, ...mode, '--detach-sign', '--output', join(dir, out), join(dir, 'SHA256SUMS'));
  sign('release@example.org', 'SHA256SUMS.asc', '--armor');
  sign('release@example.org', 'SHA256SUMS.sig');
  sign('release@example.org', 'SHA256SUMS.text.asc', '--armor', '--textmode');
  sign('mallory@example.org', 'SHA256SUMS.mallory.asc', '--armor');
  gpg(
    '--local-user',
    'release@example.org',
    '--clearsign',
    '--output',
    join(dir, 'SHA256SUMS.clear.asc'),
    join(dir, 'SHA256SUMS'),
  );
}, 60_000);

afterAll(() => {
  if (gnupgHome) {
    execFileSync('gpgconf', ['--kill', 'all'], { env: { ...process.env, GNUPGHOME: gnupgHome } });
    rmSync(gnupgHome, { recursive: true, force: true });
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function json(args: string[], cwd: string) {
  const r = await cli(['verify-checksums', ...args, '--format', 'json'], cwd);
  const report = r.stdout ? JSON.parse(r.stdout) : undefined;
  return {
    code: r.code,
    stderr: r.stderr,
    rules: (report?.findings ?? []).map((f: { ruleId: string }) => f.ruleId) as string[],
    findings: (report?.findings ?? []) as { ruleId: string; file: string; line: number; message: string }[],
    notes: (report?.notes ?? []) as string[],
  };
}

describe('verify-checksums with an OpenPGP signature made by gpg', () => {
  it.each([
    ['an armored .asc', 'SHA256SUMS.asc'],
    ['a binary .sig', 'SHA256SUMS.sig'],
    ['a text-mode signature', 'SHA256SUMS.text.asc'],
  ])('passes with a good signature: %s', async (_, signature) => {
    const r = await json(['SHA256SUMS', '--signature', signature, '--public-key', 'release.asc'], release());
    expect(r.code).toBe(0);
    expect(r.rules).toEqual([]);
    expect(r.notes).toEqual([
      expect.stringMatching(
        /^SHA256SUMS: good OpenPGP signature by [0-9A-F]{16} \(Release Signer <release@example\.org>\)$/,
      ),
    ]);
  });

  it('passes when the signer is one of several given keys', async () => {
    const r = await json(
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'both.asc'],
      release(),
    );
    expect(r.code).toBe(0);
  });

  it('refuses a checksums file changed after signing, even when the files match it', async () => {
    const at = release({ 'app-linux.tar.gz': 'evil build\n' });
    writeFileSync(join(at, 'SHA256SUMS'), SUMS.replace(sha256(LINUX), sha256('evil build\n')));
    const r = await json(['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'release.asc'], at);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.file])).toEqual([['PA002', 'SHA256SUMS.asc']]);
    expect(r.findings[0].message).toContain('bad signature by');
  });

  it('refuses a signature by a key that was not given', async () => {
    const byMallory = await json(
      ['SHA256SUMS', '--signature', 'SHA256SUMS.mallory.asc', '--public-key', 'release.asc'],
      release(),
    );
    expect(byMallory.code).toBe(1);
    expect(byMallory.rules).toEqual(['PA003']);
    expect(byMallory.findings[0].message).toMatch(
      /signed by key [0-9A-F]{16}, which is not among the given public keys/,
    );
    const wrongKey = await json(
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'mallory.asc'],
      release(),
    );
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.rules).toEqual(['PA003']);
  });

  it('reports a missing file at its line, with a good signature', async () => {
    const at = release();
    rmSync(join(at, 'app-darwin.tar.gz'));
    const r = await json(['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'release.asc'], at);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['PA008', 2, 'app-darwin.tar.gz: listed in SHA256SUMS but missing'],
    ]);
    expect(r.notes.join()).toContain('good OpenPGP signature');
  });

  it('reports a mismatching file at its line', async () => {
    const r = await json(
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'release.asc'],
      release({ 'app-linux.tar.gz': 'tampered\n' }),
    );
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['PA008', 1]]);
    expect(r.findings[0].message).toBe(
      `app-linux.tar.gz: sha256 is ${sha256('tampered\n')}, SHA256SUMS says ${sha256(LINUX)}`,
    );
  });

  it('checks only the named files, and each must be listed', async () => {
    const at = release();
    rmSync(join(at, 'app-darwin.tar.gz'));
    const only = await json(['SHA256SUMS', 'app-linux.tar.gz'], at);
    expect(only.code).toBe(0);
    const unlisted = await json(['SHA256SUMS', 'app-linux.tar.gz', 'app.exe'], at);
    expect(unlisted.code).toBe(1);
    expect(unlisted.findings.map((f) => f.message)).toEqual(['app.exe: not listed in SHA256SUMS']);
  });

  it('refuses a signature file that is not a signature', async () => {
    const at = release();
    writeFileSync(
      join(at, 'junk.asc'),
      '-----BEGIN PGP SIGNATURE-----\n\nbm90IGEgc2lnbmF0dXJl\n-----END PGP SIGNATURE-----\n',
    );
    const r = await json(['SHA256SUMS', '--signature', 'junk.asc', '--public-key', 'release.asc'], at);
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(['PA002']);
    expect(r.findings[0].message).toContain('not an OpenPGP signature');
  });

  it.each([
    [
      'an OpenPGP signature without --public-key',
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc'],
      '--public-key',
    ],
    ['--public-key without --signature', ['SHA256SUMS', '--public-key', 'release.asc'], 'give the signature'],
    [
      'a secret key as the public key',
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'secret.asc'],
      'secret key',
    ],
    [
      'a public key file that is not a key',
      ['SHA256SUMS', '--signature', 'SHA256SUMS.asc', '--public-key', 'SHA256SUMS'],
      'not an armored OpenPGP public key',
    ],
    [
      'a missing signature file',
      ['SHA256SUMS', '--signature', 'nope.asc', '--public-key', 'release.asc'],
      'signature not found',
    ],
    ['a missing checksums file', ['NOPE'], 'checksums file not found'],
  ])('is a usage error with %s', async (_, args, message) => {
    const r = await cli(['verify-checksums', ...args], release());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('passes without a signature, saying the checksums file is not authenticated', async () => {
    const r = await cli(['verify-checksums', 'SHA256SUMS'], release());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SHA256SUMS itself is not authenticated');
  });
});

describe('verify-checksums with a clear-signed checksums file (gpg --clearsign)', () => {
  const pgp = (key = 'release.asc') => ['SHA256SUMS.clear.asc', '--public-key', key];

  it('passes with a good signature and matching files', async () => {
    const r = await json(pgp(), release());
    expect(r.code).toBe(0);
    expect(r.notes.join()).toContain('SHA256SUMS.clear.asc: good OpenPGP signature by');
  });

  it('reports a missing file at its line of the clear-signed file', async () => {
    const at = release();
    const lines = readFileSync(join(at, 'SHA256SUMS.clear.asc'), 'utf8').split('\n');
    rmSync(join(at, 'app-darwin.tar.gz'));
    const r = await json(pgp(), at);
    expect(r.code).toBe(1);
    const darwinLine = lines.findIndex((l) => l.endsWith('*app-darwin.tar.gz')) + 1;
    expect(darwinLine).toBeGreaterThan(2);
    expect(r.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['PA008', 'SHA256SUMS.clear.asc', darwinLine],
    ]);
  });

  it('refuses a clear-signed text changed after signing, even when the files match it', async () => {
    const at = release({ 'app-linux.tar.gz': 'evil build\n' });
    const file = join(at, 'SHA256SUMS.clear.asc');
    writeFileSync(file, readFileSync(file, 'utf8').replace(sha256(LINUX), sha256('evil build\n')));
    const r = await json(pgp(), at);
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(['PA002']);
  });

  it('refuses a signature by a key that was not given', async () => {
    const r = await json(pgp('mallory.asc'), release());
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(['PA003']);
  });

  it('is a usage error without --public-key, or with another --signature', async () => {
    expect((await cli(['verify-checksums', 'SHA256SUMS.clear.asc'], release())).code).toBe(2);
    const other = await cli(['verify-checksums', ...pgp(), '--signature', 'SHA256SUMS.asc'], release());
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('clear-signed');
  });
});

describe('verify-checksums with a Sigstore signature', () => {
  let mock: MockSigstore;
  let at: string;
  beforeAll(async () => {
    mock = await startMockSigstore();
    at = release();
    writeFileSync(join(at, 'root.json'), JSON.stringify(mock.trustedRoot));
    const token = await mock.token(githubClaims());
    const bundle = await new MessageSignatureBundleBuilder({
      signer: new FulcioSigner({
        fulcioBaseURL: mock.url,
        identityProvider: { getToken: async () => token },
      }),
      witnesses: [new RekorWitness({ rekorBaseURL: mock.url })],
    }).create({ data: Buffer.from(SUMS) });
    writeFileSync(join(at, 'SHA256SUMS.sigstore.json'), JSON.stringify(bundleToJSON(bundle)));
  });
  afterAll(async () => {
    await mock?.close();
  });

  const args = (repo: string) => [
    'SHA256SUMS',
    '--signature',
    'SHA256SUMS.sigstore.json',
    '--trusted-root',
    'root.json',
    '--certificate-oidc-issuer',
    mock.url,
    '--source-repository',
    repo,
  ];

  it('passes under the identity policy, and refuses another signer', async () => {
    expect((await json(args('acme/app'), at)).code).toBe(0);
    const other = await json(args('acme/evil'), at);
    expect(other.code).toBe(1);
    expect(other.rules).toEqual(['PA003']);
  });

  it('refuses a Sigstore bundle given with an OpenPGP --public-key', async () => {
    const r = await json([...args('acme/app'), '--public-key', 'release.asc'], at);
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(['PA002']);
  });

  it('needs an identity policy', async () => {
    const r = await cli(
      [
        'verify-checksums',
        'SHA256SUMS',
        '--signature',
        'SHA256SUMS.sigstore.json',
        '--trusted-root',
        'root.json',
      ],
      at,
    );
    expect(r.code).toBe(2);
  });
});
