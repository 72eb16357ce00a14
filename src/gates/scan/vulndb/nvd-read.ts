import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { VulnDbError } from './errors.js';
import { nvdCveToOsv } from './nvd.js';
import { type ReadResult, readTree } from './read.js';

const NVD_FILE = /\.json(\.gz)?$/i;
/** Bounds the work a gzip bomb can cause; the largest yearly feed inflates to well under this. */
const MAX_INFLATED_BYTES = 4 * 1024 ** 3;

function inflateLimit(file: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > MAX_INFLATED_BYTES)
        done(new Error(`${file}: inflates to over ${MAX_INFLATED_BYTES} bytes`));
      else done(null, chunk);
    },
  });
}

/**
 * Streams one NVD JSON file, gzipped or not: a CVE API 2.0 response or 2.0 data feed
 * (`{"vulnerabilities": [{"cve": …}]}`) or a single `{"cve": …}` record. Each CVE is
 * converted as it arrives, so a whole yearly feed never sits in memory.
 * @see https://nvd.nist.gov/vuln/data-feeds
 */
async function readNvdFile(file: string, result: ReadResult): Promise<void> {
  let found = 0;
  const collect = new Transform({
    objectMode: true,
    transform(item: { value: unknown }, _encoding, done) {
      const value = item.value as Record<string, unknown> | null;
      const cve = value && typeof value === 'object' && 'cve' in value ? value.cve : value;
      found++;
      try {
        result.records.push({ record: nvdCveToOsv(cve, file), file });
      } catch (error) {
        result.problems.push({ file, message: (error as Error).message });
      }
      done();
    },
  });
  const gz = file.toLowerCase().endsWith('.gz');
  try {
    await pipeline([
      createReadStream(file),
      ...(gz ? [createGunzip(), inflateLimit(file)] : []),
      parser.asStream(),
      pick.asStream({ filter: /^(vulnerabilities\.\d+\.cve|cve)$/ }),
      streamValues.asStream(),
      collect,
    ]);
  } catch (error) {
    throw new VulnDbError('DB_CORRUPT', `${file}: not readable NVD JSON (${(error as Error).message})`, {
      file,
      cause: error,
    });
  }
  if (found === 0)
    throw new VulnDbError(
      'OSV_INVALID',
      `${file}: no CVE records found; expected NVD CVE API 2.0 JSON ({"vulnerabilities": [{"cve": …}]})`,
      { file },
    );
}

/**
 * Reads NVD CVE data for opt-in CPE matching from a file (`.json`, `.json.gz`) or a directory
 * of them, such as the yearly `nvdcve-2.0-<year>.json.gz` feeds or saved API responses.
 */
export async function readNvdPath(
  path: string,
  result: ReadResult = { records: [], problems: [] },
): Promise<ReadResult> {
  await readTree(
    path,
    (name) => NVD_FILE.test(name),
    (file) => readNvdFile(file, result),
  );
  return result;
}
