import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli } from './harness.js';

describe('CLI usage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));

  it('prints the version', async () => {
    const r = await cli(['--version'], dir);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
    const r = await cli(['check', '--no-such-flag'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--no-such-flag');
  });

  it('exits 2 with the file, line and key when the config has a typo', async () => {
    const cfgDir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
    writeFileSync(join(cfgDir, 'portcullis.yaml'), 'fail-on: error\nfial-on: warning\n');
    const r = await cli(['check'], cfgDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('portcullis.yaml:2:1: unknown key "fial-on"');
  });

  it('exits 2 on an unknown severity', async () => {
    const r = await cli(['check', '--fail-on', 'severe'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown severity "severe"');
  });

  it('keeps package.json and the reported version in step', async () => {
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });

  it("lists a gate's rules with their metadata, as JSON with --format json", async () => {
    const r = await cli(['lint', '--list-rules', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; helpUri: string }[];
    expect(rules.find((x) => x.id === 'DL3006')).toMatchObject({
      severity: 'warning',
      helpUri: expect.stringMatching(/docs\/rules\/lint\.md#dl3006$/),
    });
    expect(rules.find((x) => x.id === 'DL1000')).toBeDefined();
    const text = await cli(['pin', '--list-rules'], dir);
    expect(text.stdout).toMatch(/^PP001 +error +/m);
  });

  it('takes a list option once per value, so the paths after it stay paths', async () => {
    const lintDir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
    writeFileSync(
      join(lintDir, 'Dockerfile'),
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    );
    const r = await cli(
      ['lint', '--ignore', 'DL3008', 'Dockerfile', '--skip-shellcheck', '--format', 'json'],
      lintDir,
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.scanned).toBe(1);
    const open = doc.findings.filter((f: { suppressed?: unknown }) => !f.suppressed);
    expect(open.map((f: { ruleId: string }) => f.ruleId)).not.toContain('DL3008');
    expect(open.map((f: { ruleId: string }) => f.ruleId)).toContain('DL3009');
  });

  it('check runs the configured gates, but a gate that needs named targets only when its section has paths', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'pc-cli-'));
    writeFileSync(join(repo, 'Dockerfile'), 'FROM debian:12\n');
    writeFileSync(join(repo, 'portcullis.yaml'), 'lint: {}\nattest: {}\n');
    const r = await cli(['check', '--format', 'json', '--no-fail'], repo);
    expect(Object.keys(JSON.parse(r.stdout).gates)).toEqual(['lint']);
  });

  it("exits 3, not 2, when a gate's own format is missing because the gate could not look", async () => {
    writeFileSync(join(dir, 'junk.tar'), 'not a tar archive at all');
    const r = await cli(
      ['scan', 'docker-archive:junk.tar', '--format', 'gitlab-container-scanning=cs.json'],
      dir,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/format "gitlab-container-scanning" not written: scan could not complete/);
    expect((await cli(['lint', '--format', 'no-such-format'], dir)).code).toBe(2);
  });
});
