import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');

/** A repository with one unpinned base image and one unpinned action: two pin findings. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-action-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20.11-alpine\nRUN echo hi\n');
  writeFileSync(
    join(dir, '.github/workflows/ci.yml'),
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
  );
  writeFileSync(join(dir, 'portcullis.yaml'), 'pin:\n  allowed-registries: [docker.io]\n');
  return dir;
}

/** The runner's side of a step: INPUT_* variables, command files, and what the step left in them. */
function runnerStep(cwd: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const outputFile = join(cwd, 'github-output.txt');
  const summaryFile = join(cwd, 'step-summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    PORTCULLIS_TODAY: '2026-11-24',
    'INPUT_WORKING-DIRECTORY': cwd,
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const results = (status: number | null, stdout: string) => ({
    status,
    stdout,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  });
  return { env, results };
}

/** Runs an action's committed bundle the way the runner does. */
function runAction(stub: string, cwd: string, inputs: Record<string, string>) {
  const step = runnerStep(cwd, inputs);
  const r = spawnSync(process.execPath, [join(DIST, stub)], { cwd, env: step.env, encoding: 'utf8' });
  return step.results(r.status, r.stdout);
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
    out[m[1]] = body.join('\n');
  }
  return out;
}

describe('action bundles run as the runner runs them', () => {
  it('the pin action writes annotations, a summary, outputs and SARIF, and fails the step', () => {
    const cwd = repo();
    const r = runAction('pin.js', cwd, { 'max-annotations': '5' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=PP001 \(error\),file=Dockerfile,line=1,endLine=1,col=6,endColumn=23::/m,
    );
    expect(r.stdout).toMatch(/^::error title=PP002 \(error\),file=\.github\/workflows\/ci\.yml,line=6,/m);
    expect(r.stdout).toMatch(/^::error::portcullis pin failed/m);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(r.outputs.counts)).toMatchObject({ total: Number(r.outputs.findings) });
    expect(r.outputs['sarif-file']).toBe(join(cwd, 'portcullis-pin.sarif'));
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(
      expect.arrayContaining(['PP001', 'PP002']),
    );
    expect(r.summary).toContain('| PP001 |');
    expect(r.summary).toContain(
      'https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/Dockerfile#L1',
    );
  });

  it('the lint action parses RUN scripts with the bundled tree-sitter grammar', () => {
    const cwd = repo();
    writeFileSync(join(cwd, 'Dockerfile'), 'FROM debian:12\nRUN cd /tmp && make\n');
    const r = runAction('lint.js', cwd, { 'skip-shellcheck': 'true' });
    expect(r.stdout).not.toMatch(/could not complete/);
    expect(r.stdout).toMatch(/^::warning title=DL3003 \(warning\),file=Dockerfile,line=2,/m);
    expect(r.outputs.passed).toBe('false');
  });

  it('no-fail reports the findings and their verdict but passes the step', () => {
    const r = runAction('pin.js', repo(), { 'no-fail': 'true', annotations: 'false', summary: 'false' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::error /m);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(2);
    expect(r.summary).toBe('');
  });

  it('the root action runs the gates named in `gates` and sets a <gate>-passed output for each', () => {
    const r = runAction('check.js', repo(), { gates: 'pin' });
    expect(r.status).toBe(1);
    expect(r.outputs['pin-passed']).toBe('false');
    expect(r.outputs.passed).toBe('false');
  });

  it('a missing path fails the step as incomplete, never as a pass', () => {
    const r = runAction('pin.js', repo(), { paths: 'does-not-exist' });
    expect(r.status).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).toMatch(/^::error::portcullis pin.*does-not-exist/m);
  });
});

interface ApiCall {
  method: string;
  url: string;
  body?: any;
  auth?: string;
}

