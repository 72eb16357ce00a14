import { describe, expect, it } from 'vitest';
import {
  findIgnore,
  type Ignorable,
  IgnoreFileError,
  parseGrypeIgnore,
  parseIgnoreFile,
} from '../../../../src/gates/scan/match/ignore/index.js';

const NOW = new Date('2026-11-25T00:00:00Z');

const LIBC: Ignorable = {
  ids: ['DSA-5514-1', 'CVE-2023-4911', 'CVE-2023-4527'],
  purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u1?arch=amd64&distro=debian-12',
  paths: ['var/lib/dpkg/status'],
  name: 'libc6',
  version: '2.36-9+deb12u1',
  upstream: 'glibc',
  status: 'fixed',
};
const TAR: Ignorable = {
  ids: ['DEBIAN-CVE-2022-48303'],
  purl: 'pkg:deb/debian/tar@1.34%2Bdfsg-1.2?arch=amd64',
  paths: ['var/lib/dpkg/status'],
  status: 'affected',
};
const LODASH: Ignorable = {
  ids: ['GHSA-35jh-r3h4-6jhm', 'CVE-2021-23337'],
  purl: 'pkg:npm/lodash@4.17.20',
  paths: ['/app/node_modules/lodash/package.json'],
  name: 'lodash',
  version: '4.17.20',
  status: 'affected',
};
const BABEL: Ignorable = {
  ids: ['GHSA-67hx-6x53-jw92'],
  purl: 'pkg:npm/%40babel/traverse@7.22.0',
  paths: ['app/node_modules/@babel/traverse/package.json'],
  status: 'will_not_fix',
};
const REQUESTS: Ignorable = {
  ids: ['PYSEC-2023-74', 'CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'],
  purl: 'pkg:pypi/requests@2.25.1',
  paths: ['usr/lib/python3/dist-packages/requests-2.25.1.dist-info/METADATA'],
  name: 'requests',
  version: '2.25.1',
  status: 'under_investigation',
};

function rule(yaml: string) {
  return parseGrypeIgnore(`ignore:\n${yaml}`, '.grype.yaml');
}

describe('Grype ignore rules: every condition given must hold (grype/match/ignore.go)', () => {
  it.each<[string, string, Ignorable, boolean]>([
    ['vulnerability: own ID', '  - vulnerability: DSA-5514-1', LIBC, true],
    [
      'vulnerability: a CVE a distro advisory fixes needs include-aliases',
      '  - vulnerability: CVE-2023-4911',
      LIBC,
      false,
    ],
    [
      'vulnerability: include-aliases',
      '  - vulnerability: CVE-2023-4911\n    include-aliases: true',
      LIBC,
      true,
    ],
    [
      'vulnerability: the CVE of a per-CVE distro record is its own',
      '  - vulnerability: CVE-2022-48303',
      TAR,
      true,
    ],
    [
      'vulnerability: the GHSA alias is Grype’s own ID for a language finding',
      '  - vulnerability: GHSA-j8r2-6x86-q33q',
      REQUESTS,
      true,
    ],
    [
      'vulnerability: a CVE alias of a language finding needs include-aliases',
      '  - vulnerability: CVE-2023-32681',
      REQUESTS,
      false,
    ],
    [
      'vulnerability: CVE alias with include-aliases',
      '  - vulnerability: CVE-2023-32681\n    include-aliases: true',
      REQUESTS,
      true,
    ],
    ['vulnerability: other ID', '  - vulnerability: CVE-2099-0001', LIBC, false],
    ['fix-state fixed', '  - fix-state: fixed', LIBC, true],
    ['fix-state not-fixed (affected)', '  - fix-state: not-fixed', LODASH, true],
    ['fix-state not-fixed vs fixed', '  - fix-state: not-fixed', LIBC, false],
    ['fix-state wont-fix', '  - fix-state: wont-fix', BABEL, true],
    ['fix-state unknown (under_investigation)', '  - fix-state: unknown', REQUESTS, true],
    ['package name exact', '  - package:\n      name: libc6', LIBC, true],
    ['package name exact, no partial match', '  - package:\n      name: libc', LIBC, false],
    ['package name regex, anchored', '  - package:\n      name: lib.*', LIBC, true],
    ['package name regex must match the whole name', '  - package:\n      name: ib.*', LIBC, false],
    [
      'package name of an npm scope from the purl',
      '  - package:\n      name: "@babel/traverse"',
      BABEL,
      true,
    ],
    ['package version', '  - package:\n      name: lodash\n      version: 4.17.20', LODASH, true],
    ['package version differs', '  - package:\n      name: lodash\n      version: 4.17.21', LODASH, false],
    ['package type deb', '  - package:\n      type: deb', LIBC, true],
    ['package type python (pypi)', '  - package:\n      type: python', REQUESTS, true],
    ['package type npm vs deb', '  - package:\n      type: npm', LIBC, false],
    ['package language javascript', '  - package:\n      language: javascript', LODASH, true],
    ['package language: OS packages have none', '  - package:\n      language: c', LIBC, false],
    ['package location glob with **', '  - package:\n      location: "/app/node_modules/**"', LODASH, true],
    ['package location: * does not cross /', '  - package:\n      location: "/app/*"', LODASH, false],
    ['package upstream-name', '  - package:\n      upstream-name: glibc', LIBC, true],
    ['package upstream-name regex', '  - package:\n      upstream-name: "g.*c"', LIBC, true],
    [
      'package upstream-name: none for a package without a source package',
      '  - package:\n      upstream-name: lodash',
      LODASH,
      false,
    ],
    [
      'all conditions hold',
      '  - vulnerability: GHSA-35jh-r3h4-6jhm\n    fix-state: not-fixed\n    package:\n      name: lodash\n      type: npm',
      LODASH,
      true,
    ],
    [
      'one condition fails (fix-state)',
      '  - vulnerability: GHSA-35jh-r3h4-6jhm\n    fix-state: fixed\n    package:\n      name: lodash',
      LODASH,
      false,
    ],
    [
      'a secret finding is not a vulnerability match',
      '  - fix-state: unknown',
      { ids: ['PS003'], paths: ['root/.aws/credentials'] },
      false,
    ],
  ])('%s', (_name, yaml, target, hit) => {
    expect(Boolean(findIgnore(rule(yaml), target, NOW))).toBe(hit);
  });

  it('records the reason and the line; a rule has no expiry', () => {
    const entries = rule(
      '  - vulnerability: CVE-2023-4911\n    reason: not reachable\n  - fix-state: wont-fix',
    );
    expect(entries).toEqual([
      { id: 'CVE-2023-4911', reason: 'not reachable', file: '.grype.yaml', line: 2, source: 'grype' },
      {
        fixState: 'wont-fix',
        reason: 'ignored by a Grype rule',
        file: '.grype.yaml',
        line: 4,
        source: 'grype',
      },
    ]);
  });

  it('vex-status rules steer VEX documents and suppress nothing themselves', () => {
    const entries = rule('  - vex-status: not_affected\n    vex-justification: vulnerable_code_not_present');
    expect(entries).toEqual([]);
  });

  it('other configuration keys are left alone and an empty ignore list is fine', () => {
    expect(parseGrypeIgnore('fail-on-severity: high\noutput: table\n', '.grype.yaml')).toEqual([]);
    expect(parseGrypeIgnore('ignore: []\n', '.grype.yaml')).toEqual([]);
  });
});

