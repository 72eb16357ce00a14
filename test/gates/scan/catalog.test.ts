import { describe, expect, it } from 'vitest';
import { parseApkInstalled } from '../../../src/gates/scan/catalog/apk.js';
import { parseComposerInstalled } from '../../../src/gates/scan/catalog/composer.js';
import { parseDepsJson } from '../../../src/gates/scan/catalog/dotnet.js';
import { parseDpkgStatus, parseOwnedFiles } from '../../../src/gates/scan/catalog/dpkg.js';
import {
  modulesFromBuildInfo,
  parseBuildInfo,
  stdlibVersion,
} from '../../../src/gates/scan/catalog/golang.js';
import {
  npmCataloger,
  parseInstalledPackageJson,
  parsePackageLock,
} from '../../../src/gates/scan/catalog/npm.js';
import { parseOsRelease } from '../../../src/gates/scan/catalog/os-release.js';
import { purlOf } from '../../../src/gates/scan/catalog/purl.js';
import { parsePythonMetadata } from '../../../src/gates/scan/catalog/python.js';
import {
  decodeHeaderBlob,
  RpmHeaderError,
  splitSourceRpm,
} from '../../../src/gates/scan/catalog/rpm/header.js';
import { parseGemspec } from '../../../src/gates/scan/catalog/ruby.js';
import type { RawPackage } from '../../../src/gates/scan/catalog/types.js';
import { DEFAULT_LIMITS } from '../../../src/gates/scan/limits.js';

describe('dpkg status', () => {
  const status = [
    'Package: libc6',
    'Status: install ok installed',
    'Architecture: amd64',
    'Source: glibc (2.36-9+deb12u4)',
    'Version: 2.36-9+deb12u4',
    'Description: GNU C Library',
    ' continuation line',
    '',
    'Package: bsdutils',
    'Status: install ok installed',
    'Architecture: amd64',
    'Source: util-linux (2.38.1-5)',
    'Version: 1:2.38.1-5+deb12u1',
    '',
    'Package: removed',
    'Status: deinstall ok config-files',
    'Version: 1.0',
    '',
    'Package: purged',
    'Status: purge ok not-installed',
    'Version: 1.0',
    '',
    'Package: apt',
    'Status: install ok installed',
    'Version: 2.6.1',
    '',
  ].join('\n');

  it.each([
    [
      'libc6',
      { version: '2.36-9+deb12u4', sourceName: 'glibc', sourceVersion: '2.36-9+deb12u4', arch: 'amd64' },
    ],
    ['bsdutils', { version: '1:2.38.1-5+deb12u1', sourceName: 'util-linux', sourceVersion: '2.38.1-5' }],
    ['apt', { version: '2.6.1', sourceName: 'apt', sourceVersion: '2.6.1' }],
  ])('keeps %s with its source package and version', (name, fields) => {
    expect(parseDpkgStatus(status).find((p) => p.name === name)).toMatchObject(fields);
  });

  it('drops deinstalled and purged stanzas', () => {
    expect(parseDpkgStatus(status).map((p) => p.name)).toEqual(['libc6', 'bsdutils', 'apt']);
  });

  it('reads owned files from .list and .md5sums', () => {
    expect(parseOwnedFiles('/.\n/usr\n/usr/bin/ls\n', false)).toEqual(['usr', 'usr/bin/ls']);
    expect(parseOwnedFiles('d41d8cd98f00b204e9800998ecf8427e  usr/bin/ls\n', true)).toEqual(['usr/bin/ls']);
  });
});

describe('apk installed database', () => {
  it('reads name, version, origin, arch, license and owned files', () => {
    const db =
      'P:busybox\nV:1.36.1-r15\nA:x86_64\nL:GPL-2.0-only\no:busybox\nF:bin\nR:busybox\nF:etc\nR:securetty\n\nP:ssl_client\nV:1.36.1-r15\no:busybox\n';
    expect(parseApkInstalled(db)).toEqual({
      packages: [
        {
          name: 'busybox',
          version: '1.36.1-r15',
          ecosystem: 'apk',
          sourceName: 'busybox',
          sourceVersion: '1.36.1-r15',
          arch: 'x86_64',
          licenses: ['GPL-2.0-only'],
        },
        {
          name: 'ssl_client',
          version: '1.36.1-r15',
          ecosystem: 'apk',
          sourceName: 'busybox',
          sourceVersion: '1.36.1-r15',
        },
      ],
      ownedFiles: ['bin/busybox', 'etc/securetty'],
    });
  });
});

