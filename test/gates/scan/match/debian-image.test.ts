import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInventory, type Inventory } from '../../../../src/gates/scan/index.js';
import { matchInventory } from '../../../../src/gates/scan/match/index.js';
import { MemoryDb, type OsvRecord } from '../../../../src/gates/scan/vulndb/index.js';
import { OciBuilder } from '../support/oci.js';

// A real image built with umoci from this machine's Debian os-release and dpkg status, read by
// part 1's inventory; every match decision is then checked against `dpkg --compare-versions`.
const work = mkdtempSync(join(tmpdir(), 'pc-debian-image-'));
let inventory: Inventory;

beforeAll(async () => {
  const b = new OciBuilder(join(work, 'img'), 'base');
  const root = b.rootfs;
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), readFileSync('/usr/lib/os-release'));
  writeFileSync(join(root, 'var/lib/dpkg/status'), readFileSync('/var/lib/dpkg/status'));
  b.commit('ADD rootfs.tar /');
  inventory = await buildInventory(`oci:${b.ref}`, { cwd: work });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bounds around an installed version: below, equal, just above, and other packages' versions. */
function bounds(version: string, others: string[], i: number): string[] {
  return [
    `${version}~`,
    version,
    `${version}+b1`,
    `${version}.1`,
    others[(i * 7) % others.length]!,
    others[(i * 13 + 5) % others.length]!,
  ];
}

describe('Debian image from part 1', () => {
  it('finds the release and the source packages', () => {
    expect(inventory.os?.family).toBe('debian');
    expect(inventory.packages.filter((p) => p.ecosystem === 'deb').length).toBeGreaterThan(50);
  });

  it('every match decision agrees with dpkg --compare-versions', () => {
    const deb = inventory.packages.filter((p) => p.ecosystem === 'deb');
    const release = `Debian:${inventory.os!.versionId.split('.')[0]}`;
    const sources = [
      ...new Map(deb.map((p) => [p.sourceName ?? p.name, p.sourceVersion ?? p.version])).entries(),
    ].slice(0, 40);
    const versions = sources.map(([, v]) => v);
    const records: OsvRecord[] = [];
    const cases: { installed: string; fixed: string; id: string }[] = [];
    sources.forEach(([name, installed], i) => {
      bounds(installed, versions, i).forEach((fixed, j) => {
        const id = `DEBIAN-CVE-2099-${i * 10 + j}`;
        cases.push({ installed, fixed, id });
        records.push({
          id,
          modified: '2026-01-01T00:00:00Z',
          affected: [
            {
              package: { ecosystem: release, name },
              ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
            },
          ],
        });
      });
    });
    const result = matchInventory(inventory, new MemoryDb(records, []));
    expect(result.errors).toEqual([]);
    expect(result.osEcosystems).toEqual([release]);
    const matchedIds = new Set(result.matches.map((m) => m.id));
    const script =
      'while read -r a b; do if dpkg --compare-versions "$a" lt "$b"; then echo true; else echo false; fi; done';
    const dpkgSays = execFileSync('bash', ['-c', script], {
      input: `${cases.map((c) => `${c.installed} ${c.fixed}`).join('\n')}\n`,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.map((c) => `${c.installed} < ${c.fixed}: ${matchedIds.has(c.id)}`)).toEqual(
      cases.map((c, i) => `${c.installed} < ${c.fixed}: ${dpkgSays[i]}`),
    );
    // Both outcomes occur, so the check is not vacuous.
    expect(new Set(dpkgSays)).toEqual(new Set(['true', 'false']));
    // Each match names the layer and the history line that brought the package in.
    expect(result.matches[0]?.layer.createdBy).toBe('ADD rootfs.tar /');
  });
});
