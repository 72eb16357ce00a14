import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARATORS,
  comparatorFor,
  compareApk,
  compareDpkg,
  compareGo,
  compareMaven,
  comparePackagist,
  comparePep440,
  compareRpm,
  compareRubyGems,
  compareSemver,
  InvalidVersionError,
  isValidApkVersion,
  type VersionComparator,
} from '../../../../src/gates/scan/match/versions/index.js';

const sign = (n: number): number => Math.sign(n);
const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/scan-vuln/versions/${name}`, import.meta.url), 'utf8');

/** Asserts that `versions` is strictly increasing under `cmp`, pairwise and in both directions. */
function expectAscending(cmp: VersionComparator, versions: string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      expect([versions[i], versions[j], sign(cmp(versions[i]!, versions[j]!))]).toEqual([
        versions[i],
        versions[j],
        -1,
      ]);
      expect([versions[j], versions[i], sign(cmp(versions[j]!, versions[i]!))]).toEqual([
        versions[j],
        versions[i],
        1,
      ]);
    }
  }
}

function expectEqual(cmp: VersionComparator, pairs: [string, string][]): void {
  for (const [a, b] of pairs) expect([a, b, cmp(a, b), cmp(b, a)]).toEqual([a, b, 0, 0]);
}

// --- Arbitraries that produce versions each scheme accepts, with the characters that matter ---
const digits = fc.stringMatching(/^[0-9]{1,3}$/);
const dpkgVersion = fc
  .tuple(
    fc.option(fc.stringMatching(/^[0-9]{1,2}$/), { nil: undefined }),
    fc.stringMatching(/^[0-9][0-9a-zA-Z.+~]{0,6}$/),
    fc.option(fc.stringMatching(/^[0-9a-zA-Z.+~]{1,4}$/), { nil: undefined }),
  )
  .map(
    ([epoch, upstream, revision]) =>
      `${epoch !== undefined ? `${epoch}:` : ''}${upstream}${revision ? `-${revision}` : ''}`,
  );
const rpmVersion = fc
  .tuple(
    fc.option(fc.stringMatching(/^[0-9]$/), { nil: undefined }),
    fc.stringMatching(/^[0-9][0-9a-z.~^_+]{0,6}$/),
    fc.stringMatching(/^[0-9a-z][0-9a-z.~^_]{0,4}$/),
  )
  .map(([epoch, version, release]) => `${epoch !== undefined ? `${epoch}:` : ''}${version}-${release}`);
const apkVersion = fc
  .tuple(
    fc.array(digits, { minLength: 1, maxLength: 3 }),
    fc.option(fc.constantFrom('a', 'b', 'z'), { nil: undefined }),
    fc.array(
      fc.tuple(
        fc.constantFrom('alpha', 'beta', 'pre', 'rc', 'cvs', 'git', 'p'),
        fc.option(digits, { nil: '' }),
      ),
    ),
    fc.option(digits, { nil: undefined }),
  )
  .map(
    ([nums, letter, suffixes, rev]) =>
      `${nums.join('.')}${letter ?? ''}${suffixes.map(([s, n]) => `_${s}${n}`).join('')}${rev !== undefined ? `-r${rev}` : ''}`,
  );
const pep440Version = fc
  .tuple(
    fc.option(fc.constantFrom('1!'), { nil: '' }),
    fc.array(digits, { minLength: 1, maxLength: 3 }),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), digits), { nil: undefined }),
    fc.option(digits, { nil: undefined }),
    fc.option(digits, { nil: undefined }),
    fc.option(fc.stringMatching(/^[a-z0-9]{1,3}$/), { nil: undefined }),
  )
  .map(
    ([epoch, rel, pre, post, dev, local]) =>
      `${epoch}${rel.join('.')}${pre ? pre.join('') : ''}${post !== undefined ? `.post${post}` : ''}${dev !== undefined ? `.dev${dev}` : ''}${local ? `+${local}` : ''}`,
  );
const semverVersion = fc
  .tuple(
    digits,
    digits,
    digits,
    fc.array(fc.oneof(fc.stringMatching(/^[a-z]{1,3}$/), fc.stringMatching(/^[1-9][0-9]?$/)), {
      maxLength: 2,
    }),
  )
  .map(([a, b, c, pre]) => `${Number(a)}.${Number(b)}.${Number(c)}${pre.length ? `-${pre.join('.')}` : ''}`);
const goVersion = fc.oneof(
  semverVersion.map((v) => `v${v}`),
  fc
    .tuple(digits, fc.integer({ min: 20180101, max: 20251231 }))
    .map(([major, date]) => `v${Number(major)}.0.0-${date}000000-abcdef012345`),
  fc.tuple(digits, digits).map(([a, b]) => `v${Number(a)}.${Number(b)}.0+incompatible`),
);
const mavenVersion = fc
  .array(
    fc.oneof(
      digits,
      fc.constantFrom('alpha', 'beta', 'm', 'rc', 'cr', 'SNAPSHOT', 'ga', 'final', 'sp', 'abc', 'a', 'b'),
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom('.', '-'), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => (i === 0 ? p : `${seps[i]}${p}`)).join('')),
  )
  .filter((v) => /^[0-9]/.test(v));
const gemVersion = fc
  .tuple(
    fc.array(digits, { minLength: 1, maxLength: 3 }),
    fc.array(fc.oneof(digits, fc.constantFrom('a', 'beta', 'rc', 'pre')), { maxLength: 2 }),
  )
  .map(([nums, rest]) => [...nums, ...rest].join('.'));
const packagistVersion = fc
  .tuple(
    fc.array(digits, { minLength: 1, maxLength: 3 }),
    fc.option(fc.tuple(fc.constantFrom('dev', 'alpha', 'beta', 'RC', 'pl'), digits), { nil: undefined }),
  )
  .map(([nums, pre]) => `${nums.join('.')}${pre ? `-${pre[0]}${pre[1]}` : ''}`);

const ARBITRARIES: Record<keyof typeof COMPARATORS, fc.Arbitrary<string>> = {
  dpkg: dpkgVersion,
  rpm: rpmVersion,
  apk: apkVersion,
  pep440: pep440Version,
  semver: semverVersion,
  go: goVersion,
  maven: mavenVersion,
  rubygems: gemVersion,
  packagist: packagistVersion,
};

describe('ordering properties (fast-check)', () => {
  for (const [scheme, arb] of Object.entries(ARBITRARIES)) {
    const cmp = COMPARATORS[scheme as keyof typeof COMPARATORS];
    it(`${scheme}: reflexive and antisymmetric`, () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => cmp(a, a) === 0 && sign(cmp(a, b)) === -sign(cmp(b, a))),
        { seed: 42, numRuns: 400 },
      );
    });
    it(`${scheme}: transitive`, () => {
      fc.assert(
        fc.property(fc.array(arb, { minLength: 3, maxLength: 8 }), (list) => {
          const sorted = [...list].sort(cmp);
          for (let i = 0; i < sorted.length; i++)
            for (let j = i + 1; j < sorted.length; j++) if (cmp(sorted[i]!, sorted[j]!) > 0) return false;
          return true;
        }),
        { seed: 7, numRuns: 300 },
      );
    });
  }
});

describe('dpkg', () => {
  it('orders epochs, tilde and revisions as deb-version(7) says', () => {
    expectAscending(compareDpkg, [
      '1.0~rc1',
      '1.0',
      '1.0-1',
      '1.0-1+deb12u1',
      '1.0a',
      '1.0+b1',
      '1.1~',
      '1.1',
      '1:0.1',
    ]);
    expectEqual(compareDpkg, [
      ['1.0', '0:1.0'],
      ['1.0', '1.0-0'],
      ['1.01', '1.1'],
    ]);
  });

  it('rejects versions dpkg cannot parse', () => {
    expect(() => compareDpkg('a:1', '1')).toThrow(InvalidVersionError);
    expect(() => compareDpkg('', '1')).toThrow(/dpkg version/);
  });

  it('agrees with `dpkg --compare-versions` on hand-picked and generated pairs', () => {
    const handPicked: [string, string][] = [
      ['2.36-9+deb12u4', '2.36-9+deb12u10'],
      ['1:9.2p1-2+deb12u3', '1:9.2p1-2+deb12u2'],
      ['3.0.11-1~deb12u2', '3.0.11-1'],
      ['7.88.1-10+deb12u5', '7.88.1-10+deb12u12'],
      ['1.2.13.dfsg-1', '1:1.2.13.dfsg-1'],
      ['252.22-1~deb12u1', '252.30-1~deb12u2'],
      ['1.0~~', '1.0~'],
      ['1.0+', '1.0.'],
      ['0.0.0', '0'],
      ['a1', 'A1'],
    ];
    const generated = fc.sample(fc.tuple(dpkgVersion, dpkgVersion), { seed: 1234, numRuns: 300 });
    const pairs = [...handPicked, ...generated];
    const script =
      'while IFS=" " read -r a b; do if dpkg --compare-versions "$a" lt "$b"; then echo -1; elif dpkg --compare-versions "$a" eq "$b"; then echo 0; else echo 1; fi; done';
    const out = execFileSync('bash', ['-c', script], {
      input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
      encoding: 'utf8',
    });
    const expected = out.trim().split('\n').map(Number);
    expect(expected).toHaveLength(pairs.length);
    const ours = pairs.map(([a, b]) => sign(compareDpkg(a, b)));
    const disagreements = pairs.filter((_, i) => ours[i] !== expected[i]);
    expect(disagreements).toEqual([]);
  });
});

describe('rpm', () => {
  it('orders tilde, caret, epochs and alphanumeric segments', () => {
    expectAscending(compareRpm, [
      '1.0~rc1-1',
      '1.0-1',
      '1.0^git1-1',
      '1.0^git2-1',
      '1.0a-1',
      '1.0.1-1',
      '1.1-1',
      '1:0.1-1',
    ]);
    expectEqual(compareRpm, [
      ['1.0-1', '0:1.0-1'],
      ['1.01-1', '1.1-1'],
      ['1.0_1-1', '1.0.1-1'],
    ]);
  });

  it('agrees with rpm.labelCompare from python3-rpm on hand-picked and generated pairs', () => {
    const handPicked: [string, string][] = [
      ['1.0.9-1.el9', '1.0.9-1.el9_2.1'],
      ['2:8.2.2637-20.el9_1', '2:8.2.2637-21.el9'],
      ['4.18.0-477.10.1.el8_8', '4.18.0-477.13.1.el8_8'],
      ['1.0^', '1.0'],
      ['1.0^-1', '1.0~-1'],
      ['1.0a-1', '1.0-1'],
      ['1.0-1', '1.0.0-1'],
      ['10-1', '9a-1'],
    ];
    const generated = fc.sample(fc.tuple(rpmVersion, rpmVersion), { seed: 99, numRuns: 300 });
    const pairs = [...handPicked, ...generated];
    const split = (evr: string): [string, string, string] => {
      const colon = evr.indexOf(':');
      const epoch = colon >= 0 ? evr.slice(0, colon) : '0';
      const rest = colon >= 0 ? evr.slice(colon + 1) : evr;
      const dash = rest.lastIndexOf('-');
      return [epoch, rest.slice(0, dash), rest.slice(dash + 1)];
    };
    const program =
      'import json, sys, rpm\npairs = json.load(sys.stdin)\nprint(json.dumps([rpm.labelCompare(tuple(a), tuple(b)) for a, b in pairs]))';
    const out = execFileSync('/usr/bin/python3', ['-c', program], {
      input: JSON.stringify(pairs.map(([a, b]) => [split(a), split(b)])),
      encoding: 'utf8',
    });
    const expected = JSON.parse(out) as number[];
    const ours = pairs.map(([a, b]) => sign(compareRpm(a, b)));
    expect(pairs.filter((_, i) => ours[i] !== expected[i])).toEqual([]);
  });
});

describe('apk', () => {
  const lines = fixture('apk-tools-version.data')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '');

  it('agrees with every apk-tools comparison vector', () => {
    const comparisons = lines.filter((l) => /^\S+ [<>=] \S+$/.test(l));
    expect(comparisons.length).toBeGreaterThan(700);
    const failures = comparisons.filter((l) => {
      const [a, op, b] = l.split(' ') as [string, string, string];
      return sign(compareApk(a, b)) !== { '<': -1, '=': 0, '>': 1 }[op];
    });
    expect(failures).toEqual([]);
  });

  it('validates as apk-tools 2 does', () => {
    for (const valid of ['1.2', '0.1_pre2', '0.1_p1_pre2', '2.12r-r4', '1.0_p10-r0', '006'])
      expect([valid, isValidApkVersion(valid)]).toEqual([valid, true]);
    for (const invalid of [
      '',
      '0.1bc',
      '0.1a.1',
      '0.1_foobar',
      '1.0-',
      '1.0-x',
      '1.2.3_rc1~2',
      '1234567890123456789',
    ])
      expect([invalid, isValidApkVersion(invalid)]).toEqual([invalid, false]);
  });

  it('orders suffixes and revisions', () => {
    expectAscending(compareApk, [
      '1.2_alpha1',
      '1.2_beta',
      '1.2_pre2',
      '1.2_rc1',
      '1.2',
      '1.2-r1',
      '1.2_p1',
      '1.2a',
      '1.2.1',
    ]);
    expect(() => compareApk('', '1.0')).toThrow(InvalidVersionError);
    expect(isValidApkVersion('1.0_foo')).toBe(false);
  });
});

describe('PEP 440', () => {
  it('follows the ordering example of PEP 440', () => {
    // https://peps.python.org/pep-0440/#summary-of-permitted-suffixes-and-relative-ordering
    expectAscending(comparePep440, [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
      '1!0.1',
    ]);
    expectEqual(comparePep440, [
      ['1.0', '1.0.0'],
      ['1.0RC1', '1.0rc1'],
      ['1.0-post1', '1.0.post1'],
    ]);
    expect(() => comparePep440('not a version', '1')).toThrow(InvalidVersionError);
  });
});

describe('SemVer and Go', () => {
  it('follows the precedence example of SemVer 2.0.0 §11', () => {
    expectAscending(compareSemver, [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '2.0.0',
      '2.1.0',
      '2.1.1',
    ]);
    expectEqual(compareSemver, [['1.0.0+build.1', '1.0.0']]);
    expect(() => compareSemver('1.0', '1.0.0')).toThrow(InvalidVersionError);
  });

  it('orders Go pseudo-versions, +incompatible and toolchain versions', () => {
    expectAscending(compareGo, [
      'v0.0.0-20190101000000-abcdef012345',
      'v0.0.0-20200101000000-abcdef012345',
      'v0.1.0',
      'v1.2.3',
      'v1.2.4-0.20200101000000-abcdef012345',
      'v1.2.4',
      'v2.0.0+incompatible',
      'v2.1.0',
    ]);
    expectEqual(compareGo, [
      ['v2.0.0+incompatible', 'v2.0.0'],
      ['v1.2.3', '1.2.3'],
      ['go1.21', '1.21.0'],
    ]);
    expectAscending(compareGo, ['go1.21rc2', 'go1.21.0', '1.21.1']);
  });
});

describe('Maven ComparableVersion', () => {
  // Sequences from apache/maven ComparableVersionTest.java (Apache-2.0), reused with attribution.
  it('orders qualifiers', () => {
    expectAscending(compareMaven, [
      '1-alpha2snapshot',
      '1-alpha2',
      '1-alpha-123',
      '1-beta-2',
      '1-beta123',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-sp123',
      '1-abc',
      '1-def',
      '1-pom-1',
      '1-1-snapshot',
      '1-1',
      '1-2',
      '1-123',
    ]);
  });
  it('orders numbers', () => {
    expectAscending(compareMaven, [
      '2.0',
      '2-1',
      '2.0.a',
      '2.0.0.a',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m',
    ]);
  });
  it('treats padding, separators, aliases and case as equal', () => {
    expectEqual(compareMaven, [
      ['1', '1.0.0'],
      ['1', '1-0'],
      ['1.0', '1.0-0'],
      ['1a', '1-a'],
      ['1a', '1.0.0-a'],
      ['1x', '1.0-x'],
      ['1ga', '1'],
      ['1final', '1'],
      ['1cr', '1rc'],
      ['1a1', '1alpha1'],
      ['1b2', '1beta2'],
      ['1m3', '1milestone3'],
      ['1X', '1x'],
      ['1GA', '1'],
      ['1cR', '1rC'],
      ['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ]);
  });
  it('orders the pairs of the comparison test', () => {
    const pairs: [string, string][] = [
      ['1', '2'],
      ['1.5', '2'],
      ['1', '2.5'],
      ['1.0', '1.1'],
      ['1.0.0', '1.1'],
      ['1.1', '1.2.0'],
      ['1.0-alpha-1', '1.0'],
      ['1.0-alpha-1', '1.0-beta-1'],
      ['1.0-beta-1', '1.0-SNAPSHOT'],
      ['1.0-SNAPSHOT', '1.0'],
      ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
      ['1.0', '1.0-1'],
      ['1.0-1', '1.0-2'],
      ['1.0.0', '1.0-1'],
      ['2.0-1', '2.0.1'],
      ['2.0.1-klm', '2.0.1-lmn'],
      ['2.0.1', '2.0.1-xyz'],
      ['2.0.1', '2.0.1-123'],
      ['2.0.1-xyz', '2.0.1-123'],
      ['2.17.0', '2.17.1'],
      ['2.14.1', '2.15.0'],
      ['5.3.17', '5.3.18.RELEASE'],
    ];
    for (const pair of pairs) expectAscending(compareMaven, pair);
  });
});

describe('RubyGems', () => {
  it('orders pre-releases before releases and ignores trailing zeros', () => {
    expectAscending(compareRubyGems, [
      '0.beta.1',
      '0.0.beta.2',
      '1.0.a',
      '1.0.a9',
      '1.0.a10',
      '1.0.b1',
      '1.0.0-rc1',
      '1.0',
      '1.0.1',
      '1.9.3',
      '1.9.3.1',
      '1.10',
    ]);
    expectEqual(compareRubyGems, [
      ['1.0', '1.0.0'],
      ['1', '1.0.0.0'],
      ['1.0.a', '1.0.0.a'],
    ]);
    expect(() => compareRubyGems('junk', '1')).toThrow(InvalidVersionError);
  });
});

describe('Packagist', () => {
  it('orders as PHP version_compare', () => {
    expectAscending(comparePackagist, [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-beta2',
      '1.0.0-RC1',
      '1.0.0',
      '1.0.0-pl1',
      '1.0.1',
      'v1.1.0',
    ]);
    expectEqual(comparePackagist, [['v2.0.0', '2.0.0']]);
    expect(sign(comparePackagist('1.0', '1.0.0'))).toBe(-1);
  });
});

describe('ecosystem mapping', () => {
  it('picks the comparator by OSV ecosystem and range type', () => {
    expect(comparatorFor('Debian:12')).toBe(compareDpkg);
    expect(comparatorFor('Ubuntu:22.04:LTS')).toBe(compareDpkg);
    expect(comparatorFor('Alpine:v3.20')).toBe(compareApk);
    expect(comparatorFor('AlmaLinux:9')).toBe(compareRpm);
    expect(comparatorFor('Rocky Linux:9')).toBe(compareRpm);
    expect(comparatorFor('PyPI')).toBe(comparePep440);
    expect(comparatorFor('Go', 'SEMVER')).toBe(compareGo);
    expect(comparatorFor('npm', 'SEMVER')).toBe(compareSemver);
    expect(comparatorFor('Maven')).toBe(compareMaven);
    expect(comparatorFor('RubyGems')).toBe(compareRubyGems);
    expect(comparatorFor('npm', 'GIT')).toBeUndefined();
    expect(comparatorFor('Hackage')).toBeUndefined();
  });
});