describe('rpm headers', () => {
  it.each([
    ['hello-1.2.3-4.el9.src.rpm', { name: 'hello', version: '1.2.3-4.el9' }],
    ['python3-libs-3.9.18-1.el9_3.src.rpm', { name: 'python3-libs', version: '3.9.18-1.el9_3' }],
    ['broken.src.rpm', undefined],
  ])('splits SOURCERPM %s', (file, want) => {
    expect(splitSourceRpm(file)).toEqual(want);
  });

  it.each([
    ['shorter than its header', Buffer.alloc(4)],
    ['with an absurd entry count', Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0])],
    ['truncated', Buffer.from([0, 0, 0, 2, 0, 0, 0, 16, 0, 0, 0, 0])],
  ])('rejects a blob %s', (_what, blob) => {
    expect(() => decodeHeaderBlob(blob)).toThrow(RpmHeaderError);
  });
});

describe('language packages', () => {
  it('reads an installed package.json and skips one without a version', () => {
    expect(parseInstalledPackageJson('{"name":"@scope/x","version":"1.0.0","license":"MIT"}')).toEqual([
      { name: '@scope/x', version: '1.0.0', ecosystem: 'npm', licenses: ['MIT'] },
    ]);
    expect(parseInstalledPackageJson('{"type":"module"}')).toEqual([]);
  });

  it.each([
    ['app/package.json', '{"name":"app","version":"1.0.0"}', ['app@1.0.0']],
    ['app/node_modules/rxjs/ajax/package.json', '{"main":"../dist/ajax"}', []],
    ['app/node_modules/resolve/test/malformed/package.json', '{"name": "broken",', []],
  ])('reads every package.json with a name and version, as Trivy: %s', async (path, text, want) => {
    const facts = await npmCataloger.parse(path, Buffer.from(text), { limits: DEFAULT_LIMITS });
    expect((facts.packages ?? []).map((p) => `${p.name}@${p.version}`)).toEqual(want);
  });

  it("fails on an installed package's own broken package.json", () => {
    expect(() =>
      npmCataloger.parse('app/node_modules/x/package.json', Buffer.from('{'), { limits: DEFAULT_LIMITS }),
    ).toThrow(SyntaxError);
  });

  it('reads package-lock v3 and v1', () => {
    const v3 = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0' },
        'node_modules/a': { version: '1.1.0' },
        'node_modules/a/node_modules/@s/b': { version: '2.0.0', license: 'ISC' },
        'node_modules/linked': { link: true },
      },
    });
    expect(parsePackageLock(v3).map((p) => `${p.name}@${p.version}`)).toEqual(['a@1.1.0', '@s/b@2.0.0']);
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } } },
    });
    expect(parsePackageLock(v1).map((p) => `${p.name}@${p.version}`)).toEqual(['a@1.0.0', 'b@2.0.0']);
  });

  it('reads Python core metadata headers, not the body', () => {
    const text =
      'Metadata-Version: 2.1\nName: Flask\nVersion: 3.1.3\nLicense-Expression: BSD-3-Clause\n\nName: not-this\n';
    expect(parsePythonMetadata(text)).toEqual([
      { name: 'Flask', version: '3.1.3', ecosystem: 'pypi', licenses: ['BSD-3-Clause'] },
    ]);
    expect(parsePythonMetadata('Metadata-Version: 2.1\nName: x\n')).toEqual([]);
  });

  it('reads a gemspec as RubyGems writes it', () => {
    const spec =
      '# stub\nGem::Specification.new do |s|\n  s.name = "rack".freeze\n  s.version = "3.0.8"\n  s.licenses = ["MIT".freeze]\nend\n';
    expect(parseGemspec(spec)).toEqual([
      { name: 'rack', version: '3.0.8', ecosystem: 'gem', licenses: ['MIT'] },
    ]);
  });

  it('reads composer installed.json v1 and v2', () => {
    const v2 = '{"packages":[{"name":"monolog/monolog","version":"v3.5.0","license":["MIT"]}]}';
    expect(parseComposerInstalled(v2)).toEqual([
      { name: 'monolog/monolog', version: '3.5.0', ecosystem: 'composer', licenses: ['MIT'] },
    ]);
    expect(parseComposerInstalled('[{"name":"a/b","version":"1.0.0"}]')).toHaveLength(1);
  });

  it('reads Go module lines, keeps a module replaced by a directory, applies a module replacement', () => {
    const modinfo = [
      'path\texample.com/app',
      'mod\texample.com/app\tv1.0.0\th1:x=',
      'dep\tgolang.org/x/text\tv0.3.7\th1:y=',
      'dep\texample.com/local\tv1.4.0',
      '=>\t../local\t(devel)\t',
      'dep\tgithub.com/old/mod\tv1.0.0',
      '=>\tgithub.com/new/mod\tv1.2.0\th1:z=',
      'build\t-compiler=gc',
    ].join('\n');
    expect(modulesFromBuildInfo('go1.21.5 X:loopvar', modinfo).map((p) => `${p.name}@${p.version}`)).toEqual([
      'stdlib@v1.21.5',
      'golang.org/x/text@v0.3.7',
      'example.com/local@v1.4.0',
      'github.com/new/mod@v1.2.0',
      'example.com/app@v1.0.0',
    ]);
  });

  it.each([
    ['(devel)', '-ldflags="-s -w -X main.version=1.2.3"', '1.2.3'],
    ['(devel)', '-ldflags="-X \'example.com/app/cmd/app.Version=v2.0.0\' -X main.version=1.0.0"', 'v2.0.0'],
    ['(devel)', '-ldflags="-X main.version=1.0.0 -X main.Version=2.0.0"', ''],
    ['(devel)', '-ldflags="-X main.commit=abc"', ''],
    ['v0.0.0-20240101120000-abcdefabcdef', '-ldflags="-X main.version=1.5.0"', '1.5.0'],
    ['v1.3.0', '-ldflags="-X main.version=9.9.9"', 'v1.3.0'],
  ])('main module %s with %s is version "%s"', (version, ldflags, want) => {
    const modinfo = `path\texample.com/app\nmod\texample.com/app\t${version}\nbuild\t${ldflags}\n`;
    expect(modulesFromBuildInfo('go1.22.0', modinfo).find((p) => p.name === 'example.com/app')?.version).toBe(
      want,
    );
  });

  it('names stdlib as Trivy does', () => {
    expect(stdlibVersion('go1.22.1')).toBe('v1.22.1');
    expect(stdlibVersion('go1.26.0-X:nodwarf5')).toBe('v1.26.0');
    expect(stdlibVersion('go1.26.5 (Red Hat 1.26.5-1.el10)')).toBe('v1.26.5');
    expect(stdlibVersion('go1.21rc2')).toBe('v1.21rc2');
  });

  it('parses an inline build-info header and refuses a pointer-format one (Go < 1.18)', () => {
    const header = Buffer.alloc(32);
    Buffer.from('\xff Go buildinf:', 'latin1').copy(header);
    header[14] = 8;
    header[15] = 2;
    const version = Buffer.from('go1.22.1');
    const body = Buffer.concat([
      header,
      Buffer.from([version.length]),
      version,
      Buffer.from([4]),
      Buffer.from('mod\t'),
    ]);
    expect(parseBuildInfo(body)).toEqual({ goVersion: 'go1.22.1', modinfo: 'mod\t' });
    header[15] = 0;
    expect(parseBuildInfo(Buffer.concat([header, body.subarray(32)]))).toBeUndefined();
  });
});

