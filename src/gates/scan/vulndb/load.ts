import type { AdvisoryDb, DbSource } from './db.js';
import { VulnDbError } from './errors.js';
import type { OsvRecord } from './osv.js';
import { readOsvPath } from './read.js';
import { dbAge, MemoryDb, openDb, readDbMeta } from './store.js';
import { type UpdateOptions, updateDb } from './update.js';

export interface LoadOptions {
  /** `--osv PATH` values: when given, only these are used and the cache is not read. */
  osvPaths?: string[];
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
  if (options.osvPaths?.length) {
    const records: OsvRecord[] = [];
    const sources: DbSource[] = [];
    for (const path of options.osvPaths) {
      const result = await readOsvPath(path);
      if (result.problems.length) {
        const first = result.problems[0]!;
        throw new VulnDbError(
          'OSV_INVALID',
          `${result.problems.length} invalid OSV file(s) under ${path}, first ${first.message}`,
          { file: first.file },
        );
      }
      if (result.records.length === 0)
        throw new VulnDbError('OSV_UNREADABLE', `${path}: no OSV records found`, { file: path });
      for (const r of result.records) records.push(r.record);
      sources.push({ name: path, records: result.records.length, skipped: 0 });
    }
    return { db: new MemoryDb(records, sources), notes };
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
  return { db, notes };
}
