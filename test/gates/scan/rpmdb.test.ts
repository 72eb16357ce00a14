import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseRpmBdb,
  parseRpmNdb,
  parseRpmSqlite,
  rpmCataloger,
} from '../../../src/gates/scan/catalog/rpm/cataloger.js';
import { RpmHeaderError } from '../../../src/gates/scan/catalog/rpm/header.js';
import type { FileFacts } from '../../../src/gates/scan/catalog/types.js';
import { DEFAULT_LIMITS } from '../../../src/gates/scan/limits.js';
import { run } from './support/tools.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'scan', 'go-rpmdb');
const MARINER = join(FIXTURES, 'cbl-mariner-2.0', 'rpmdb.sqlite');

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

describe('a real SLE 15 BCI NDB Packages.db (from go-rpmdb)', () => {
  it('lists the packages go-rpmdb expects (rpmdb_testcase_test.go SLE15WithNDB)', () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'sle15-bci', 'expected.json'), 'utf8')) as {
      packages: {
        name: string;
        epoch: number;
        version: string;
        release: string;
        arch: string;
        sourceRpm: string;
        license: string;
        vendor: string;
      }[];
    };
    const got = parseRpmNdb(readFileSync(join(FIXTURES, 'sle15-bci', 'Packages.db')));
    expect(
      (got.packages ?? []).map((p) => ({
        name: p.name,
        epoch: p.epoch,
        version: p.version,
        arch: p.arch,
        sourceRpm: `${p.sourceName}-${p.sourceVersion}.src.rpm`,
        license: p.licenses?.[0],
        vendor: p.vendor,
      })),
    ).toEqual(
      expected.packages.map((p) => ({
        name: p.name,
        epoch: p.epoch,
        version: `${p.version}-${p.release}`,
        arch: p.arch,
        sourceRpm: p.sourceRpm,
        license: p.license,
        vendor: p.vendor,
      })),
    );
  });

  it('refuses a file that is not NDB, and a slot that points outside the file', () => {
    expect(() => parseRpmNdb(Buffer.alloc(64))).toThrow(RpmHeaderError);
    const db = Buffer.from(readFileSync(join(FIXTURES, 'sle15-bci', 'Packages.db')));
    db.writeUInt32LE(0xffffff, 2 * 16 + 8);
    expect(() => parseRpmNdb(db)).toThrow(/points outside the file|has no blob/);
  });
});

describe('a real Berkeley DB Packages file (EL 8 libuuid, from go-rpmdb)', () => {
  it('lists the same packages as rpm -qa with the read-only BDB backend', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-bdb-'));
    try {
      copyFileSync(join(FIXTURES, 'libuuid', 'Packages'), join(dir, 'Packages'));
      const oracle = run('rpm', [
        '--dbpath',
        dir,
        '--define',
        '_db_backend bdb_ro',
        '-qa',
        '--qf',
        '%{NAME}\t%{EPOCHNUM}\t%{VERSION}-%{RELEASE}\t%{ARCH}\t%{SOURCERPM}\n',
      ])
        .trim()
        .split('\n')
        .sort();
      const ours = (parseRpmBdb(readFileSync(join(FIXTURES, 'libuuid', 'Packages'))).packages ?? [])
        .map((p) =>
          [p.name, p.epoch, p.version, p.arch, `${p.sourceName}-${p.sourceVersion}.src.rpm`].join('\t'),
        )
        .sort();
      expect(ours).toEqual(oracle);
      expect(ours).toEqual(['libuuid\t0\t2.32.1-42.el8_8\tx86_64\tutil-linux-2.32.1-42.el8_8.src.rpm']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is what the rpm cataloger reads at var/lib/rpm/Packages', async () => {
    const data = readFileSync(join(FIXTURES, 'libuuid', 'Packages'));
    const facts = await rpmCataloger.parse('var/lib/rpm/Packages', data, { limits: DEFAULT_LIMITS });
    expect(facts.packages?.map((p) => p.name)).toEqual(['libuuid']);
    expect(facts.ownedFiles).toContain('usr/lib64/libuuid.so.1');
  });

  it('refuses a broken overflow chain', () => {
    const db = Buffer.from(readFileSync(join(FIXTURES, 'libuuid', 'Packages')));
    const pageSize = db.readUInt32LE(20);
    for (let pg = 1; pg * pageSize < db.length; pg++)
      if (db[pg * pageSize + 25] === 7) db[pg * pageSize + 25] = 0;
    expect(() => parseRpmBdb(db)).toThrow(RpmHeaderError);
  });
});