describe('os-release', () => {
  it('unquotes values and skips comments', () => {
    expect(
      parseOsRelease('# c\nID=ubuntu\nVERSION_ID="22.04"\nPRETTY_NAME=\'Ubuntu 22.04.4 LTS\'\nBAD\n'),
    ).toEqual({
      ID: 'ubuntu',
      VERSION_ID: '22.04',
      PRETTY_NAME: 'Ubuntu 22.04.4 LTS',
    });
  });
});

describe('purls', () => {
  const debian = { family: 'debian', versionId: '12' };
  it.each([
    [
      { name: 'libc6', version: '2.36-9', ecosystem: 'deb', arch: 'amd64' },
      debian,
      'pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12',
    ],
    [{ name: 'bash', version: '5.2-1', ecosystem: 'deb' }, undefined, 'pkg:deb/debian/bash@5.2-1'],
    [
      { name: 'curl', version: '7.76.1-26.el9', ecosystem: 'rpm', epoch: 1, arch: 'x86_64' },
      { family: 'rhel', versionId: '9.3' },
      'pkg:rpm/rhel/curl@7.76.1-26.el9?arch=x86_64&distro=rhel-9.3&epoch=1',
    ],
    [{ name: '@babel/core', version: '7.0.0', ecosystem: 'npm' }, undefined, 'pkg:npm/%40babel/core@7.0.0'],
    [{ name: 'Flask_Login', version: '0.6.3', ecosystem: 'pypi' }, undefined, 'pkg:pypi/flask-login@0.6.3'],
    [
      { name: 'github.com/gin-gonic/gin', version: 'v1.9.1', ecosystem: 'golang' },
      undefined,
      'pkg:golang/github.com/gin-gonic/gin@v1.9.1',
    ],
    [
      { name: 'commons-io', group: 'commons-io', version: '2.11.0', ecosystem: 'maven' },
      undefined,
      'pkg:maven/commons-io/commons-io@2.11.0',
    ],
    [
      { name: 'monolog/monolog', version: '3.5.0', ecosystem: 'composer' },
      undefined,
      'pkg:composer/monolog/monolog@3.5.0',
    ],
  ] as [RawPackage, { family: string; versionId: string } | undefined, string][])(
    '%j → %s',
    (pkg, distro, purl) => {
      expect(purlOf(pkg, distro)).toBe(purl);
    },
  );
});

