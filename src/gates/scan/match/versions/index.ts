import { compareApk } from './apk.js';
import { compareDpkg } from './dpkg.js';
import { compareMaven } from './maven.js';
import { comparePackagist } from './packagist.js';
import { comparePep440 } from './pep440.js';
import { compareRpm } from './rpm.js';
import { compareRubyGems } from './rubygems.js';
import { compareGo, compareSemver } from './semver.js';
import type { VersionComparator } from './types.js';

export { compareApk, isValidApkVersion } from './apk.js';
export { compareDpkg, parseDpkgVersion } from './dpkg.js';
export { compareMaven } from './maven.js';
export { comparePackagist } from './packagist.js';
export { comparePep440 } from './pep440.js';
export { compareRpm, parseRpmEvr, rpmvercmp } from './rpm.js';
export { compareRubyGems } from './rubygems.js';
export { compareGo, compareSemver } from './semver.js';
export { InvalidVersionError, type VersionComparator } from './types.js';

export type VersionScheme =
  | 'dpkg'
  | 'apk'
  | 'rpm'
  | 'pep440'
  | 'semver'
  | 'go'
  | 'maven'
  | 'rubygems'
  | 'packagist';

export const COMPARATORS: Readonly<Record<VersionScheme, VersionComparator>> = {
  dpkg: compareDpkg,
  apk: compareApk,
  rpm: compareRpm,
  pep440: comparePep440,
  semver: compareSemver,
  go: compareGo,
  maven: compareMaven,
  rubygems: compareRubyGems,
  packagist: comparePackagist,
};

/** OSV ecosystem name (before any `:release`) → the version scheme its `ECOSYSTEM` ranges use. */
const ECOSYSTEM_SCHEMES: Record<string, VersionScheme> = {
  Debian: 'dpkg',
  Ubuntu: 'dpkg',
  Alpine: 'apk',
  Wolfi: 'apk',
  Chainguard: 'apk',
  AlmaLinux: 'rpm',
  'Rocky Linux': 'rpm',
  'Red Hat': 'rpm',
  openSUSE: 'rpm',
  SUSE: 'rpm',
  Mageia: 'rpm',
  npm: 'semver',
  'crates.io': 'semver',
  PyPI: 'pep440',
  Go: 'go',
  Maven: 'maven',
  RubyGems: 'rubygems',
  Packagist: 'packagist',
};

/**
 * The version scheme of an OSV ecosystem such as `Debian:12` or `PyPI`; undefined when we have
 * no exact comparator, in which case ranges of that ecosystem are never guessed at.
 * @see https://ossf.github.io/osv-schema/#affectedpackage-field
 */
export function schemeForEcosystem(ecosystem: string): VersionScheme | undefined {
  const base = ecosystem.split(':')[0]!;
  return ECOSYSTEM_SCHEMES[base];
}

/** The comparator for an OSV range: `SEMVER` ranges are SemVer whatever the ecosystem. */
export function comparatorFor(ecosystem: string, rangeType = 'ECOSYSTEM'): VersionComparator | undefined {
  if (rangeType === 'SEMVER') return schemeForEcosystem(ecosystem) === 'go' ? compareGo : compareSemver;
  if (rangeType !== 'ECOSYSTEM') return undefined;
  const scheme = schemeForEcosystem(ecosystem);
  return scheme ? COMPARATORS[scheme] : undefined;
}
