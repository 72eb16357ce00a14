import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeImageReference } from '../../../src/gates/attest/oci.js';
import {
  checksumSubjects,
  digestReferenceSubject,
  expandSubjectPaths,
  fileSubjects,
  isDigestReference,
  parseChecksums,
  stripTag,
} from '../../../src/gates/attest/subjects.js';

const HELLO_SHA256 = '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'; // sha256("hello\n")
const A64 = 'a'.repeat(64);
const B128 = 'b'.repeat(128);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'attest-subjects-'));
  mkdirSync(join(dir, 'dist/linux'), { recursive: true });
  writeFileSync(join(dir, 'dist/app.tar.gz'), 'hello\n');
  writeFileSync(join(dir, 'dist/linux/app'), 'hello\n');
  writeFileSync(join(dir, 'dist/notes.txt'), 'notes\n');
  writeFileSync(join(dir, '.gitignore'), 'dist/\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('file subjects', () => {
  it('expands globs even inside git-ignored folders, sorted', () => {
    expect(expandSubjectPaths(dir, ['dist/**/app*']).map((p) => p.slice(dir.length + 1))).toEqual([
      'dist/app.tar.gz',
      'dist/linux/app',
    ]);
  });

  it('names subjects by base name with the sha256 of the content', async () => {
    expect(await fileSubjects(dir, ['dist/*.tar.gz'])).toEqual([
      { name: 'app.tar.gz', digest: { sha256: HELLO_SHA256 } },
    ]);
  });

  it('drops a duplicate name+digest pair named twice', async () => {
    const subjects = await fileSubjects(dir, ['dist/app.tar.gz', 'dist/*.tar.gz']);
    expect(subjects).toHaveLength(1);
  });

  it.each([
    ['a glob that matches nothing', 'dist/*.zip', /no files match dist\/\*\.zip/],
    ['a missing file', 'dist/missing.bin', /subject not found: dist\/missing\.bin/],
    ['a directory', 'dist', /subject is not a file: dist/],
  ])('refuses %s', async (_name, pattern, error) => {
    await expect(fileSubjects(dir, [pattern])).rejects.toThrow(error);
  });
});

describe('checksums files', () => {
  it.each([
    [
      'GNU text mode',
      `${A64}  app.tar.gz`,
      { algorithm: 'sha256', digest: A64, name: 'app.tar.gz', line: 1 },
    ],
    ['GNU binary mode', `${A64} *app.exe`, { algorithm: 'sha256', digest: A64, name: 'app.exe', line: 1 }],
    [
      'BSD tag format',
      `SHA256 (app.zip) = ${A64}`,
      { algorithm: 'sha256', digest: A64, name: 'app.zip', line: 1 },
    ],
    ['sha512', `${B128}  big.iso`, { algorithm: 'sha512', digest: B128, name: 'big.iso', line: 1 }],
    ['upper-case hex', `${A64.toUpperCase()}  x`, { algorithm: 'sha256', digest: A64, name: 'x', line: 1 }],
    [
      'a name with spaces',
      `${A64}  my app.tar.gz`,
      { algorithm: 'sha256', digest: A64, name: 'my app.tar.gz', line: 1 },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(parseChecksums(`${text}\n`, 'SUMS')).toEqual([expected]);
  });

  it('skips blank lines and keeps line numbers (goreleaser checksums.txt with CRLF)', () => {
    const parsed = parseChecksums(`\r\n${A64}  a\r\n\r\n${'c'.repeat(64)}  b\r\n`, 'checksums.txt');
    expect(parsed.map((c) => [c.name, c.line])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
  });

  it.each([
    ['a short digest', `${'a'.repeat(40)}  app`, 'SUMS:1'],
    ['no name', `${A64}`, 'SUMS:1'],
    ['a single space separator', `${A64} app`, 'SUMS:1'],
    ['a BSD algorithm that disagrees with the length', `SHA512 (x) = ${A64}`, 'SUMS:1'],
    ['junk on line 2', `${A64}  ok\nnot a checksum`, 'SUMS:2'],
  ])('refuses %s with its line', (_name, text, where) => {
    expect(() => parseChecksums(text, 'SUMS')).toThrow(`${where}: not a sha256 or sha512 checksum line`);
  });

  it('refuses an empty file', () => {
    expect(() => parseChecksums('\n\n', 'SUMS')).toThrow('SUMS: no checksums in the file');
  });

  it('turns a checksums file into subjects', () => {
    writeFileSync(join(dir, 'SHA256SUMS'), `${A64}  app.tar.gz\n${A64}  app.tar.gz\n`);
    expect(checksumSubjects(dir, 'SHA256SUMS')).toEqual([{ name: 'app.tar.gz', digest: { sha256: A64 } }]);
    expect(() => checksumSubjects(dir, 'NOPE')).toThrow('checksums file not found: NOPE');
  });
});

describe('image subjects by digest', () => {
  it.each([
    [`ghcr.io/acme/app@sha256:${A64}`, 'ghcr.io/acme/app'],
    [`ghcr.io/acme/app:1.2@sha256:${A64}`, 'ghcr.io/acme/app'],
    [`localhost:5000/app:1.2@sha256:${A64}`, 'localhost:5000/app'],
    [`localhost:5000/app@sha256:${A64}`, 'localhost:5000/app'],
  ])('%s is named %s', (ref, name) => {
    expect(isDigestReference(ref)).toBe(true);
    expect(digestReferenceSubject(ref)).toEqual({ name, digest: { sha256: A64 } });
  });

  it.each(['ghcr.io/acme/app:1.2', `app@sha256:${'a'.repeat(63)}`, `app@md5:${A64}`])(
    '%s is not a digest reference',
    (ref) => {
      expect(isDigestReference(ref)).toBe(false);
      expect(() => digestReferenceSubject(ref)).toThrow('not a digest reference');
    },
  );

  it('keeps a registry port that is not a tag', () => {
    expect(stripTag('registry:5000/app')).toBe('registry:5000/app');
    expect(stripTag('registry:5000/app:v1')).toBe('registry:5000/app');
  });
});

describe('telling image references from missing files', () => {
  it.each([
    ['ghcr.io/acme/app', true],
    ['ghcr.io/acme/app:1.2', true],
    ['localhost:5000/app', true],
    ['127.0.0.1:5000/acme/app:1', true],
    ['acme/app:1.0', true],
    ['nginx:1.25', true],
    [`app@sha256:${A64}`, true],
    ['dist/app.tar.gz', false],
    ['app.tar.gz', false],
    ['nginx', false],
    ['dist/*.zip', false],
    ['./dist/app', false],
  ])('%s → %s', (text, image) => {
    expect(looksLikeImageReference(text)).toBe(image);
  });
});
