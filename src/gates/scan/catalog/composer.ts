import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const INSTALLED = /(^|\/)vendor\/composer\/installed\.json$/;

interface ComposerEntry {
  name?: string;
  version?: string;
  license?: string[];
}

/** Composer's `vendor/composer/installed.json`, v1 (an array) or v2 (`{packages: [...]}`). */
export function parseComposerInstalled(text: string): RawPackage[] {
  const json = JSON.parse(text) as ComposerEntry[] | { packages?: ComposerEntry[] };
  const entries = Array.isArray(json) ? json : (json.packages ?? []);
  return entries
    .filter((e) => e.name && e.version)
    .map((e) => ({
      name: e.name as string,
      version: (e.version as string).replace(/^v(?=\d)/, ''),
      ecosystem: 'composer' as const,
      ...(Array.isArray(e.license) && e.license.length ? { licenses: e.license } : {}),
    }));
}

export const composerCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'composer',
  match: (path) => INSTALLED.test(path),
  parse: (_path, data): FileFacts => ({
    cataloger: 'composer',
    packages: parseComposerInstalled(data.toString('utf8')),
  }),
};
