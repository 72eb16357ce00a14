import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRpmSqlite } from '../../../src/gates/scan/catalog/rpm/cataloger.js';
import type { FileFacts } from '../../../src/gates/scan/catalog/types.js';
import { run } from './support/tools.js';

const MARINER = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'scan',
  'go-rpmdb',
  'cbl-mariner-2.0',
  'rpmdb.sqlite',
);

let work: string;
let facts: FileFacts;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pc-rpmdb-'));
  copyFileSync(MARINER, join(work, 'rpmdb.sqlite'));
  facts = await parseRpmSqlite(readFileSync(MARINER));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a real CBL-Mariner 2.0 rpmdb.sqlite (from go-rpmdb)', () => {
  it('lists the same packages as rpm -qa, with epoch, version-release, arch, SOURCERPM and license', () => {
    const oracle = run('rpm', [
      '--dbpath',
      work,
      '-qa',
      '--qf',
      '%{NAME}\t%{EPOCHNUM}\t%{VERSION}-%{RELEASE}\t%{ARCH}\t%{SOURCERPM}\t%{LICENSE}\n',
    ])
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('gpg-pubkey\t'))
      .sort();
    const ours = (facts.packages ?? [])
      .map((p) => {
        const srpm = `${p.sourceName}-${p.sourceVersion}.src.rpm`;
        return [p.name, p.epoch, p.version, p.arch, srpm, p.licenses?.[0]].join('\t');
      })
      .sort();
    expect(ours).toHaveLength(oracle.length);
    expect(ours).toEqual(oracle);
  });

  it('decodes curl as go-rpmdb expects (rpmdb_test.go "CBL-Mariner 2.0 curl")', () => {
    expect(facts.packages?.find((p) => p.name === 'curl')).toEqual({
      name: 'curl',
      version: '7.76.0-6.cm2',
      release: '6.cm2',
      epoch: 0,
      ecosystem: 'rpm',
      arch: 'x86_64',
      sourceName: 'curl',
      sourceVersion: '7.76.0-6.cm2',
      licenses: ['MIT'],
      vendor: 'Microsoft Corporation',
    });
  });

  it('collects the files rpm says each package owns', () => {
    const curlFiles = run('rpm', ['--dbpath', work, '-ql', 'curl']).trim().split('\n');
    const owned = new Set(facts.ownedFiles);
    expect(curlFiles.length).toBeGreaterThan(3);
    for (const f of curlFiles) expect(owned.has(f.replace(/^\//, '')), f).toBe(true);
  });
});
