import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAdvertisement } from '../../src/registry/git.js';
import { credentialStore, parseChallenges, redact, retryAfterMs } from '../../src/registry/index.js';
import { parsePktLines } from '../../src/registry/pkt-line.js';

describe('parseChallenges (WWW-Authenticate)', () => {
  it('reads a bearer challenge with quoted parameters', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/node:pull',
        },
      },
    ]);
  });
  it('reads several challenges, unquoted values and escapes', () => {
    expect(parseChallenges('Basic realm="a \\"b\\"", Bearer realm=https://x/t,service=s')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', service: 's' } },
    ]);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Wed, 25 Nov 2026 07:00:10 GMT', 10_000],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %s', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('Wed, 25 Nov 2026 07:00:00 GMT'))).toBe(ms);
  });
});

const pkt = (s: string) => `${(s.length + 4).toString(16).padStart(4, '0')}${s}`;
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('git pkt-lines and the ref advertisement', () => {
  it('splits frames, flush packets included', () => {
    const lines = parsePktLines(Buffer.from(`${pkt('hi\n')}0000${pkt('x')}`));
    expect(lines).toEqual([
      { payload: Buffer.from('hi\n') },
      { special: 'flush' },
      { payload: Buffer.from('x') },
    ]);
  });
  it.each([['00zzabc'], ['0003'], ['0010abc']])('rejects malformed framing %j', (text) => {
    expect(() => parsePktLines(Buffer.from(text))).toThrow(/pkt-line/);
  });
  it('reads refs, drops capabilities, keeps peeled tags', () => {
    const body =
      pkt('# service=git-upload-pack\n') +
      '0000' +
      pkt(`${A} HEAD\0multi_ack symref=HEAD:refs/heads/main\n`) +
      pkt(`${A} refs/heads/main\n`) +
      pkt(`${B} refs/tags/v1\n`) +
      pkt(`${A} refs/tags/v1^{}\n`) +
      pkt(`${C} refs/tags/v0\n`) +
      '0000';
    expect([...parseAdvertisement(Buffer.from(body))]).toEqual([
      ['HEAD', A],
      ['refs/heads/main', A],
      ['refs/tags/v1', B],
      ['refs/tags/v1^{}', A],
      ['refs/tags/v0', C],
    ]);
  });
});

describe('credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-creds-'));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:hubpass').toString('base64') },
        'localhost:5000': { username: 'u', password: 'p' },
        'http://reg.example:8080/v2/': { auth: Buffer.from('e:p:with:colons').toString('base64') },
        'broken.example': { auth: 'bm9jb2xvbg==' },
      },
    }),
  );
  const store = credentialStore({
    DOCKER_CONFIG: dir,
    HOME: '/nonexistent',
    CI_REGISTRY: 'registry.gitlab.example',
    CI_REGISTRY_USER: 'gitlab-ci-token',
    CI_REGISTRY_PASSWORD: 'job-token',
    GITHUB_TOKEN: 'ghs_x',
  });
  it.each([
    ['docker.io', { username: 'hub', password: 'hubpass' }],
    ['localhost:5000', { username: 'u', password: 'p' }],
    ['reg.example:8080', { username: 'e', password: 'p:with:colons' }],
    ['registry.gitlab.example', { username: 'gitlab-ci-token', password: 'job-token' }],
    ['ghcr.io', { username: 'x-access-token', password: 'ghs_x' }],
    ['broken.example', undefined],
    ['quay.io', undefined],
  ])('%s', (host, creds) => {
    expect(store(host)).toEqual(creds);
  });
  it('explicit PORTCULLIS_REGISTRY_* variables win for their host only', () => {
    const s = credentialStore({
      DOCKER_CONFIG: dir,
      PORTCULLIS_REGISTRY_HOST: 'localhost:5000',
      PORTCULLIS_REGISTRY_USERNAME: 'x',
      PORTCULLIS_REGISTRY_PASSWORD: 'y',
    });
    expect(s('localhost:5000')).toEqual({ username: 'x', password: 'y' });
    expect(s('docker.io')).toEqual({ username: 'hub', password: 'hubpass' });
  });
});

describe('credential helpers (docker-credential-<name> get)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-helper-'));
  const helper = join(dir, 'docker-credential-pc-test');
  writeFileSync(
    helper,
    '#!/bin/sh\nread server\necho "$server" >> "$(dirname "$0")/calls"\ncase "$server" in\n  *nothing*) echo "credentials not found" >&2; exit 1;;\n  *) printf \'{"ServerURL":"%s","Username":"u-%s","Secret":"s3cret"}\' "$server" "$server";;\nesac\n',
  );
  chmodSync(helper, 0o755);
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      auths: { 'plain.example': { auth: Buffer.from('p:q').toString('base64') } },
      credHelpers: { 'helped.example': 'pc-test' },
      credsStore: 'pc-test',
    }),
  );
  const store = credentialStore({ DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH}` });
  it.each([
    ['helped.example', { username: 'u-helped.example', password: 's3cret' }],
    ['plain.example', { username: 'p', password: 'q' }],
    ['docker.io', { username: 'u-https://index.docker.io/v1/', password: 's3cret' }],
    ['nothing.example', undefined],
  ])('%s', (host, creds) => {
    expect(store(host)).toEqual(creds);
  });
  it('asks the helper once per host', () => {
    store('helped.example');
    store('helped.example');
    expect(
      readFileSync(join(dir, 'calls'), 'utf8')
        .split('\n')
        .filter((l) => l === 'helped.example'),
    ).toHaveLength(1);
  });
});

describe('redact', () => {
  it('masks authorization headers, token parameters and URL credentials', () => {
    expect(
      redact('authorization: Bearer abc.def and https://u:pw@h/x?access_token=zz&a=1', ['zzz-secret']),
    ).toBe('authorization: Bearer *** and https://***@h/x?access_token=***&a=1');
  });
});
