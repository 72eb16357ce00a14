import { PackageURL } from 'packageurl-js';
import type { RawPackage } from './types.js';

const OS_NAMESPACE: Record<string, string> = { deb: 'debian', apk: 'alpine', rpm: 'redhat' };

/** PEP 503 name normalisation, which the purl spec requires for pypi. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function split(path: string, sep: string): [string | undefined, string] {
  const at = path.lastIndexOf(sep);
  return at < 0 ? [undefined, path] : [path.slice(0, at), path.slice(at + 1)];
}

/**
 * The package URL of a package, per the purl spec's type definitions
 * (https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst). OS packages carry the
 * distro (`distro=debian-12`) as Syft and Trivy write it.
 */
export function purlOf(pkg: RawPackage, distro?: { family: string; versionId: string }): string {
  const qualifiers: Record<string, string> = {};
  let namespace: string | undefined;
  let name = pkg.name;
  switch (pkg.ecosystem) {
    case 'deb':
    case 'apk':
    case 'rpm':
      namespace = distro?.family ?? OS_NAMESPACE[pkg.ecosystem];
      if (pkg.arch) qualifiers.arch = pkg.arch;
      if (pkg.epoch) qualifiers.epoch = String(pkg.epoch);
      if (distro) qualifiers.distro = `${distro.family}-${distro.versionId}`;
      break;
    case 'npm':
      if (name.startsWith('@')) [namespace, name] = split(name, '/');
      break;
    case 'pypi':
      name = normalizePythonName(name);
      break;
    case 'golang':
      [namespace, name] = split(name, '/');
      break;
    case 'maven':
      namespace = pkg.group;
      break;
    case 'composer':
      [namespace, name] = split(name, '/');
      break;
    default:
      break;
  }
  return new PackageURL(
    pkg.ecosystem,
    namespace,
    name,
    pkg.version || undefined,
    Object.keys(qualifiers).length ? qualifiers : undefined,
    undefined,
  ).toString();
}
