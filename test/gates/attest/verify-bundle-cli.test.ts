/**
 * `portcullis verify-bundle` through the CLI, with the arguments of the sigstore-conformance
 * CLI protocol, in its order, on sigstore-conformance's bundle verification cases
 * (test/fixtures/attest/sigstore-conformance, Apache-2.0): exit 0 for a passing case,
 * non-zero for every `_fail` case. Cases without their own trusted root use the pinned
 * public-good root, since the tests are offline.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/harness.js';

const DIR = resolve('test/fixtures/attest/sigstore-conformance');
const PUBLIC_GOOD = resolve('test/fixtures/attest/public-good-trusted-root.json');
const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

/** Refused by this client (see conformance.test.ts), so asserted to exit non-zero. */
const KNOWN_GAPS = new Set(['rekor2-dsse-happy-path']);

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const scratch = mkdtempSync(join(tmpdir(), 'verify-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function read(dir: string, name: string): string | undefined {
  const file = join(dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function artifactOf(dir: string): string {
  return existsSync(join(dir, 'artifact')) ? join(dir, 'artifact') : join(DIR, 'a.txt');
}

function sha256Of(file: string): string {
  return `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
}

/** The protocol's argument list for one case, in the protocol's order. */
function argsFor(name: string, target?: string): string[] {
  const dir = join(DIR, name);
  const args = ['verify-bundle', '--bundle', join(dir, 'bundle.sigstore.json')];
  if (existsSync(join(dir, 'key.pub'))) args.push('--key', join(dir, 'key.pub'));
  else
    args.push(
      '--certificate-identity',
      read(dir, 'identity') ?? IDENTITY,
      '--certificate-oidc-issuer',
      read(dir, 'issuer') ?? ISSUER,
    );
  const root = existsSync(join(dir, 'trusted_root.json')) ? join(dir, 'trusted_root.json') : PUBLIC_GOOD;
  args.push('--trusted-root', root, target ?? artifactOf(dir));
  return args;
}

function isDsse(name: string): boolean {
  try {
    return 'dsseEnvelope' in JSON.parse(readFileSync(join(DIR, name, 'bundle.sigstore.json'), 'utf8'));
  } catch {
    return false;
  }
}

describe('verify-bundle on the sigstore-conformance cases', () => {
  it.each(cases)('%s', async (name) => {
    const { code, stdout, stderr } = await cli(argsFor(name), DIR);
    if (name.endsWith('_fail') || KNOWN_GAPS.has(name)) expect(code, stdout).not.toBe(0);
    else expect(code, `${stdout}${stderr}`).toBe(0);
  });
});

describe('verify-bundle with FILE_OR_DIGEST given as sha256:DIGEST', () => {
  it.each(cases.filter(isDsse))('%s', async (name) => {
    const { code, stdout } = await cli(argsFor(name, sha256Of(artifactOf(join(DIR, name)))), DIR);
    if (name.endsWith('_fail') || KNOWN_GAPS.has(name)) expect(code, stdout).not.toBe(0);
    else expect(code, stdout).toBe(0);
  });

  it('a sha256: digest that is also a path on disk is read as the file', async () => {
    const file = join(DIR, 'a.txt');
    const digest = sha256Of(file);
    const nameClash = join(scratch, digest);
    copyFileSync(file, nameClash);
    // The bundle signs a.txt; a file named like the digest of a.txt holding other bytes must fail.
    const other = mkdtempSync(join(scratch, 'other-'));
    copyFileSync(join(DIR, 'happy-path-v0.3', 'README'), join(other, digest));
    const args = [...argsFor('happy-path-v0.3').slice(0, -1), digest, '--format', 'json'];
    expect((await cli(args, scratch)).code).toBe(0);
    const refused = await cli(args, other);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['PA002']);
  });

  it('a malformed digest is read as a file, and a missing file does not pass', async () => {
    const { code, stdout } = await cli(argsFor('happy-path-v0.3', 'sha256:abc'), scratch);
    expect(code).toBe(3);
    expect(stdout).toContain('artifact not found: ');
  });
});

describe('verify-bundle arguments', () => {
  const bundle = join(DIR, 'happy-path-v0.3', 'bundle.sigstore.json');
  const file = join(DIR, 'a.txt');

  it('prints what it verified, and the JSON report with --format json', async () => {
    const ok = await cli(argsFor('happy-path-v0.3'), DIR);
    expect(ok.code).toBe(0);
    const json = await cli([...argsFor('happy-path-v0.3'), '--format', 'json'], DIR);
    const report = JSON.parse(json.stdout);
    expect(report.gate).toBe('verify-bundle');
    expect(report.verifications).toEqual([
      expect.objectContaining({ artifact: file, verified: true, bundle }),
    ]);
  });

  it('refuses a wrong identity, and a substring of the right one', async () => {
    for (const identity of [
      `${IDENTITY}x`,
      IDENTITY.slice(0, -5),
      'https://github.com/sigstore-conformance',
    ]) {
      const args = argsFor('happy-path-v0.3');
      args[args.indexOf('--certificate-identity') + 1] = identity;
      const { code, stdout } = await cli(args, DIR);
      expect(code).toBe(1);
      expect(stdout).toContain('PA003');
    }
  });

  it.each([
    ['no identity and no key', ['--bundle', bundle, file]],
    ['an identity without its issuer', ['--bundle', bundle, '--certificate-identity', IDENTITY, file]],
    ['an issuer without an identity', ['--bundle', bundle, '--certificate-oidc-issuer', ISSUER, file]],
    [
      'both an identity and a key',
      [
        '--bundle',
        bundle,
        '--certificate-identity',
        IDENTITY,
        '--certificate-oidc-issuer',
        ISSUER,
        '--key',
        join(DIR, 'managed-key-happy-path', 'key.pub'),
        file,
      ],
    ],
    ['no bundle', ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, file]],
    [
      'no artifact',
      ['--bundle', bundle, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER],
    ],
    [
      '--staging without a trusted root',
      [
        '--staging',
        '--bundle',
        bundle,
        '--certificate-identity',
        IDENTITY,
        '--certificate-oidc-issuer',
        ISSUER,
        file,
      ],
    ],
  ])('is a usage error with %s', async (_, args) => {
    const { code, stderr } = await cli(['verify-bundle', ...args], DIR);
    expect(code).toBe(2);
    expect(stderr).not.toBe('');
  });

  it('does not read portcullis.yaml: a config cannot turn a failure into a pass', async () => {
    const dir = mkdtempSync(join(scratch, 'config-'));
    copyFileSync(resolve('test/fixtures/attest/sigstore-conformance/a.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'portcullis.yaml'), 'fail-on: none\n');
    const { code } = await cli(argsFor('dsse-invalid-sig_fail', 'a.txt'), dir);
    expect(code).toBe(1);
  });
});
