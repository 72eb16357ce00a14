import { parseMetadataHeaders } from './rfc822.js';
import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const METADATA = /(^|\/)[^/]+\.dist-info\/METADATA$/;
const PKG_INFO = /(^|\/)[^/]+\.egg-info(\/PKG-INFO)?$/;

/**
 * A Python distribution's core metadata (`Name`, `Version`, `License`).
 * See https://packaging.python.org/en/latest/specifications/core-metadata/
 */
export function parsePythonMetadata(text: string): RawPackage[] {
  const fields = parseMetadataHeaders(text);
  const name = fields.name?.[0];
  const version = fields.version?.[0];
  if (!name || !version) return [];
  const expression = fields['license-expression']?.[0] ?? fields.license?.[0];
  const licenses =
    expression && expression !== 'UNKNOWN' && !expression.includes('\n') ? [expression] : undefined;
  return [{ name, version, ecosystem: 'pypi', ...(licenses ? { licenses } : {}) }];
}

export const pythonCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'python',
  match: (path) => METADATA.test(path) || PKG_INFO.test(path),
  parse(_path, data): FileFacts {
    return { cataloger: 'python', packages: parsePythonMetadata(data.toString('utf8')) };
  },
};
