// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile text with ${VAR}
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateContext } from '../../../src/core/gate.js';
import { silentLogger } from '../../../src/core/gate.js';
import { run } from '../../../src/gates/pin/run.js';
import { cli } from '../../cli/harness.js';
import { type FaultProxy, startFaultProxy } from '../../support/fault-proxy.js';
import { type GitServer, startGitServer } from '../../support/git-server.js';
import {
  type PushedImage,
  type PushedIndex,
  startRegistry,
  type TestRegistry,
} from '../../support/registry.js';

// End to end against a real docker-registry and a git smart-HTTP server on loopback.
let reg: TestRegistry;
let git: GitServer;
let base: PushedImage;
let multi: PushedIndex;
const sha: Record<string, string> = {};

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pin-net-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function context(cwd: string, options: GateContext['options'], over: Partial<GateContext> = {}): GateContext {
  return {
    cwd,
    targets: ['.'],
    config: {},
    options,
    env: { PORTCULLIS_TODAY: '2026-11-24', PORTCULLIS_GIT_BASE_URL: git.url, HOME: cwd },
    log: silentLogger,
    ...over,
  };
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(async () => {
  [reg, git] = await Promise.all([startRegistry(), startGitServer()]);
  base = await reg.pushImage('base', '1');
  multi = await reg.pushIndex('multi', '2', ['linux/amd64', 'linux/arm64']);
  const checkout = git.repo('actions', 'checkout');
  sha.v3 = checkout.commit('v3');
  checkout.tag('v3');
  sha.v4 = checkout.commit('v4');
  checkout.tag('v4.1.2', 'release v4.1.2');
  checkout.tag('v4.1');
  checkout.tag('v4', 'moving major tag');
  const tool = git.repo('acme', 'tool');
  sha.main = tool.commit('main');
});
afterAll(async () => {
  await Promise.all([reg.stop(), git.stop()]);
});

describe('pin --fix against a loopback registry and git server', () => {
  it('pins every file kind in place, keeps every other byte, and costs one request per unique image', async () => {
    const h = reg.host;
    const dir = repo({
      Dockerfile: `ARG BASE=${h}/base:1\nFROM \${BASE} AS build\nFROM ${h}/multi:2\r\nCOPY --from=${h}/base:1 /etc/id /id\n`,
      'compose.yml': `services:\r\n  web:\r\n    image: "${h}/multi:2" # web\r\n`,
      'k8s/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: ${h}/base:1\n`,
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4 # v4\n      - uses: actions/checkout@v3\n      - uses: acme/tool@main\n',
      '.github/workflows/images.yml': `on: push\njobs:\n  b:\n    container:\n      image: '${h}/base:1'\n    services:\n      db:\n        image: ${h}/multi:2\n    steps:\n      - uses: docker://${h}/base:1\n`,
      '.gitlab-ci.yml': `image: ${h}/multi:2\ntest:\n  services:\n    - name: ${h}/base:1 # db\n      alias: db\n  script: [true]\n`,
    });
    const out = await run(context(dir, { fix: true }));
    expect(out.errors).toEqual([]);
    expect(read(dir, 'Dockerfile')).toBe(
      `ARG BASE=${h}/base:1@${base.digest}\nFROM \${BASE} AS build\nFROM ${h}/multi:2@${multi.digest}\r\nCOPY --from=${h}/base:1@${base.digest} /etc/id /id\n`,
    );
    expect(read(dir, 'compose.yml')).toBe(
      `services:\r\n  web:\r\n    image: "${h}/multi:2@${multi.digest}" # web\r\n`,
    );
    expect(read(dir, 'k8s/deploy.yaml')).toContain(`          image: ${h}/base:1@${base.digest}\n`);
    expect(read(dir, '.github/workflows/ci.yml')).toBe(
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha.v4} # v4.1.2\n      - uses: actions/checkout@${sha.v3} # v3\n      - uses: acme/tool@${sha.main} # main\n`,
    );
    expect(read(dir, '.github/workflows/images.yml')).toBe(
      `on: push\njobs:\n  b:\n    container:\n      image: '${h}/base:1@${base.digest}'\n    services:\n      db:\n        image: ${h}/multi:2@${multi.digest}\n    steps:\n      - uses: docker://${h}/base:1@${base.digest}\n`,
    );
    expect(read(dir, '.gitlab-ci.yml')).toBe(
      `image: ${h}/multi:2@${multi.digest}\ntest:\n  services:\n    - name: ${h}/base:1@${base.digest} # db\n      alias: db\n  script: [true]\n`,
    );
    expect(out.findings.filter((f) => f.ruleId === 'PP001' || f.ruleId === 'PP002')).toEqual([]);
    expect(out.extra?.registryRequests).toBe(2);

    const again = await run(context(dir, { fix: true }));
    expect(again.errors).toEqual([]);
    expect(again.extra?.registryRequests).toBe(0);
    expect(read(dir, 'Dockerfile')).toContain(`FROM ${h}/multi:2@${multi.digest}\r\n`);
    expect((again.notes ?? []).filter((n) => n.startsWith('fixed'))).toEqual([]);
  });

  it('--platform pins one platform of a multi-platform tag', async () => {
    const dir = repo({ Dockerfile: `FROM ${reg.host}/multi:2\n` });
    await run(context(dir, { fix: true, platform: 'linux/arm64' }));
    expect(read(dir, 'Dockerfile')).toBe(`FROM ${reg.host}/multi:2@${multi.children[1].digest}\n`);
  });

  it('--resolve reports the digest and the fix but writes nothing', async () => {
    const text = `FROM ${reg.host}/base:1\n`;
    const dir = repo({ Dockerfile: text });
    const out = await run(context(dir, { resolve: true }));
    const f = out.findings.find((x) => x.ruleId === 'PP001');
    expect(f?.data).toMatchObject({ digest: base.digest });
    expect(f?.fix?.edits[0]?.newText).toBe(`${reg.host}/base:1@${base.digest}`);
    expect(read(dir, 'Dockerfile')).toBe(text);
  });

  it('a tag the registry lacks is an error naming registry and status, and the file is left alone', async () => {
    const text = `FROM ${reg.host}/base:nope\n`;
    const dir = repo({ Dockerfile: text });
    const out = await run(context(dir, { fix: true }));
    expect(out.errors).toEqual([
      expect.objectContaining({
        file: 'Dockerfile',
        code: 'REGISTRY_REFUSED',
        message: expect.stringContaining(`${reg.host}: HEAD /v2/base/manifests/nope returned 404 Not Found`),
      }),
    ]);
    expect(read(dir, 'Dockerfile')).toBe(text);
  });
});

