import { createRequire } from 'node:module';
import type { BufferCataloger, FileFacts, RawPackage } from '../types.js';
import { bdbBlobs } from './bdb.js';
import { decodeHeaderBlob, type HeaderValue, splitSourceRpm, TAG } from './header.js';
import { ndbBlobs } from './ndb.js';

const RPM_DIRS = '(var/lib/rpm|usr/lib/sysimage/rpm|usr/share/rpm)';
const SQLITE = new RegExp(`(^|/)${RPM_DIRS}/rpmdb\\.sqlite$`);
/** Berkeley DB's hash database magic number (db_page.h). */
const HASH_MAGIC = 0x00061561;
const BDB = new RegExp(`(^|/)${RPM_DIRS}/Packages$`);
const NDB = new RegExp(`(^|/)${RPM_DIRS}/Packages\\.db$`);

type SqlJs = Awaited<ReturnType<typeof import('sql.js')['default']>>;
let sqlJs: Promise<SqlJs> | undefined;

/** sql.js (SQLite in WebAssembly): Node 20 has no built-in SQLite, and no native build is needed. */
function loadSqlJs(): Promise<SqlJs> {
  sqlJs ??= (async () => {
    const init = (await import('sql.js')).default;
    const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    return init({ locateFile: () => wasm });
  })();
  return sqlJs;
}

const str = (v: HeaderValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** One package (and the files it owns) from a decoded header. `gpg-pubkey` pseudo packages are skipped. */
export function packageFromHeader(blob: Uint8Array): { pkg?: RawPackage; files: string[] } {
  const h = decodeHeaderBlob(blob);
  const name = str(h.get(TAG.NAME));
  const version = str(h.get(TAG.VERSION));
  const release = str(h.get(TAG.RELEASE));
  if (!name || !version || name === 'gpg-pubkey') return { files: [] };
  const epochValue = h.get(TAG.EPOCH);
  const epoch = Array.isArray(epochValue) && typeof epochValue[0] === 'number' ? epochValue[0] : 0;
  const sourceRpm = str(h.get(TAG.SOURCERPM));
  const source = sourceRpm ? splitSourceRpm(sourceRpm) : undefined;
  const license = str(h.get(TAG.LICENSE));
  const vendor = str(h.get(TAG.VENDOR));
  const arch = str(h.get(TAG.ARCH));
  const full = release ? `${version}-${release}` : version;
  const pkg: RawPackage = {
    name,
    version: full,
    ecosystem: 'rpm',
    epoch,
    ...(release ? { release } : {}),
    sourceName: source?.name ?? name,
    sourceVersion: source?.version ?? full,
    ...(arch ? { arch } : {}),
    ...(license ? { licenses: [license] } : {}),
    ...(vendor ? { vendor } : {}),
  };
  const dirs = h.get(TAG.DIRNAMES);
  const bases = h.get(TAG.BASENAMES);
  const indexes = h.get(TAG.DIRINDEXES);
  const files: string[] = [];
  if (Array.isArray(dirs) && Array.isArray(bases) && Array.isArray(indexes)) {
    bases.forEach((base, i) => {
      const dir = dirs[indexes[i] as number];
      if (typeof dir === 'string') files.push(`${dir}${base}`.replace(/^\/+/, ''));
    });
  }
  return { pkg, files };
}

/**
 * Packages from an rpm SQLite database (`SELECT blob FROM Packages`, as go-rpmdb does).
 */
export async function parseRpmSqlite(data: Uint8Array): Promise<FileFacts> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(data);
  try {
    const packages: RawPackage[] = [];
    const ownedFiles: string[] = [];
    const statement = db.prepare('SELECT blob FROM Packages');
    while (statement.step()) {
      const blob = statement.get()[0];
      if (!(blob instanceof Uint8Array)) continue;
      const { pkg, files } = packageFromHeader(blob);
      if (pkg) packages.push(pkg);
      for (const f of files) ownedFiles.push(f);
    }
    statement.free();
    return { cataloger: 'rpm', packages, ownedFiles };
  } finally {
    db.close();
  }
}

function factsOf(blobs: Iterable<Uint8Array>): FileFacts {
  const packages: RawPackage[] = [];
  const ownedFiles: string[] = [];
  for (const blob of blobs) {
    const { pkg, files } = packageFromHeader(blob);
    if (pkg) packages.push(pkg);
    for (const f of files) ownedFiles.push(f);
  }
  return { cataloger: 'rpm', packages, ownedFiles };
}

/** Packages from an rpm NDB database (`Packages.db`, SUSE since 15 SP3). */
export function parseRpmNdb(data: Uint8Array): FileFacts {
  return factsOf(ndbBlobs(data));
}

/** Packages from an rpm Berkeley DB database (`Packages`, RHEL/CentOS ≤ 8, Amazon Linux 2). */
export function parseRpmBdb(data: Uint8Array): FileFacts {
  return factsOf(bdbBlobs(data));
}

export const rpmCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'rpm',
  match: (path) => SQLITE.test(path) || BDB.test(path) || NDB.test(path),
  parse(path, data) {
    if (BDB.test(path)) {
      const head = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const hash =
        data.byteLength >= 16 && [head.getUint32(12, true), head.getUint32(12, false)].includes(HASH_MAGIC);
      if (!hash)
        return {
          cataloger: 'rpm',
          unsupported: 'unsupported rpm database format: not a Berkeley DB hash file',
        };
      return parseRpmBdb(data);
    }
    if (NDB.test(path)) return parseRpmNdb(data);
    return parseRpmSqlite(data);
  },
};
