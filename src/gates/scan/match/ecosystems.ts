import type { InventoryPackage, OsInfo } from '../inventory.js';

/** One DB lookup for a package: the OSV ecosystem, the name advisories use, and the version to compare. */
export interface PackageQuery {
  ecosystem: string;
  names: string[];
  version: string;
}

const LANGUAGE_ECOSYSTEMS: Partial<Record<InventoryPackage['ecosystem'], string>> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  maven: 'Maven',
  gem: 'RubyGems',
  composer: 'Packagist',
  cargo: 'crates.io',
};

const major = (versionId: string): string => versionId.split('.')[0] ?? versionId;

/**
 * The OSV ecosystems that hold a distro release's advisories, picked from those the DB has:
 * `Debian:12`, `Ubuntu:22.04:LTS` (and `Ubuntu:Pro:…`), `Alpine:v3.20`, `AlmaLinux:9`,
 * `Rocky Linux:9`, `Red Hat:…enterprise_linux:9…`. Empty when the DB has none for it.
 * @see https://ossf.github.io/osv-schema/#affectedpackage-field
 */
export function distroEcosystems(
  os: Pick<OsInfo, 'family' | 'versionId'>,
  available: readonly string[],
): string[] {
  const id = os.family.toLowerCase();
  const v = os.versionId;
  const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let pattern: RegExp | undefined;
  if (id === 'debian') pattern = new RegExp(`^Debian:${quote(major(v))}$`);
  else if (id === 'ubuntu') pattern = new RegExp(`^Ubuntu:(Pro:)?${quote(v)}(:LTS)?$`);
  else if (id === 'alpine') pattern = new RegExp(`^Alpine:v${quote(v.split('.').slice(0, 2).join('.'))}$`);
  else if (id === 'almalinux') pattern = new RegExp(`^AlmaLinux:${quote(major(v))}$`);
  else if (id === 'rocky') pattern = new RegExp(`^Rocky Linux:${quote(major(v))}$`);
  else if (id === 'rhel') pattern = new RegExp(`^Red Hat:.*enterprise_linux:${quote(major(v))}(?::|$)`);
  else if (id === 'wolfi') pattern = /^Wolfi$/;
  else if (id === 'chainguard') pattern = /^Chainguard$/;
  return pattern ? available.filter((e) => pattern.test(e)) : [];
}

/** The OSV ecosystem family name of a distro (`debian` → `Debian`), for "no data" messages. */
export function distroFamilyEcosystem(family: string): string | undefined {
  return (
    {
      debian: 'Debian',
      ubuntu: 'Ubuntu',
      alpine: 'Alpine',
      almalinux: 'AlmaLinux',
      rocky: 'Rocky Linux',
      rhel: 'Red Hat',
      wolfi: 'Wolfi',
      chainguard: 'Chainguard',
    } as Record<string, string>
  )[family.toLowerCase()];
}

/**
 * What to look up for a language package: its OSV ecosystem and name (`group:artifact` for
 * Maven, the module path for Go), compared at its installed version.
 */
export function languageQuery(pkg: InventoryPackage): PackageQuery | undefined {
  const ecosystem = LANGUAGE_ECOSYSTEMS[pkg.ecosystem];
  if (!ecosystem) return undefined;
  const name = pkg.ecosystem === 'maven' && pkg.group ? `${pkg.group}:${pkg.name}` : pkg.name;
  return { ecosystem, names: [name], version: pkg.version };
}

/**
 * What to look up for a distro package. Debian, Ubuntu and Alpine key advisories on the
 * source package and compare its version; rpm distros publish advisories per binary package,
 * so both names are looked up and the installed `epoch:version-release` is compared.
 */
export function distroQuery(pkg: InventoryPackage, ecosystem: string): PackageQuery {
  const family = ecosystem.split(':')[0];
  if (pkg.ecosystem === 'rpm') {
    const names = [...new Set([pkg.name, ...(pkg.sourceName ? [pkg.sourceName] : [])])];
    return { ecosystem, names, version: pkg.epoch ? `${pkg.epoch}:${pkg.version}` : pkg.version };
  }
  if (family === 'Alpine' || family === 'Wolfi' || family === 'Chainguard')
    return { ecosystem, names: [pkg.sourceName ?? pkg.name], version: pkg.version };
  return { ecosystem, names: [pkg.sourceName ?? pkg.name], version: pkg.sourceVersion ?? pkg.version };
}

/**
 * The OSV ecosystem to ask osv.dev about for a distro release, when there is no local DB to
 * pick from (`--online`).
 */
export function onlineDistroEcosystem(os: Pick<OsInfo, 'family' | 'versionId'>): string | undefined {
  const v = os.versionId;
  switch (os.family.toLowerCase()) {
    case 'debian':
      return `Debian:${major(v)}`;
    case 'ubuntu':
      return /^\d*[02468]\.04$/.test(v) ? `Ubuntu:${v}:LTS` : `Ubuntu:${v}`;
    case 'alpine':
      return `Alpine:v${v.split('.').slice(0, 2).join('.')}`;
    case 'almalinux':
      return `AlmaLinux:${major(v)}`;
    case 'rocky':
      return `Rocky Linux:${major(v)}`;
    default:
      return undefined;
  }
}
