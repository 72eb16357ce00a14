import type { BufferCataloger, FileFacts } from './types.js';

/** The release files read for OS detection, in order of preference. */
export const RELEASE_FILES = [
  'etc/os-release',
  'usr/lib/os-release',
  'etc/alpine-release',
  'etc/debian_version',
] as const;

/**
 * Parses os-release(5): `KEY=value` lines, values optionally quoted.
 * See https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\(["\\$`])/g, '$1');
    }
    fields[line.slice(0, eq).trim()] = value;
  }
  return fields;
}

function releaseFacts(path: string, text: string): FileFacts {
  if (path.endsWith('alpine-release')) {
    return { cataloger: 'os-release', release: { ID: 'alpine', VERSION_ID: text.trim() } };
  }
  if (path.endsWith('debian_version')) {
    return { cataloger: 'os-release', release: { ID: 'debian', VERSION_ID: text.trim() } };
  }
  return { cataloger: 'os-release', release: parseOsRelease(text) };
}

export const osReleaseCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'os-release',
  match: (path) => (RELEASE_FILES as readonly string[]).includes(path),
  parse: (path, data) => releaseFacts(path, data.toString('utf8')),
};
