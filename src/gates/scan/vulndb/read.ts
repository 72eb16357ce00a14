import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { VulnDbError } from './errors.js';
import { type OsvRecord, parseOsvText } from './osv.js';

/** A record and the file (or zip entry) it came from. */
export interface SourcedRecord {
  record: OsvRecord;
  file: string;
}

/** A file that was skipped because it is not a valid OSV record. */
export interface ReadProblem {
  file: string;
  message: string;
}

export interface ReadResult {
  records: SourcedRecord[];
  problems: ReadProblem[];
}

const OSV_FILE = /\.(json|ya?ml)$/i;
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

function collect(result: ReadResult, text: string, file: string): void {
  try {
    result.records.push({ record: parseOsvText(text, file), file });
  } catch (error) {
    result.problems.push({ file, message: (error as Error).message });
  }
}

/**
 * Reads every OSV record in an osv.dev `all.zip` dump (one `<ID>.json` per entry), an entry
 * at a time. A damaged or truncated archive throws `DB_CORRUPT`; a bad entry is a problem.
 * @see https://google.github.io/osv.dev/data/#data-dumps
 */
export function readOsvZip(
  path: string,
  result: ReadResult = { records: [], problems: [] },
): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void =>
      reject(
        new VulnDbError('DB_CORRUPT', `${path}: not a readable zip archive (${(error as Error).message})`, {
          file: path,
          cause: error,
        }),
      );
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: true, strictFileNames: false, validateEntrySizes: true },
      (openError, zip) => {
        if (openError || !zip) return fail(openError);
        zip.on('error', fail);
        zip.on('end', () => resolve(result));
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = entry.fileName;
          if (name.endsWith('/') || !OSV_FILE.test(name)) return zip.readEntry();
          const where = `${path}!${name}`;
          if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
            result.problems.push({
              file: where,
              message: `entry of ${entry.uncompressedSize} bytes is too large`,
            });
            return zip.readEntry();
          }
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return fail(streamError);
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('error', fail);
            stream.on('end', () => {
              collect(result, Buffer.concat(chunks).toString('utf8'), where);
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}

async function readDirectory(
  dir: string,
  accept: (name: string) => boolean,
  readOne: (file: string) => Promise<void>,
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await readDirectory(full, accept, readOne);
    else if (entry.isFile() && accept(entry.name)) await readOne(full);
  }
}

/**
 * Reads `path` with `readOne`, or every file under it that `accept`s, in name order when it
 * is a directory (dot-files skipped). A path that cannot be read is `OSV_UNREADABLE`.
 */
export async function readTree(
  path: string,
  accept: (name: string) => boolean,
  readOne: (file: string) => Promise<void>,
): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new VulnDbError(
      'OSV_UNREADABLE',
      `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file: path, cause: error },
    );
  }
  if (isDirectory) await readDirectory(path, accept, readOne);
  else await readOne(path);
}

/**
 * Reads OSV records from a file (`.json`, `.yaml`, `.yml`), an osv.dev `all.zip`, or a
 * directory of either, such as a clone of pypa/advisory-database or AlmaLinux/osv-database.
 */
export async function readOsvPath(
  path: string,
  result: ReadResult = { records: [], problems: [] },
): Promise<ReadResult> {
  await readTree(
    path,
    (name) => OSV_FILE.test(name) || name.endsWith('.zip'),
    async (file) => {
      if (file.endsWith('.zip')) await readOsvZip(file, result);
      else collect(result, await readFile(file, 'utf8'), file);
    },
  );
  return result;
}
