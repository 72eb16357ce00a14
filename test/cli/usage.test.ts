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
});
