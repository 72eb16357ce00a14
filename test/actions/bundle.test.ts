import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Runs an action's committed bundle the way the runner does: INPUT_* variables and command files. */
function runAction(stub: string, cwd: string, inputs: Record<string, string>) {
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
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [join(DIST, stub)], { cwd, env, encoding: 'utf8' });
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
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

  it('no-fail reports the findings and passes the step', () => {
    const r = runAction('pin.js', repo(), { 'no-fail': 'true', annotations: 'false', summary: 'false' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::error /m);
    expect(r.outputs.passed).toBe('true');
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