describe('pin --fix against a registry with token auth (as Docker Hub and GHCR)', () => {
  it('anonymous tokens for public images; credentials from docker config for private ones', async () => {
    const treg = await startRegistry({ auth: 'token', anonymousPull: true });
    try {
      const pub = await treg.pushImage('public/app', '1');
      const priv = await treg.pushImage('private/app', '1');
      const dir = repo({
        Dockerfile: `FROM ${treg.host}/public/app:1\nFROM ${treg.host}/public/app:1 AS again\n`,
      });
      const out = await run(context(dir, { fix: true }));
      expect(out.errors).toEqual([]);
      expect(read(dir, 'Dockerfile')).toBe(
        `FROM ${treg.host}/public/app:1@${pub.digest}\nFROM ${treg.host}/public/app:1@${pub.digest} AS again\n`,
      );
      expect(out.extra?.registryRequests).toBe(3); // 401 challenge, anonymous token, HEAD
      expect(treg.tokenServer?.requests.at(-1)).toEqual({
        scope: 'repository:public/app:pull',
        user: undefined,
      });

      const home = repo({
        '.docker/config.json': JSON.stringify({
          auths: {
            [treg.host]: {
              auth: Buffer.from(`${treg.user.username}:${treg.user.password}`).toString('base64'),
            },
          },
        }),
        Dockerfile: `FROM ${treg.host}/private/app:1\n`,
      });
      const signed = await run(context(home, { fix: true }));
      expect(signed.errors).toEqual([]);
      expect(read(home, 'Dockerfile')).toBe(`FROM ${treg.host}/private/app:1@${priv.digest}\n`);
      expect(treg.tokenServer?.requests.at(-1)).toEqual({
        scope: 'repository:private/app:pull',
        user: 'tester',
      });
      expect(JSON.stringify(signed)).not.toContain(treg.user.password);
    } finally {
      await treg.stop();
    }
  });
});

