import { pathsMatch } from './paths.js';
import { parsePurl } from './purl.js';
import type { GrypeFixState, IgnoreEntry } from './types.js';

/** What a Grype rule is compared with: the finding's package and vulnerability status. */
export interface GrypeTarget {
  /** The finding's own ID first, then its aliases. */
  ids: string[];
  purl?: string;
  paths: string[];
  name?: string;
  version?: string;
  /** The source package (Debian source, RPM source, apk origin). */
  upstream?: string;
  /** The vulnerability status (Trivy vocabulary: fixed, affected, will_not_fix, …). */
  status?: string;
}

/** Syft package types by purl type (syft/pkg/type.go), as Grype's `package.type` names them. */
const SYFT_TYPE: Record<string, string> = {
  apk: 'apk',
  deb: 'deb',
  rpm: 'rpm',
  npm: 'npm',
  pypi: 'python',
  golang: 'go-module',
  maven: 'java-archive',
  gem: 'gem',
  cargo: 'rust-crate',
  composer: 'php-composer',
  nuget: 'dotnet',
  hex: 'hex',
  pub: 'dart-pub',
  cocoapods: 'pod',
  swift: 'swift',
  conan: 'conan',
};

/** Syft languages by purl type (syft/pkg/language.go); OS packages have none. */
const SYFT_LANGUAGE: Record<string, string> = {
  npm: 'javascript',
  pypi: 'python',
  golang: 'go',
  maven: 'java',
  gem: 'ruby',
  cargo: 'rust',
  composer: 'php',
  nuget: 'dotnet',
  hex: 'elixir',
  pub: 'dart',
  cocoapods: 'swift',
  swift: 'swift',
  conan: 'c++',
};

/** Our vulnerability statuses as Grype fix states; no status at all is `unknown`, as in Grype. */
export function grypeFixState(status: string | undefined): GrypeFixState {
  switch (status) {
    case 'fixed':
      return 'fixed';
    case 'affected':
    case 'fix_deferred':
      return 'not-fixed';
    case 'will_not_fix':
    case 'end_of_life':
      return 'wont-fix';
    default:
      return 'unknown';
  }
}

/** The CVE a per-CVE distro record is named after: `DEBIAN-CVE-2022-48303` → `CVE-2022-48303`. */
export function ownCve(id: string): string | undefined {
  return /^[A-Z]+-(CVE-\d{4}-\d+)$/i.exec(id)?.[1]?.toUpperCase();
}

/** Grype treats a name with regex characters other than `.` as an anchored regular expression. */
const LOOKS_LIKE_REGEX = /[\^$*+?[\](){}|\\]/;

/** The matcher for a Grype name condition; throws on an invalid regular expression. */
export function nameMatcher(pattern: string): (name: string | undefined) => boolean {
  if (!LOOKS_LIKE_REGEX.test(pattern)) return (name) => name === pattern;
  const re = new RegExp(`^(?:${pattern})$`, 'u');
  return (name) => name !== undefined && re.test(name);
}

/** Syft keeps the namespace in the name only for npm scopes, Go modules and Composer vendors. */
function syftName(type: string, namespace: string | undefined, name: string): string {
  return namespace && ['npm', 'golang', 'composer'].includes(type) ? `${namespace}/${name}` : name;
}

function idApplies(entry: IgnoreEntry, ids: string[]): boolean {
  if (entry.id === undefined) return true;
  const want = entry.id.toUpperCase();
  const [own = '', ...aliases] = ids.map((i) => i.toUpperCase());
  // Grype reports a distro finding by its CVE and a language finding by its GHSA, where
  // Portcullis keeps OSV's ID (DEBIAN-CVE-…, PYSEC-…): those count as the finding's own ID.
  if (own === want || ownCve(own) === want || (want.startsWith('GHSA-') && aliases.includes(want)))
    return true;
  return Boolean(entry.includeAliases) && aliases.includes(want);
}

/**
 * True when every condition of a Grype ignore rule holds for a vulnerability finding, as Grype's
 * `IgnoreRule.IgnoreMatch` decides (grype/match/ignore.go).
 */
export function grypeRuleApplies(entry: IgnoreEntry, target: GrypeTarget): boolean {
  // Grype rules describe vulnerability matches; secret and config findings carry no status.
  if (target.status === undefined) return false;
  if (!idApplies(entry, target.ids)) return false;
  if (entry.fixState && entry.fixState !== grypeFixState(target.status)) return false;
  const rule = entry.package;
  if (!rule) return true;
  const purl = target.purl ? parsePurl(target.purl) : undefined;
  const name = target.name ?? (purl ? syftName(purl.type, purl.namespace, purl.name) : undefined);
  const version = target.version ?? purl?.version;
  const upstream =
    target.upstream && target.upstream !== name
      ? target.upstream
      : (purl?.qualifiers as Record<string, string> | undefined)?.upstream;
  if (rule.name !== undefined && !nameMatcher(rule.name)(name)) return false;
  if (rule.version !== undefined && rule.version !== version) return false;
  if (rule.type !== undefined && rule.type !== (purl ? SYFT_TYPE[purl.type] : undefined)) return false;
  if (rule.language !== undefined && rule.language !== (purl ? SYFT_LANGUAGE[purl.type] : undefined))
    return false;
  if (rule.location !== undefined && !pathsMatch([rule.location], target.paths)) return false;
  if (rule.upstreamName !== undefined && !nameMatcher(rule.upstreamName)(upstream?.split('@')[0]))
    return false;
  return true;
}
