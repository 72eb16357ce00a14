import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DbMeta, DbSource } from './db.js';
import { VulnDbError } from './errors.js';
import { readNvdPath } from './nvd-read.js';
import type { OsvRecord } from './osv.js';
import { type ReadResult, readOsvZip } from './read.js';
import { writeDb } from './store.js';

/** The osv.dev ecosystems `portcullis db update` fetches by default. */
export const DEFAULT_ECOSYSTEMS = [
  'Debian',
  'Ubuntu',
  'Alpine',
  'AlmaLinux',
  'Rocky Linux',
  'Red Hat',
  'npm',
  'PyPI',
  'Go',
  'Maven',
  'crates.io',
  'RubyGems',
  'Packagist',
] as const;

/** osv.dev's public bucket of per-ecosystem dumps. @see https://google.github.io/osv.dev/data/#data-dumps */
export const OSV_DUMP_BASE = 'https://osv-vulnerabilities.storage.googleapis.com';

/** NVD's CVE JSON 2.0 yearly data feeds. @see https://nvd.nist.gov/vuln/data-feeds */
export const NVD_FEED_BASE = 'https://nvd.nist.gov/feeds/json/cve/2.0';
/** The first year NVD publishes a feed for. */
const NVD_FIRST_YEAR = 2002;

export interface NvdUpdateOptions {
  /** Where `nvdcve-2.0-<year>.json.gz` lives (default NVD's feeds). */
  baseUrl?: string;
  /** Feed years (default 2002 through this year). */
  years?: readonly number[];
}

export interface UpdateOptions {
  dir: string;
  ecosystems?: readonly string[];
  /** Also download NVD's CVE feeds, for opt-in CPE matching. */
  nvd?: NvdUpdateOptions;
  /** Where `<ecosystem>/all.zip` lives; tests point it at a local server. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Attempts per dump for 429 and 5xx answers (default 3). */
  attempts?: number;
  /** Base delay between attempts in ms (doubles each time; default 1000). */
  retryDelayMs?: number;
  now?: Date;
  log?: (message: string) => void;
}

export interface UpdateResult {
  meta: DbMeta;
  /** Records that were not valid OSV, by dump. */
  skipped: { file: string; message: string }[];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function download(url: string, file: string, options: UpdateOptions): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  const attempts = options.attempts ?? 3;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { redirect: 'follow' });
    } catch (error) {
      last = (error as Error).message;
      if (attempt < attempts) await sleep((options.retryDelayMs ?? 1000) * 2 ** (attempt - 1));
      continue;
    }
    if (response.ok && response.body) {
      await pipeline(
        Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
        createWriteStream(file),
      );
      return;
    }
    last = `HTTP ${response.status}`;
    await response.body?.cancel();
    if (response.status !== 429 && response.status < 500) break;
    if (attempt < attempts) await sleep((options.retryDelayMs ?? 1000) * 2 ** (attempt - 1));
  }
  throw new VulnDbError('DB_UPDATE_FAILED', `${url}: ${last}`);
}

/** One file `db update` downloads: an ecosystem's `all.zip` or an NVD yearly feed. */
interface Dump {
  name: string;
  url: string;
  file: string;
  read: (file: string) => Promise<ReadResult>;
}

function nvdFeeds(nvd: NvdUpdateOptions, staging: string, now: Date): Dump[] {
  const base = (nvd.baseUrl ?? NVD_FEED_BASE).replace(/\/+$/, '');
  const lastYear = now.getUTCFullYear();
  const years =
    nvd.years ?? Array.from({ length: lastYear - NVD_FIRST_YEAR + 1 }, (_, i) => NVD_FIRST_YEAR + i);
  return years.map((year) => ({
    name: `NVD ${year}`,
    url: `${base}/nvdcve-2.0-${year}.json.gz`,
    file: join(staging, `nvd-${year}.json.gz`),
    read: (file) => readNvdPath(file),
  }));
}

/**
 * Downloads each ecosystem's `all.zip` (and NVD's feeds when asked), checks every record, and
 * writes a new DB atomically. Any failure leaves the previous DB untouched and throws
 * `DB_UPDATE_FAILED` or `DB_CORRUPT`.
 */
export async function updateDb(options: UpdateOptions): Promise<UpdateResult> {
  const ecosystems = options.ecosystems ?? DEFAULT_ECOSYSTEMS;
  const base = (options.baseUrl ?? OSV_DUMP_BASE).replace(/\/+$/, '');
  const staging = join(options.dir, `.download-${process.pid}-${Date.now()}`);
  const dumps: Dump[] = [
    ...ecosystems.map((ecosystem, i) => ({
      name: ecosystem,
      url: `${base}/${encodeURIComponent(ecosystem)}/all.zip`,
      file: join(staging, `${i}.zip`),
      read: (file: string) => readOsvZip(file),
    })),
    ...(options.nvd ? nvdFeeds(options.nvd, staging, options.now ?? new Date()) : []),
  ];
  await mkdir(staging, { recursive: true });
  try {
    const records: OsvRecord[] = [];
    const sources: DbSource[] = [];
    const skipped: UpdateResult['skipped'] = [];
    for (const dump of dumps) {
      options.log?.(`downloading ${dump.url}`);
      await download(dump.url, dump.file, options);
      const result = await dump.read(dump.file);
      for (const r of result.records) records.push(r.record);
      skipped.push(...result.problems);
      sources.push({
        name: dump.name,
        url: dump.url,
        records: result.records.length,
        skipped: result.problems.length,
      });
      await rm(dump.file, { force: true });
    }
    const meta = writeDb(options.dir, records, sources, options.now);
    return { meta, skipped };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