describe('pin --check-stale', () => {
  it('reports a moved tag past the grace period, notes one within it, and an unknown digest as missing', async () => {
    const old = await reg.pushImage('app', '1.0', { created: '2026-01-01T00:00:00Z' });
    const moved = await reg.pushImage('app', '1.0', { created: '2026-02-01T00:00:00Z', files: { v: '2' } });
    const freshOld = await reg.pushImage('fresh', '1', { created: '2026-01-01T00:00:00Z' });
    await reg.pushImage('fresh', '1', { created: '2026-11-23T12:00:00Z', files: { v: '2' } });
    const gone = await reg.pushImage('gone', '1');
    await reg.client().deleteManifest({ registry: reg.host, repository: 'gone', digest: gone.digest });
    const h = reg.host;
    const dir = repo({
      Dockerfile: [
        `FROM ${h}/app:1.0@${old.digest}`,
        `FROM ${h}/fresh:1@${freshOld.digest}`,
        `FROM ${h}/gone:1@${gone.digest}`,
        `FROM ${h}/base:1@${base.digest}`,
        `FROM ${h}/multi:2@${multi.children[0].digest}`,
        '',
      ].join('\n'),
    });
    const out = await run(context(dir, { 'check-stale': true }));
    expect(out.errors).toEqual([]);
    const rows = out.findings
      .filter((f) => f.ruleId === 'PP009' || f.ruleId === 'PP010')
      .map((f) => [f.ruleId, f.line, f.data?.current]);
    expect(rows).toEqual([
      ['PP009', 1, moved.digest],
      ['PP010', 3, undefined],
    ]);
    expect(out.notes).toContain(`moved within the stale-after grace period: ${h}/fresh:1`);

    const fixed = await run(context(dir, { 'check-stale': true, fix: true }));
    expect(read(dir, 'Dockerfile').split('\n')[0]).toBe(`FROM ${h}/app:1.0@${moved.digest}`);
    expect(fixed.findings.filter((f) => f.ruleId === 'PP009')).toEqual([]);
  });

  it('--stale-after longer than the move keeps a moved tag quiet', async () => {
    const old = await reg.pushImage('slow', '1', { created: '2026-01-01T00:00:00Z' });
    await reg.pushImage('slow', '1', { created: '2026-11-01T00:00:00Z', files: { v: '2' } });
    const dir = repo({ Dockerfile: `FROM ${reg.host}/slow:1@${old.digest}\n` });
    const out = await run(context(dir, { 'check-stale': true, 'stale-after': '60d' }));
    expect(out.findings.filter((f) => f.ruleId === 'PP009')).toEqual([]);
    expect(out.notes).toContain(`moved within the stale-after grace period: ${reg.host}/slow:1`);
  });
});

describe('registry failures stop the gate with exit code 3', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(reg.url);
  });
  afterAll(() => proxy.stop());

  it('a registry answering 500 gives an error naming it and its status; nothing is rewritten', async () => {
    proxy.clear();
    proxy.inject({ fault: { kind: 'status', status: 500 } });
    const text = `FROM ${proxy.host}/base:1\n`;
    const dir = repo({ Dockerfile: text, 'portcullis.yaml': 'pin:\n  timeout-ms: 2000\n' });
    const r = await cli(['pin', '--fix', '--format', 'json', '.'], dir, {
      PORTCULLIS_TODAY: '2026-11-24',
      HOME: dir,
    });
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`${proxy.host}: HEAD /v2/base/manifests/1 returned 500`),
      }),
    ]);
    expect(read(dir, 'Dockerfile')).toBe(text);
  }, 30_000);

  it('--check-stale through a registry that refuses is an error, never "stale" or "fresh"', async () => {
    proxy.clear();
    proxy.inject({
      fault: { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"no"}]}' },
    });
    const dir = repo({ Dockerfile: `FROM ${proxy.host}/base:1@${base.digest}\n` });
    const out = await run(context(dir, { 'check-stale': true }));
    expect(out.findings.filter((f) => ['PP009', 'PP010'].includes(f.ruleId))).toEqual([]);
    expect(out.errors).toEqual([
      expect.objectContaining({
        code: 'REGISTRY_REFUSED',
        message: expect.stringMatching(
          /HEAD \/v2\/base\/manifests\/sha256:[0-9a-f]{64} returned 403 Forbidden$/,
        ),
      }),
    ]);
  });
});
