import type { FileFacts, StreamCataloger } from '../catalog/types.js';
import { isAllowedPath } from './allow.js';
import { SENSITIVE_FILE_RULES } from './rules/index.js';
import { looksBinary, MAX_SECRET_FILE_BYTES, type SecretScanOptions, scanSecrets } from './scan.js';
import type { SecretHit } from './types.js';

/** The facts a layer records for a file with secrets in it. */
export interface SecretFacts extends FileFacts {
  cataloger: 'secrets';
  secrets: SecretHit[];
}

export function isSecretFacts(facts: FileFacts | undefined): facts is SecretFacts {
  return facts?.cataloger === 'secrets' && Array.isArray((facts as SecretFacts).secrets);
}

const REGULAR_FILE_MIN = 10;

/**
 * A stream cataloger for the layer walk: it reads every regular text file not on the allow-list,
 * up to 10 MB, and records the (masked) secrets found. Binary files stop being buffered at the
 * first chunk. Pass it to the walk as an extra cataloger (`extraCatalogers`), so it also sees the
 * files a package cataloger reads; `secretsFromLayers` then turns its facts into image secrets.
 */
export function secretCataloger(options: SecretScanOptions = {}): StreamCataloger {
  // The walk calls `open` right after a `match` that returned true, for the same file; `open` has
  // no path argument, so the path is carried from `match`.
  let matchedPath = '';
  return {
    kind: 'stream',
    name: 'secrets',
    match(path, _mode, size) {
      const wanted =
        SENSITIVE_FILE_RULES.some((r) => r.path.test(path)) ||
        (size >= REGULAR_FILE_MIN &&
          size <= MAX_SECRET_FILE_BYTES &&
          !isAllowedPath(path, options.allowPaths));
      if (wanted) matchedPath = path;
      return wanted;
    },
    open() {
      const path = matchedPath;
      const chunks: Buffer[] = [];
      let binary: boolean | undefined;
      return {
        push(chunk: Buffer) {
          binary ??= looksBinary(chunk);
          if (!binary) chunks.push(chunk);
        },
        finish(): FileFacts | undefined {
          return secretFacts(path, binary ? Buffer.alloc(0) : Buffer.concat(chunks), options);
        },
      };
    },
  };
}

/**
 * Scans one file's bytes as the cataloger would, for callers that already hold the content
 * (tests, and sources that hand files over whole).
 */
export function secretFacts(
  path: string,
  data: Buffer,
  options: SecretScanOptions = {},
): SecretFacts | undefined {
  const secrets = scanSecrets(path, data, options);
  return secrets.length ? { cataloger: 'secrets', secrets } : undefined;
}