describe('.NET deps.json', () => {
  const deps = {
    runtimeTarget: { name: '.NETCoreApp,Version=v8.0/linux-x64' },
    targets: {
      '.NETCoreApp,Version=v8.0/linux-x64': {
        'app/1.0.0': { runtime: { 'app.dll': {} } },
        'Newtonsoft.Json/13.0.1': { runtime: { 'lib/net6.0/Newtonsoft.Json.dll': {} } },
        'Analyzers/3.3.4': {},
        'runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.1': { runtime: { 'System.dll': {} } },
      },
    },
    libraries: {
      'app/1.0.0': { type: 'project' },
      'Newtonsoft.Json/13.0.1': { type: 'package' },
      'Analyzers/3.3.4': { type: 'package' },
      'runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.1': { type: 'runtimepack' },
      'Reference/1.0.0': { type: 'reference' },
    },
  };

  it('keeps runtime libraries of the runtime target, without the runtimepack prefix', () => {
    expect(parseDepsJson(JSON.stringify(deps)).map((p) => `${p.name}@${p.version}`)).toEqual([
      'app@1.0.0',
      'Newtonsoft.Json@13.0.1',
      'Microsoft.NETCore.App.Runtime.linux-x64@8.0.1',
    ]);
    expect(purlOf({ name: 'Newtonsoft.Json', version: '13.0.1', ecosystem: 'nuget' })).toBe(
      'pkg:nuget/Newtonsoft.Json@13.0.1',
    );
  });

  it('keeps every package and project library when the runtime target is not listed', () => {
    const { targets: _targets, ...noTargets } = deps;
    expect(parseDepsJson(JSON.stringify(noTargets))).toHaveLength(4);
  });
});
