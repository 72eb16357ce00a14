import { type AdvisoryDb, combineDbs, type DbSource } from './db.js';
import { VulnDbError } from './errors.js';
import { readNvdPath } from './nvd-read.js';
import type { OsvRecord } from './osv.js';
import { type ReadResult, readOsvPath } from './read.js';
import { dbAge, MemoryDb, openDb, readDbMeta } from './store.js';
import { type UpdateOptions, updateDb } from './update.js';

export interface LoadOptions {
  /** `--osv PATH` values: when given, only these are used and the cache is not read. */
  osvPaths?: string[];
  /** `--nvd PATH` values: NVD CVE data for opt-in CPE matching, read next to the OSV data. */
  nvdPaths?: string[];
  dbDir: string;
  /** Refresh the cached DB first (the action does this once a day). */
  update?: Omit<UpdateOptions, 'dir'>;
  /** `max-db-age` in hours; a DB older than this stops the scan. */
  maxAgeHours?: number;
  now?: Date;
}

export interface LoadedDb {
  db: AdvisoryDb;
  /** What the report should say about the data, e.g. a failed refresh that fell back to the cache. */
  notes: string[];
}

function hours(h: number): string {
  return h < 48 ? `${Math.round(h)}h` : `${Math.round(h / 24)}d`;
}

/**
 * Opens the vulnerability data for a scan: `--osv` paths in memory, or the cached DB, refreshed
 * first when asked. A refresh that fails (429, 5xx, offline) falls back to the cached DB while
 * it is younger than `max-db-age`, and says so; no usable data is always an error, never "0".
 */
export async function loadAdvisories(options: LoadOptions): Promise<LoadedDb> {
  const now = options.now ?? new Date();
  const notes: string[] = [];
  const nvd = options.nvdPaths?.length ? await readAll(options.nvdPaths, readNvdPath, 'NVD') : undefined;
  if (options.osvPaths?.length) {
    const osv = await readAll(options.osvPaths, readOsvPath, 'OSV');
    return {
      db: new MemoryDb([...osv.records, ...(nvd?.records ?? [])], [...osv.sources, ...(nvd?.sources ?? [])]),
      notes,
    };
  }
  if (options.update) {
    try {
      const { meta, skipped } = await updateDb({ ...options.update, dir: options.dbDir, now });
      notes.push(`vulnerability DB updated: ${meta.records} advisories, ${meta.digest}`);
      if (skipped.length) notes.push(`${skipped.length} invalid OSV record(s) in the dumps were left out`);
    } catch (error) {
      const meta = readDbMeta(options.dbDir);
      const age = meta ? dbAge(meta, now) : undefined;
      if (meta === undefined || age === undefined) throw error;
      if (options.maxAgeHours !== undefined && age > options.maxAgeHours)
        throw new VulnDbError(
          'DB_TOO_OLD',
          `DB refresh failed (${(error as Error).message}) and the cached DB is ${hours(age)} old, over max-db-age ${hours(options.maxAgeHours)}`,
        );
      notes.push(
        `DB refresh failed (${(error as Error).message}); using the cached DB built ${meta.builtAt} (${hours(age)} old)`,
      );
    }
  }
  const db = await openDb(options.dbDir);
  const age = dbAge(db.meta, now);
  if (options.maxAgeHours !== undefined && age > options.maxAgeHours) {
    db.close();
    throw new VulnDbError(
      'DB_TOO_OLD',
      `the vulnerability DB was built ${db.meta.builtAt}, ${hours(age)} ago, over max-db-age ${hours(options.maxAgeHours)}: run \`portcullis db update\``,
    );
  }
  return { db: nvd ? combineDbs(db, new MemoryDb(nvd.records, nvd.sources)) : db, notes };
}

/** Reads every path given on the command line; one invalid file stops the scan (exit 3). */
async function readAll(
  paths: readonly string[],
  read: (path: string) => Promise<ReadResult>,
  kind: string,
): Promise<{ records: OsvRecord[]; sources: DbSource[] }> {
  const records: OsvRecord[] = [];
  const sources: DbSource[] = [];
  for (const path of paths) {
    const result = await read(path);
    if (result.problems.length) {
      const first = result.problems[0]!;
      throw new VulnDbError(
        'OSV_INVALID',
        `${result.problems.length} invalid ${kind} record(s) under ${path}, first ${first.message}`,
        { file: first.file },
      );
    }
    if (result.records.length === 0)
      throw new VulnDbError('OSV_UNREADABLE', `${path}: no ${kind} records found`, { file: path });
    for (const r of result.records) records.push(r.record);
    sources.push({ name: path, records: result.records.length, skipped: 0 });
  }
  return { records, sources };
}
