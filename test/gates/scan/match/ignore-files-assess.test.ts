import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AssessInput, assessInventory } from '../../../../src/gates/scan/match/index.js';
import { BOOKWORM, FIXTURES, inventory, pkg } from './helpers.js';

const cwd = mkdtempSync(join(tmpdir(), 'pc-ignore-files-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const inv = inventory(BOOKWORM, [
  pkg({
    name: 'libc6',
    version: '2.36-9+deb12u1',
    ecosystem: 'deb',
    sourceName: 'glibc',
    sourceVersion: '2.36-9+deb12u1',
  }),
  pkg({
    name: 'tar',
    version: '1.34+dfsg-1.2',
    ecosystem: 'deb',
    sourceName: 'tar',
    sourceVersion: '1.34+dfsg-1.2',
  }),
]);

async function assess(options: Record<string, unknown>) {
  const input: AssessInput = {
    inventory: inv,
    cwd,
    env: {},
    options: { osv: [join(FIXTURES, 'debian')], scanners: ['vuln'], ...options },
    config: {},
    toolVersion: '0.1.0',
    now: new Date('2026-11-25T08:00:00Z'),
  };
  const r = await assessInventory(input);
  return {
    errors: r.errors,
    suppressed: Object.fromEntries(
      r.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.suppressed!.justification]),
    ),
  };
}

const CSAF = {
  document: { category: 'csaf_vex', csaf_version: '2.0', title: 'tar', publisher: {}, tracking: {} },
  product_tree: {
    full_product_names: [
      { name: 'tar', product_id: 'tar', product_identification_helper: { purl: 'pkg:deb/tar' } },
    ],
  },
  vulnerabilities: [
    {
      cve: 'CVE-2022-48303',
      flags: [{ label: 'vulnerable_code_not_in_execute_path', product_ids: ['tar'] }],
      product_status: { known_not_affected: ['tar'] },
    },
  ],
};

describe('CSAF VEX and Grype rules through assessInventory', () => {
  it('--vex reads a CSAF document and suppresses the finding with its justification', async () => {
    writeFileSync(join(cwd, 'tar.csaf.json'), JSON.stringify(CSAF));
    const { errors, suppressed } = await assess({ vex: ['tar.csaf.json'] });
    expect(errors).toEqual([]);
    expect(suppressed).toEqual({
      'DEBIAN-CVE-2022-48303': 'VEX not_affected: vulnerable_code_not_in_execute_path (tar.csaf.json)',
    });
  });

  it('--ignore-file .grype.yaml applies its rules; without the flag the file is not read', async () => {
    writeFileSync(
      join(cwd, '.grype.yaml'),
      'ignore:\n  - vulnerability: CVE-2022-48303\n    reason: tar is never run\n  - package:\n      upstream-name: glibc\n    fix-state: fixed\n',
    );
    const named = await assess({ 'ignore-file': ['.grype.yaml'] });
    expect(named.errors).toEqual([]);
    expect(named.suppressed).toEqual({
      'DEBIAN-CVE-2022-48303': 'tar is never run (.grype.yaml:2)',
      'DSA-5514-1': 'ignored by a Grype rule (.grype.yaml:4)',
    });
    expect((await assess({})).suppressed).toEqual({});
  });

  it('a malformed file is an error (exit 3) naming the file and field', async () => {
    writeFileSync(join(cwd, 'bad.grype.yaml'), 'ignore:\n  - fix-state: wontfix\n');
    writeFileSync(
      join(cwd, 'bad.csaf.json'),
      JSON.stringify({ ...CSAF, vulnerabilities: [{ cve: 'CVE-1', product_status: { fixed: ['x'] } }] }),
    );
    expect((await assess({ 'ignore-file': ['bad.grype.yaml'] })).errors).toEqual([
      expect.objectContaining({
        file: 'bad.grype.yaml',
        code: 'CONFIG_INVALID',
        message: expect.stringMatching(/^bad\.grype\.yaml:2: ignore\[0\]\.fix-state "wontfix"/),
      }),
    ]);
    expect((await assess({ vex: ['bad.csaf.json'] })).errors).toEqual([
      expect.objectContaining({
        file: 'bad.csaf.json',
        message: expect.stringMatching(/product_status\.fixed: product "x" is not defined/),
      }),
    ]);
  });
});
