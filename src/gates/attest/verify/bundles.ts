import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorMessage, PortcullisError } from '../../../core/errors.js';

/** One bundle as read from disk; `json` is undefined when the text was not JSON. */
export interface LoadedBundle {
  /** Display name: the path, with `:N` for line N of a JSON Lines file. */
  label: string;
  json?: unknown;
  parseError?: string;
}

const BUNDLE_FILE = /\.(json|jsonl|sigstore)$/i;

function parseFile(text: string, label: string): LoadedBundle[] {
  try {
    return [{ label, json: JSON.parse(text) }];
  } catch (error) {
    const lines = text.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim());
    // JSON Lines, as slsa-verifier's `.intoto.jsonl` files hold one bundle a line.
    if (nonEmpty.length > 1 && nonEmpty.every((l) => l.trim().startsWith('{'))) {
      return lines.flatMap((l, i): LoadedBundle[] => {
        if (!l.trim()) return [];
        try {
          return [{ label: `${label}:${i + 1}`, json: JSON.parse(l) }];
        } catch (lineError) {
          return [{ label: `${label}:${i + 1}`, parseError: errorMessage(lineError) }];
        }
      });
    }
    return [{ label, parseError: `not JSON: ${errorMessage(error)}` }];
  }
}

/**
 * Reads a bundle file, or every `*.json`, `*.jsonl` and `*.sigstore` file of a directory. A
 * missing path is an error; an unreadable bundle is kept so the PA001 rule reports it.
 */
export function loadBundles(path: string, display: string): { bundles: LoadedBundle[]; directory: boolean } {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `bundle not found: ${display}`, { file: display, cause });
  }
  const files = isDir
    ? readdirSync(path)
        .filter((f) => BUNDLE_FILE.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (isDir && !files.length) {
    throw new PortcullisError('PATH_NOT_FOUND', `no bundles (*.json, *.jsonl, *.sigstore) in ${display}`, {
      file: display,
    });
  }
  const bundles = files.flatMap((f) => {
    const label = isDir ? join(display, relative(path, f)).replace(/\\/g, '/') : display;
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (cause) {
      throw new PortcullisError('PATH_UNREADABLE', `cannot read ${label}: ${errorMessage(cause)}`, {
        file: label,
        cause,
      });
    }
    return parseFile(text, label);
  });
  return { bundles, directory: isDir };
}
