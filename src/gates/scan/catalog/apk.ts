import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const INSTALLED = /(^|\/)lib\/apk\/db\/installed$/;

/**
 * Packages from an apk database: `P:` name, `V:` version, `o:` origin (the source package),
 * `A:` arch, `L:` license, `F:` directory and `R:` file lines give the files it owns.
 * See https://wiki.alpinelinux.org/wiki/Apk_spec#Installed_Database_V2
 */
export function parseApkInstalled(text: string): { packages: RawPackage[]; ownedFiles: string[] } {
  const packages: RawPackage[] = [];
  const ownedFiles: string[] = [];
  let fields: Record<string, string> = {};
  let dir = '';
  const flush = () => {
    if (fields.P && fields.V) {
      packages.push({
        name: fields.P,
        version: fields.V,
        ecosystem: 'apk',
        sourceName: fields.o || fields.P,
        sourceVersion: fields.V,
        ...(fields.A ? { arch: fields.A } : {}),
        ...(fields.L ? { licenses: [fields.L] } : {}),
      });
    }
    fields = {};
    dir = '';
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line[1] !== ':') continue;
    const key = line[0] as string;
    const value = line.slice(2);
    if (key === 'F') dir = value;
    else if (key === 'R') ownedFiles.push(dir ? `${dir}/${value}` : value);
    else if (!(key in fields)) fields[key] = value;
  }
  flush();
  return { packages, ownedFiles };
}

export const apkCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'apk',
  match: (path) => INSTALLED.test(path),
  parse(_path, data): FileFacts {
    return { cataloger: 'apk', ...parseApkInstalled(data.toString('utf8')) };
  },
};
