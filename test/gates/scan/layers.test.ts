import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/gates/scan/catalog/types.js';
import type { LayerAnalysis } from '../../../src/gates/scan/layers/analysis.js';
import { compressionOf, sniffCompression } from '../../../src/gates/scan/layers/decompress.js';
import { entryPath, symlinkTarget } from '../../../src/gates/scan/layers/paths.js';
import { resolvePath, squash } from '../../../src/gates/scan/layers/squash.js';
import { parseImageReference } from '../../../src/gates/scan/source/reference.js';

describe('entry paths', () => {
  it.each([
    ['./etc/passwd', { ok: true, path: 'etc/passwd' }],
    ['etc//./x', { ok: true, path: 'etc/x' }],
    ['/etc/passwd', { ok: false, reason: 'ABSOLUTE_PATH' }],
    ['a/../../b', { ok: false, reason: 'PATH_TRAVERSAL' }],
    ['a/../b', { ok: false, reason: 'PATH_TRAVERSAL' }],
  ])('%s', (name, want) => {
    expect(entryPath(name)).toEqual(want);
  });

  it.each([
    ['etc/os-release', '../usr/lib/os-release', 'usr/lib/os-release'],
    ['usr/bin/python3', '/usr/bin/python3.11', 'usr/bin/python3.11'],
    ['lib', 'usr/lib', 'usr/lib'],
    ['a/b', '../../../etc/shadow', undefined],
    ['a', '/../../etc', 'etc'],
  ])('symlink %s → %s resolves to %s', (path, target, want) => {
    expect(symlinkTarget(path, target)).toBe(want);
  });

  it('resolves symlinks in any part of a path and detects loops', () => {
    const links = new Map([
      ['lib', 'usr/lib'],
      ['usr/lib/os-release', 'usr/share/os-release'],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(resolvePath('lib/os-release', links, 40)).toBe('usr/share/os-release');
    expect(resolvePath('x/file', links, 40)).toBeUndefined();
  });
});

describe('media types', () => {
  it.each([
    ['application/vnd.oci.image.layer.v1.tar+gzip', 'gzip'],
    ['application/vnd.oci.image.layer.v1.tar+zstd', 'zstd'],
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'gzip'],
    ['application/vnd.oci.image.layer.v1.tar', 'none'],
  ])('%s is %s', (type, c) => {
    expect(compressionOf(type)).toBe(c);
  });

  it('names an unknown media type', () => {
    expect(() => compressionOf('application/vnd.example.layer+lz4')).toThrow(
      'UNKNOWN_MEDIA_TYPE: unknown layer media type "application/vnd.example.layer+lz4"',
    );
  });

  it('sniffs docker-archive layers', () => {
    expect(sniffCompression(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(sniffCompression(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]))).toBe('zstd');
    expect(sniffCompression(new TextEncoder().encode('etc/'))).toBe('none');
  });
});

describe('image references', () => {
  it.each([
    ['docker://ghcr.io/org/app:1.2', { transport: 'docker', ref: 'ghcr.io/org/app:1.2' }],
    ['alpine:3.19', { transport: 'docker', ref: 'alpine:3.19' }],
    ['localhost:5000/app', { transport: 'docker', ref: 'localhost:5000/app' }],
    ['docker-archive:img.tar', { transport: 'docker-archive', path: 'img.tar' }],
    ['docker-archive:img.tar:app:1', { transport: 'docker-archive', path: 'img.tar', ref: 'app:1' }],
    ['oci:layout:v1', { transport: 'oci', path: 'layout', ref: 'v1' }],
    ['oci-archive:img.tar', { transport: 'oci-archive', path: 'img.tar' }],
  ])('%s', (text, want) => {
    expect(parseImageReference(text)).toEqual(want);
  });

  it.each(['nginx:latest', 'nginx', 'ghcr.io/org/app@sha256:' + 'a'.repeat(64), 'myregistry:5000/app:1'])(
    '%s is a registry image',
    (text) => {
      expect(parseImageReference(text)).toEqual({ transport: 'docker', ref: text });
    },
  );

  it('refuses transports that need a daemon or local storage', () => {
    expect(() => parseImageReference('docker-daemon:app:1')).toThrow(
      'the docker-daemon: transport is not supported (no daemon or local storage is read): use docker://, docker-archive: (e.g. from docker save), oci: or oci-archive:',
    );
    expect(() => parseImageReference('containers-storage:app')).toThrow(
      /containers-storage: transport is not supported/,
    );
  });
});

describe('replaying layers', () => {
  const dpkg = (...pkgs: [string, string][]): FileFacts => ({
    cataloger: 'dpkg',
    packages: pkgs.map(([name, version]) => ({ name, version, ecosystem: 'deb' })),
  });
  const npm = (name: string): FileFacts => ({
    cataloger: 'npm',
    packages: [{ name, version: '1.0.0', ecosystem: 'npm' }],
  });
  const layer = (i: number, a: Partial<LayerAnalysis>) => ({
    ref: {
      index: i,
      digest: `sha256:${String(i).repeat(64)}`,
      diffId: `sha256:${String(i).repeat(64)}`,
      createdBy: `step ${i}`,
    },
    analysis: {
      analyzerVersion: 't',
      diffId: '',
      files: {},
      whiteouts: [],
      opaqueDirs: [],
      symlinks: {},
      replaced: Object.keys(a.files ?? {}),
      problems: [],
      size: 0,
      ...a,
    },
  });
  const summary = (layers: ReturnType<typeof layer>[]) =>
    squash(layers, 40).packages.map((p) => `${p.name}@${p.version}:${p.layer.index}`);

  it('attributes a package to the first layer it was continuously present in', () => {
    expect(
      summary([
        layer(0, { files: { 'var/lib/dpkg/status': dpkg(['libc6', '1'], ['curl', '1']) } }),
        layer(1, { files: { 'var/lib/dpkg/status': dpkg(['libc6', '1'], ['curl', '2'], ['git', '1']) } }),
      ]),
    ).toEqual(['curl@2:1', 'git@1:1', 'libc6@1:0']);
  });

  it('a whiteout deletes a file or a directory tree; an opaque directory hides only lower layers', () => {
    expect(
      summary([
        layer(0, {
          files: {
            'app/node_modules/a/package.json': npm('a'),
            'app/node_modules/b/package.json': npm('b'),
            'srv/node_modules/c/package.json': npm('c'),
          },
        }),
        layer(1, {
          whiteouts: ['app/node_modules/a'],
          opaqueDirs: ['srv'],
          files: { 'srv/node_modules/d/package.json': npm('d') },
        }),
      ]),
    ).toEqual(['b@1.0.0:0', 'd@1.0.0:1']);
  });

  it('a package deleted and added again comes from the layer that re-added it', () => {
    expect(
      summary([
        layer(0, { files: { 'app/node_modules/a/package.json': npm('a') } }),
        layer(1, { whiteouts: ['app'] }),
        layer(2, { files: { 'app/node_modules/a/package.json': npm('a') } }),
      ]),
    ).toEqual(['a@1.0.0:2']);
  });

  it('a file replaced by a symlink loses its facts', () => {
    const result = squash(
      [
        layer(0, {
          files: {
            'etc/os-release': { cataloger: 'os-release', release: { ID: 'debian', VERSION_ID: '12' } },
          },
        }),
        layer(1, { symlinks: { 'etc/os-release': 'nowhere' }, replaced: ['etc/os-release'] }),
      ],
      40,
    );
    expect(result.os).toBeUndefined();
  });

  it('leaves an npm lockfile alone where node_modules are installed, and reads it where they are not', () => {
    const lock: FileFacts = {
      cataloger: 'npm-lock',
      packages: [{ name: 'locked', version: '1.0.0', ecosystem: 'npm' }],
    };
    expect(
      summary([
        layer(0, {
          files: {
            'app/package-lock.json': lock,
            'app/node_modules/a/package.json': npm('a'),
            'srv/package-lock.json': lock,
          },
        }),
      ]),
    ).toEqual(['a@1.0.0:0', 'locked@1.0.0:0']);
  });

  it('marks a Debian image with status.d and no status as distroless', () => {
    const result = squash(
      [
        layer(0, {
          files: {
            'etc/os-release': {
              cataloger: 'os-release',
              release: { ID: 'debian', VERSION_ID: '12', PRETTY_NAME: 'Distroless' },
            },
            'var/lib/dpkg/status.d/libc6': dpkg(['libc6', '2.36-9']),
            'var/lib/dpkg/status.d/libc6.md5sums': {
              cataloger: 'dpkg',
              ownedFiles: ['usr/lib/x86_64-linux-gnu/libc.so.6'],
            },
          },
        }),
      ],
      40,
    );
    expect(result.os).toEqual({
      family: 'debian',
      versionId: '12',
      prettyName: 'Distroless',
      distroless: true,
      source: '/etc/os-release',
    });
    expect(result.packages.map((p) => p.purl)).toEqual(['pkg:deb/debian/libc6@2.36-9?distro=debian-12']);
  });

  it('says when the OS is not one it supports', () => {
    const result = squash(
      [
        layer(0, {
          files: {
            'etc/os-release': { cataloger: 'os-release', release: { ID: 'haiku', VERSION_ID: 'r1' } },
          },
        }),
      ],
      40,
    );
    expect(result.osNote).toBe(
      'OS "haiku" r1 is not supported: its OS packages are listed but cannot be matched',
    );
  });
});
