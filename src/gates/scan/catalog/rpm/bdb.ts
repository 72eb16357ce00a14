import { RpmHeaderError } from './header.js';

const HASH_MAGIC = 0x00061561;
const PAGE_HEADER = 26;
const PAGE_TYPE = { hashUnsorted: 2, overflow: 7, hash: 13 } as const;
const H_OFFPAGE = 3;
const OFFPAGE_ITEM = 12;
const PAGE_SIZES = new Set([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);

/**
 * The header blobs of an rpm Berkeley DB `Packages` file (a BDB hash database; RHEL/CentOS ≤ 8,
 * UBI 8, Amazon Linux 2). Hash pages (type 13, or 2 before BDB 4.6) hold key/data index pairs; each
 * package's data is an off-page item (`H_OFFPAGE`: type, page number, total length) whose bytes lie
 * in a chain of overflow pages (type 7). Either byte order, read-only, every chain bounded.
 * Page layouts: Berkeley DB src/dbinc/db_page.h (https://github.com/berkeleydb/libdb).
 */
export function bdbBlobs(db: Uint8Array): Uint8Array[] {
  if (db.byteLength < 512) throw new RpmHeaderError('rpm Berkeley DB file is shorter than one page');
  const view = new DataView(db.buffer, db.byteOffset, db.byteLength);
  const le = view.getUint32(12, true) === HASH_MAGIC;
  if (!le && view.getUint32(12, false) !== HASH_MAGIC)
    throw new RpmHeaderError('not a Berkeley DB hash database');
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const pageSize = u32(20);
  if (!PAGE_SIZES.has(pageSize)) throw new RpmHeaderError(`unexpected Berkeley DB page size ${pageSize}`);
  if (db[24] !== 0) throw new RpmHeaderError('encrypted Berkeley DB databases are not supported');
  const pages = Math.floor(db.byteLength / pageSize);
  const lastPage = Math.min(u32(32), pages - 1);

  const overflow = (first: number, total: number): Uint8Array => {
    const out = new Uint8Array(total);
    let filled = 0;
    let pgno = first;
    for (let hops = 0; pgno !== 0 && filled < total; hops++) {
      if (pgno > lastPage || hops > pages)
        throw new RpmHeaderError(`broken Berkeley DB overflow chain at page ${pgno}`);
      const at = pgno * pageSize;
      if (db[at + 25] !== PAGE_TYPE.overflow)
        throw new RpmHeaderError(`page ${pgno} is not an overflow page`);
      const length = Math.min(u16(at + 22), pageSize - PAGE_HEADER, total - filled);
      out.set(db.subarray(at + PAGE_HEADER, at + PAGE_HEADER + length), filled);
      filled += length;
      pgno = u32(at + 16);
    }
    if (filled !== total) throw new RpmHeaderError(`Berkeley DB item of ${total} bytes has ${filled}`);
    return out;
  };

  const blobs: Uint8Array[] = [];
  for (let pgno = 1; pgno <= lastPage; pgno++) {
    const at = pgno * pageSize;
    const type = db[at + 25];
    if (type !== PAGE_TYPE.hash && type !== PAGE_TYPE.hashUnsorted) continue;
    const entries = u16(at + 20);
    if (PAGE_HEADER + entries * 2 > pageSize)
      throw new RpmHeaderError(`Berkeley DB page ${pgno} has too many entries`);
    // Entries are key/data pairs; the data of each pair is the odd one.
    for (let i = 1; i < entries; i += 2) {
      const item = at + u16(at + PAGE_HEADER + i * 2);
      if (item + OFFPAGE_ITEM > at + pageSize || db[item] !== H_OFFPAGE) continue;
      blobs.push(overflow(u32(item + 4), u32(item + 8)));
    }
  }
  return blobs;
}
