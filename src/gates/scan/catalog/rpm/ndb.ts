import { RpmHeaderError } from './header.js';

const HEADER_MAGIC = 0x506d7052; // 'RpmP' little-endian
const SLOT_MAGIC = 0x746f6c53; // 'Slot'
const BLOB_MAGIC = 0x53626c42; // 'BlbS'
const SLOT_SIZE = 16;
const SLOTS_PER_PAGE = 4096 / SLOT_SIZE;
const BLOCK_SIZE = 16;
/** rpm itself caps the slot pages; 2048 pages is half a million packages. */
const MAX_SLOT_PAGES = 2048;

/**
 * The header blobs of an rpm NDB database (`Packages.db`, SUSE): a 32-byte little-endian header
 * (magic `RpmP`, version 0, generation, slot page count), 4 KiB pages of 16-byte slots (magic `Slot`,
 * package index, block offset, block count), and per package a blob header (magic `BlbS`, package index,
 * checksum, length) at `blockOffset × 16`, followed by the header blob.
 * Format: rpm lib/backend/ndb/rpmpkg.c (https://github.com/rpm-software-management/rpm).
 */
export function ndbBlobs(db: Uint8Array): Uint8Array[] {
  const view = new DataView(db.buffer, db.byteOffset, db.byteLength);
  if (db.byteLength < 32 || view.getUint32(0, true) !== HEADER_MAGIC || view.getUint32(4, true) !== 0) {
    throw new RpmHeaderError('not an rpm NDB database (bad header magic or version)');
  }
  const pages = view.getUint32(12, true);
  if (pages === 0 || pages > MAX_SLOT_PAGES || pages * 4096 > db.byteLength) {
    throw new RpmHeaderError(`rpm NDB database with ${pages} slot pages is out of bounds`);
  }
  const blobs: Uint8Array[] = [];
  // The first two slots of the first page hold the database header.
  for (let i = 2; i < pages * SLOTS_PER_PAGE; i++) {
    const at = i * SLOT_SIZE;
    if (view.getUint32(at, true) !== SLOT_MAGIC)
      throw new RpmHeaderError(`bad rpm NDB slot magic at slot ${i}`);
    const pkgIndex = view.getUint32(at + 4, true);
    if (pkgIndex === 0) continue;
    const blob = view.getUint32(at + 8, true) * BLOCK_SIZE;
    if (blob + 16 > db.byteLength)
      throw new RpmHeaderError(`rpm NDB package ${pkgIndex} points outside the file`);
    if (view.getUint32(blob, true) !== BLOB_MAGIC || view.getUint32(blob + 4, true) !== pkgIndex) {
      throw new RpmHeaderError(`rpm NDB package ${pkgIndex} has no blob where its slot points`);
    }
    const length = view.getUint32(blob + 12, true);
    if (blob + 16 + length > db.byteLength)
      throw new RpmHeaderError(`rpm NDB package ${pkgIndex} is truncated`);
    blobs.push(db.subarray(blob + 16, blob + 16 + length));
  }
  return blobs;
}
