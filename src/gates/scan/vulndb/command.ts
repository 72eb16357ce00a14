import { isAbsolute, resolve } from 'node:path';
import { EXIT, type ExitCode, PortcullisError } from '../../../core/errors.js';
import type { DbMeta } from './db.js';
import { VulnDbError } from './errors.js';
import { dbAge, defaultDbDir, openDb, readDbMeta } from './store.js';
import { DEFAULT_ECOSYSTEMS, updateDb } from './update.js';

export interface DbCommandIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function describe(meta: DbMeta, now: Date): string {
  const lines = [
    `built:      ${meta.builtAt} (${Math.round(dbAge(meta, now))}h ago)`,
    `digest:     ${meta.digest}`,
    `advisories: ${meta.records}`,
    ...meta.sources.map(
      (s) => `  ${s.name}: ${s.records}${s.skipped ? ` (${s.skipped} invalid left out)` : ''}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `portcullis db update` downloads osv.dev's per-ecosystem dumps (or a mirror's, with
 * `--mirror`/`PORTCULLIS_OSV_MIRROR`) into the local DB, and with `--nvd` NVD's yearly CVE
 * feeds for opt-in CPE matching (`--nvd-mirror`/`PORTCULLIS_NVD_MIRROR`);
 * `portcullis db status` describes it.
 * Exit 0 on success, 2 for usage errors, 3 when the DB could not be updated or is missing or damaged.
 */
export async function runDbCommand(
  action: string,
  raw: Record<string, unknown>,
  io: DbCommandIo,
): Promise<ExitCode> {
  const dirOption = (raw.dbDir as string | undefined) ?? defaultDbDir(io.env);
  const dir = isAbsolute(dirOption) ? dirOption : resolve(io.cwd, dirOption);
  const now = new Date();
  try {
    if (action === 'update') {
      const ecosystems = (raw.ecosystem as string[] | undefined)?.length
        ? (raw.ecosystem as string[])
        : [...DEFAULT_ECOSYSTEMS];
      const mirror = (raw.mirror as string | undefined) ?? io.env.PORTCULLIS_OSV_MIRROR;
      const nvdMirror = (raw.nvdMirror as string | undefined) ?? io.env.PORTCULLIS_NVD_MIRROR;
      const { meta, skipped } = await updateDb({
        dir,
        ecosystems,
        ...(mirror ? { baseUrl: mirror } : {}),
        ...(raw.nvd ? { nvd: nvdMirror ? { baseUrl: nvdMirror } : {} } : {}),
        log: (m) => io.stderr(`${m}\n`),
      });
      io.stdout(`updated ${dir}\n${describe(meta, now)}`);
      for (const s of skipped.slice(0, 5)) io.stderr(`left out ${s.file}: ${s.message}\n`);
      return EXIT.passed;
    }
    if (action === 'status') {
      if (!readDbMeta(dir))
        throw new VulnDbError('DB_MISSING', `no vulnerability DB in ${dir}: run \`portcullis db update\``);
      const db = await openDb(dir);
      io.stdout(`${dir}\n${describe(db.meta, now)}`);
      db.close();
      return EXIT.passed;
    }
    throw new PortcullisError('USAGE', `unknown db action "${action}" (update or status)`);
  } catch (error) {
    if (error instanceof PortcullisError && error.code === 'USAGE') {
      io.stderr(`portcullis db: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`portcullis db: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.incomplete;
  }
}
