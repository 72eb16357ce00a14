import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const GEMSPEC = /(^|\/)specifications\/[^/]+\.gemspec$/;
const NAME = /^\s*\w+\.name\s*=\s*["']([^"']+)["']/m;
const VERSION = /^\s*\w+\.version\s*=\s*["']([^"']+)["']/m;
const LICENSES = /^\s*\w+\.licenses?\s*=\s*\[?([^\n\]]+)/m;

/**
 * The name and version of an installed gem's specification, as RubyGems writes it
 * (`s.name = "rack".freeze`). Trivy reads gemspecs with the same kind of pattern.
 */
export function parseGemspec(text: string): RawPackage[] {
  const name = NAME.exec(text)?.[1];
  const version = VERSION.exec(text)?.[1];
  if (!name || !version) return [];
  const licenses = [...(LICENSES.exec(text)?.[1] ?? '').matchAll(/["']([^"']+)["']/g)].map(
    (m) => m[1] as string,
  );
  return [{ name, version, ecosystem: 'gem', ...(licenses.length ? { licenses } : {}) }];
}

export const gemCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'gem',
  match: (path) => GEMSPEC.test(path),
  parse: (_path, data): FileFacts => ({ cataloger: 'gem', packages: parseGemspec(data.toString('utf8')) }),
};
