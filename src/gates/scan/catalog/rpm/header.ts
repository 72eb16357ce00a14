/**
 * Decodes an rpm header blob as stored in rpmdb (the `blob` column of rpmdb.sqlite):
 * big-endian index count `il` and data length `dl`, `il` 16-byte entries {tag, type, offset, count},
 * then `dl` bytes of data. Tag numbers from rpm's lib/rpmtag.h.
 * See https://rpm-software-management.github.io/rpm/manual/format_v4.html (header structure).
 */

export const TAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  VENDOR: 1011,
  LICENSE: 1014,
  ARCH: 1022,
  SOURCERPM: 1044,
  DIRINDEXES: 1116,
  BASENAMES: 1117,
  DIRNAMES: 1118,
} as const;

const TYPE = { INT32: 4, STRING: 6, STRING_ARRAY: 8, I18NSTRING: 9 } as const;
const MAX_ENTRIES = 0x10000;
const MAX_DATA = 256 * 1024 * 1024;

export type HeaderValue = string | string[] | number[];

export class RpmHeaderError extends Error {}

/** The entries of one header blob, by tag; only the string and int32 types we use are decoded. */
export function decodeHeaderBlob(blob: Uint8Array): Map<number, HeaderValue> {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.byteLength < 8) throw new RpmHeaderError('rpm header blob shorter than 8 bytes');
  const il = view.getInt32(0);
  const dl = view.getInt32(4);
  if (il < 1 || il > MAX_ENTRIES || dl < 0 || dl > MAX_DATA) {
    throw new RpmHeaderError(`rpm header blob with ${il} entries and ${dl} data bytes is out of bounds`);
  }
  const dataStart = 8 + il * 16;
  if (dataStart + dl > blob.byteLength) throw new RpmHeaderError('rpm header blob is truncated');
  const data = blob.subarray(dataStart, dataStart + dl);
  const readString = (offset: number): [string, number] => {
    const end = data.indexOf(0, offset);
    if (end < 0) throw new RpmHeaderError('unterminated string in rpm header');
    return [Buffer.from(data.subarray(offset, end)).toString('utf8'), end + 1];
  };
  const entries = new Map<number, HeaderValue>();
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = view.getInt32(at);
    const type = view.getUint32(at + 4);
    const offset = view.getInt32(at + 8);
    const count = view.getUint32(at + 12);
    if (offset < 0 || offset > dl) throw new RpmHeaderError(`rpm header tag ${tag} points outside the data`);
    if (type === TYPE.STRING) {
      entries.set(tag, readString(offset)[0]);
    } else if (type === TYPE.STRING_ARRAY || type === TYPE.I18NSTRING) {
      const values: string[] = [];
      let pos = offset;
      for (let n = 0; n < count && n < MAX_DATA; n++) {
        const [value, next] = readString(pos);
        values.push(value);
        pos = next;
      }
      entries.set(tag, type === TYPE.I18NSTRING ? (values[0] ?? '') : values);
    } else if (type === TYPE.INT32) {
      if (offset + count * 4 > dl) throw new RpmHeaderError(`rpm header tag ${tag} overruns the data`);
      const values: number[] = [];
      const base = dataStart + offset;
      for (let n = 0; n < count; n++) values.push(view.getInt32(base + n * 4));
      entries.set(tag, values);
    }
  }
  return entries;
}

/** `name-version-release.src.rpm` → name and `version-release` (trivy pkg/fanal/analyzer/pkg/rpm/rpm.go splitFileName). */
export function splitSourceRpm(file: string): { name: string; version: string } | undefined {
  const base = file.replace(/\.rpm$/, '').replace(/\.[^.]+$/, '');
  const rel = base.lastIndexOf('-');
  if (rel <= 0) return undefined;
  const ver = base.lastIndexOf('-', rel - 1);
  if (ver <= 0) return undefined;
  return { name: base.slice(0, ver), version: base.slice(ver + 1) };
}
