import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const PACKAGE_JSON = /(^|\/)package\.json$/;
/** The top-level package.json of an installed package (trivy nodejs/pkg IsPackageRoot). */
const INSTALLED = /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/;
const LOCKFILE = /(^|\/)package-lock\.json$/;

function licenseOf(json: Record<string, unknown>): string[] | undefined {
  const license = json.license;
  if (typeof license === 'string') return [license];
  if (license && typeof license === 'object' && typeof (license as { type?: unknown }).type === 'string') {
    return [(license as { type: string }).type];
  }
  return undefined;
}

/**
 * A `package.json` with a name and a version: every one in the image, as Trivy's image mode reads them
 * (trivy pkg/fanal/analyzer/language/nodejs/pkg), so an application's own package is listed too.
 */
export function parseInstalledPackageJson(text: string): RawPackage[] {
  const json = JSON.parse(text) as Record<string, unknown>;
  if (typeof json.name !== 'string' || typeof json.version !== 'string' || !json.name || !json.version)
    return [];
  const licenses = licenseOf(json);
  return [{ name: json.name, version: json.version, ecosystem: 'npm', ...(licenses ? { licenses } : {}) }];
}

/**
 * Packages from a package-lock.json, v1 (`dependencies`) or v2/v3 (`packages`), skipping the root
 * and linked entries. Used only where no node_modules was installed next to it.
 * See https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
 */
export function parsePackageLock(text: string): RawPackage[] {
  const json = JSON.parse(text) as {
    packages?: Record<string, { version?: string; name?: string; link?: boolean; license?: string }>;
    dependencies?: Record<string, { version?: string; dependencies?: unknown }>;
  };
  const out: RawPackage[] = [];
  if (json.packages) {
    for (const [key, entry] of Object.entries(json.packages)) {
      if (!key || entry.link || !entry.version) continue;
      const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      out.push({
        name,
        version: entry.version,
        ecosystem: 'npm',
        ...(entry.license ? { licenses: [entry.license] } : {}),
      });
    }
    return out;
  }
  const walk = (deps: Record<string, { version?: string; dependencies?: unknown }> | undefined) => {
    for (const [name, entry] of Object.entries(deps ?? {})) {
      if (entry.version && !entry.version.startsWith('file:'))
        out.push({ name, version: entry.version, ecosystem: 'npm' });
      walk(entry.dependencies as typeof deps);
    }
  };
  walk(json.dependencies);
  return out;
}

export const npmCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'npm',
  match: (path) => PACKAGE_JSON.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
  parse(path, data): FileFacts {
    const text = data.toString('utf8');
    if (LOCKFILE.test(path)) return { cataloger: 'npm-lock', packages: parsePackageLock(text) };
    try {
      return { cataloger: 'npm', packages: parseInstalledPackageJson(text) };
    } catch (error) {
      // Packages ship broken package.json files as test fixtures; only an installed package's own must parse.
      if (INSTALLED.test(path)) throw error;
      return { cataloger: 'npm', packages: [] };
    }
  },
};