describe('parseIgnoreFile tells Grype configurations from .trivyignore files', () => {
  it.each([
    ['.grype.yaml', 'ignore:\n  - vulnerability: CVE-1\n', 'grype'],
    ['ci/scan-ignores.yml', 'ignore:\n  - vulnerability: CVE-1\n', 'grype'],
    ['.trivyignore.yaml', 'vulnerabilities:\n  - id: CVE-1\n', 'trivyignore.yaml'],
    ['.trivyignore', 'CVE-1\n', 'trivyignore'],
  ])('%s', (file, text, source) => {
    expect(parseIgnoreFile(text, file).map((e) => e.source)).toEqual([source]);
  });
});

describe('malformed Grype rules are errors naming the file, line and field', () => {
  it.each([
    [
      'unknown field',
      '  - vulnerabilty: CVE-1',
      /^\.grype\.yaml:2: ignore\[0\]: unknown field "vulnerabilty"/,
    ],
    [
      'unknown package field',
      '  - package:\n      nmae: x',
      /^\.grype\.yaml:2: ignore\[0\]\.package: unknown field "nmae"/,
    ],
    [
      'bad fix-state',
      '  - fix-state: wontfix',
      /ignore\[0\]\.fix-state "wontfix" is not one of fixed, not-fixed, wont-fix, unknown/,
    ],
    ['no condition', '  - reason: because', /ignore\[0\] sets no condition/],
    [
      'bad regex',
      '  - package:\n      name: "lib(c"',
      /ignore\[0\]\.package: name is not a valid regular expression/,
    ],
    ['bad vex-status', '  - vex-status: ignored', /ignore\[0\]\.vex-status "ignored" is not one of/],
    [
      'justification without status',
      '  - vulnerability: CVE-1\n    vex-justification: x',
      /vex-justification needs a vex-status/,
    ],
    [
      'include-aliases not a boolean',
      '  - vulnerability: CVE-1\n    include-aliases: "yes"',
      /include-aliases must be true or false/,
    ],
    [
      'namespace is not supported',
      '  - vulnerability: CVE-1\n    namespace: nvd:cpe',
      /"namespace" is not supported/,
    ],
    [
      'match-type is not supported',
      '  - vulnerability: CVE-1\n    match-type: exact-indirect-match',
      /"match-type" is not supported/,
    ],
    ['a rule that is not a mapping', '  - CVE-1', /ignore\[0\] must be a mapping/],
    ['package not a mapping', '  - package: libc6', /ignore\[0\]\.package must be a mapping/],
  ])('%s', (_name, yaml, message) => {
    expect(() => rule(yaml)).toThrow(IgnoreFileError);
    expect(() => rule(yaml)).toThrow(message);
  });

  it.each([
    ['ignore not a list', 'ignore: CVE-1\n', /^\.grype\.yaml:1: "ignore" must be a list of rules/],
    ['not YAML', 'ignore: [\n', /^\.grype\.yaml:\d+: /],
  ])('%s', (_name, text, message) => {
    expect(() => parseGrypeIgnore(text, '.grype.yaml')).toThrow(message);
  });
});
