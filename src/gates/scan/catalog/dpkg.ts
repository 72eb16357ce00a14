import { parseStanzas } from './rfc822.js';
import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const STATUS = /(^|\/)var\/lib\/dpkg\/status$/;
const STATUS_D = /(^|\/)var\/lib\/dpkg\/status\.d\/[^/]+$/;
const INFO_LIST = /(^|\/)var\/lib\/dpkg\/info\/[^/]+\.list$/;
const SOURCE = /^(\S+)(?:\s+\((\S+)\))?$/;

/** Trivy drops stanzas whose Status names `deinstall` or `purge` (trivy pkg/fanal/analyzer/pkg/dpkg/dpkg.go). */
function installed(status: string | undefined): boolean {
  if (status === undefined) return true;
  const words = status.split(/\s+/);
  return !words.includes('deinstall') && !words.includes('purge') && !words.includes('not-installed');
}

/**
 * Packages from a dpkg status file (or one distroless `status.d/` stanza file), keeping the
 * source package and its version: `Source: name (version)`.
 * See https://www.debian.org/doc/debian-policy/ch-controlfields.html#source
 */
export function parseDpkgStatus(text: string): RawPackage[] {
  const packages: RawPackage[] = [];
  for (const stanza of parseStanzas(text)) {
    const name = stanza.Package;
    const version = stanza.Version;
    if (!name || !version || !installed(stanza.Status)) continue;
    const source = SOURCE.exec(stanza.Source ?? '');
    packages.push({
      name,
      version,
      ecosystem: 'deb',
      sourceName: source?.[1] ?? name,
      sourceVersion: source?.[2] ?? version,
      ...(stanza.Architecture ? { arch: stanza.Architecture } : {}),
    });
  }
  return packages;
}

/** File paths from a dpkg `info/*.list` or `*.md5sums` file, without the leading slash. */
export function parseOwnedFiles(text: string, md5sums: boolean): string[] {
  const files: string[] = [];
  for (const line of text.split('\n')) {
    const path = md5sums ? line.replace(/^[0-9a-f]+\s+/, '') : line;
    const clean = path.trim().replace(/^\/+/, '');
    if (clean && clean !== '.') files.push(clean);
  }
  return files;
}

export const dpkgCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'dpkg',
  match: (path) => STATUS.test(path) || STATUS_D.test(path) || INFO_LIST.test(path),
  parse(path, data): FileFacts {
    const text = data.toString('utf8');
    if (INFO_LIST.test(path)) return { cataloger: 'dpkg', ownedFiles: parseOwnedFiles(text, false) };
    if (STATUS_D.test(path) && path.endsWith('.md5sums')) {
      return { cataloger: 'dpkg', ownedFiles: parseOwnedFiles(text, true) };
    }
    return { cataloger: 'dpkg', packages: parseDpkgStatus(text) };
  },
};
