import semver from 'semver';
import { InvalidVersionError, sign } from './types.js';

function parseStrict(scheme: string, version: string): semver.SemVer {
  const parsed = semver.parse(version.trim().replace(/^v(?=\d)/, ''));
  if (!parsed) throw new InvalidVersionError(scheme, version);
  return parsed;
}

/**
 * Compares SemVer 2.0.0 versions (npm, crates.io, OSV `SEMVER` ranges): pre-releases sort before
 * the release, build metadata is ignored. A leading `v` is accepted.
 * @see https://semver.org/#spec-item-11
 */
export function compareSemver(a: string, b: string): number {
  return sign(semver.compare(parseStrict('semver', a), parseStrict('semver', b)));
}

/**
 * Compares Go module versions: SemVer with a `v` prefix, where pseudo-versions
 * (`v0.0.0-20210101000000-abcdef123456`) are pre-releases and `+incompatible` is build metadata.
 * `go`/`stdlib` toolchain versions such as `1.21` or `go1.21rc2` are normalised first.
 * @see https://go.dev/ref/mod#versions
 * @see https://go.dev/ref/mod#pseudo-versions
 */
export function compareGo(a: string, b: string): number {
  return sign(semver.compare(parseStrict('go', goToSemver(a)), parseStrict('go', goToSemver(b))));
}

/** `go1.21` / `1.21` → `1.21.0`, `go1.21rc2` → `1.21.0-rc.2`; module versions pass through. */
function goToSemver(version: string): string {
  const toolchain = /^(?:go)?v?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(version.trim());
  if (!toolchain) return version;
  const [, major, minor, patch, pre, preNumber] = toolchain;
  return `${major}.${minor}.${patch ?? 0}${pre ? `-${pre}.${preNumber}` : ''}`;
}