/** A local stand-in for the GitHub REST API: the PR's files, its comments, and what the action sends. */
async function githubApi(files: unknown[], comments: unknown[]) {
  const calls: ApiCall[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body: data ? JSON.parse(data) : undefined,
        auth: req.headers.authorization,
      });
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/repos/acme/app/pulls/7/files')) res.end(JSON.stringify(files));
      else if (req.url?.startsWith('/repos/acme/app/issues/7/comments') && req.method === 'GET')
        res.end(JSON.stringify(comments));
      else res.end(JSON.stringify({ id: 99 }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    calls,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** Runs the root action asynchronously, so that the in-process API server can answer it. */
async function runCheckOnPullRequest(
  cwd: string,
  apiUrl: string,
  inputs: Record<string, string>,
  head = 'acme/app',
) {
  const event = join(cwd, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 7, head: { repo: { full_name: head } } },
      repository: { full_name: 'acme/app' },
    }),
  );
  const step = runnerStep(cwd, inputs, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_SHA: 'f'.repeat(40),
    'INPUT_GITHUB-TOKEN': 'ghs_secret_token_value',
  });
  const child = spawn(process.execPath, [join(DIST, 'check.js')], { cwd, env: step.env });
  let stdout = '';
  child.stdout.on('data', (c) => {
    stdout += c;
  });
  const status = await new Promise<number | null>((ok) => child.on('close', ok));
  return step.results(status, stdout);
}

describe('the root action on a pull request', () => {
  // The PR changed only the workflow's line 6; the Dockerfile's unpinned base image is old debt.
  const files = [
    {
      filename: '.github/workflows/ci.yml',
      status: 'modified',
      patch: '@@ -5,1 +5,2 @@\n     steps:\n+      - uses: actions/checkout@v4',
    },
  ];

  it('with only-changed, gates only the changed lines and updates the sticky comment in place', async () => {
    const api = await githubApi(files, [
      { id: 41, body: 'hello' },
      { id: 42, body: '<!-- portcullis:sticky CI pin -->\nold' },
    ]);
    try {
      const r = await runCheckOnPullRequest(repo(), api.url, {
        gates: 'pin',
        'only-changed': 'true',
        'pr-comment': 'true',
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error title=PP002 \(error\),file=\.github\/workflows\/ci\.yml,line=6,/m);
      expect(r.stdout).not.toMatch(/^::error title=PP001/m);
      expect(r.stdout).toMatch(/^::add-mask::ghs_secret_token_value$/m);
      expect(r.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('ghs_secret_token_value');
      expect(r.outputs['pin-passed']).toBe('false');
      expect(r.summary).toContain('### portcullis pin: ❌ failed');
      const patch = api.calls.find((c) => c.method === 'PATCH');
      expect(patch?.url).toBe('/repos/acme/app/issues/comments/42');
      expect(patch?.auth).toBe('Bearer ghs_secret_token_value');
      expect(patch?.body.body).toMatch(/^<!-- portcullis:sticky CI pin -->\n/);
      expect(patch?.body.body).toContain('| error | pin/PP002 |');
      expect(patch?.body.body).not.toContain('pin/PP001');
      expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    } finally {
      api.close();
    }
  });

  it('passes when the only findings are off the changed lines, and creates the comment when there is none', async () => {
    const clean = [{ filename: 'README.md', status: 'added' }];
    const api = await githubApi(clean, []);
    try {
      const r = await runCheckOnPullRequest(repo(), api.url, {
        gates: 'pin',
        'only-changed': 'true',
        'pr-comment': 'true',
      });
      expect(r.status).toBe(0);
      expect(r.outputs.passed).toBe('true');
      const post = api.calls.find((c) => c.method === 'POST');
      expect(post?.url).toBe('/repos/acme/app/issues/7/comments');
      expect(post?.body.body).toContain('No findings on the lines this pull request changes.');
    } finally {
      api.close();
    }
  });

  it('on a fork, warns and skips the comment without failing on it', async () => {
    const api = await githubApi(files, []);
    try {
      const r = await runCheckOnPullRequest(
        repo(),
        api.url,
        { gates: 'pin', 'pr-comment': 'true', 'no-fail': 'true' },
        'someone/app',
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^::warning::pr-comment skipped: this pull request comes from a fork/m);
      expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
    } finally {
      api.close();
    }
  });
});
