import { inflateSync } from 'node:zlib';
import type { FileFacts, RawPackage, StreamCataloger, StreamScanner } from './types.js';

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const SECTION = '.dep-v0';
/** Release Rust binaries are rarely larger; bigger executables are not held in memory for this. */
const MAX_BINARY = 16 * 1024 * 1024;
const MAX_JSON = 8 * 1024 * 1024;
const MIN_SIZE = 4096;

interface Section {
  name: number;
  offset: number;
  size: number;
}

/** The section headers of an ELF file (32/64-bit, either byte order). See the System V gABI, chapter 4. */
function sections(elf: Buffer): { sections: Section[]; names?: Section } | undefined {
  if (elf.length < 64 || !elf.subarray(0, 4).equals(ELF_MAGIC)) return undefined;
  const is64 = elf[4] === 2;
  const le = elf[5] === 1;
  const u16 = (o: number) => (le ? elf.readUInt16LE(o) : elf.readUInt16BE(o));
  const u32 = (o: number) => (le ? elf.readUInt32LE(o) : elf.readUInt32BE(o));
  const word = (o: number) => (is64 ? Number(le ? elf.readBigUInt64LE(o) : elf.readBigUInt64BE(o)) : u32(o));
  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  const shnum = u16(is64 ? 0x3c : 0x30);
  const shstrndx = u16(is64 ? 0x3e : 0x32);
  if (!shoff || shoff + shnum * shentsize > elf.length || shentsize < (is64 ? 64 : 40)) return undefined;
  const list: Section[] = [];
  for (let i = 0; i < shnum; i++) {
    const at = shoff + i * shentsize;
    list.push({
      name: u32(at),
      offset: word(at + (is64 ? 0x18 : 0x10)),
      size: word(at + (is64 ? 0x20 : 0x14)),
    });
  }
  const names = list[shstrndx];
  return names ? { sections: list, names } : { sections: list };
}

interface AuditPackage {
  name?: string;
  version?: string;
  source?: string;
  kind?: string;
}

/**
 * Crates from a cargo-auditable binary: the `.dep-v0` ELF section holds zlib-compressed JSON
 * `{"packages":[{name, version, source, kind, dependencies, root}]}`. Build-time dependencies
 * are left out, as Trivy does (go-rustaudit). See https://github.com/rust-secure-code/cargo-auditable
 * (PARSING.md).
 */
export function parseCargoAuditable(elf: Buffer): RawPackage[] | undefined {
  const found = sections(elf);
  if (!found?.names) return undefined;
  const { names } = found;
  const nameOf = (s: Section) => {
    const start = names.offset + s.name;
    const end = elf.indexOf(0, start);
    return end < 0 || end > names.offset + names.size ? '' : elf.subarray(start, end).toString('latin1');
  };
  const dep = found.sections.find((s) => nameOf(s) === SECTION);
  if (!dep || dep.offset + dep.size > elf.length) return undefined;
  const json = inflateSync(elf.subarray(dep.offset, dep.offset + dep.size), { maxOutputLength: MAX_JSON });
  const doc = JSON.parse(json.toString('utf8')) as { packages?: AuditPackage[] };
  return (doc.packages ?? [])
    .filter((p) => p.name && p.version && p.kind !== 'build')
    .map((p) => ({ name: p.name as string, version: p.version as string, ecosystem: 'cargo' as const }));
}

class AuditableScanner implements StreamScanner {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private dropped = false;
  private named = false;
  private tail = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (this.dropped) return;
    if (this.bytes === 0 && chunk.length >= 4 && !chunk.subarray(0, 4).equals(ELF_MAGIC)) {
      this.dropped = true;
      return;
    }
    this.bytes += chunk.length;
    if (this.bytes > MAX_BINARY) {
      this.dropped = true;
      this.chunks = [];
      return;
    }
    this.chunks.push(chunk);
    if (!this.named) {
      // Only a binary that names the section is joined and parsed; the others are just dropped.
      const window = this.tail.length
        ? Buffer.concat([this.tail, chunk.subarray(0, SECTION.length)])
        : Buffer.alloc(0);
      this.named = window.includes(SECTION) || chunk.includes(SECTION);
      this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - SECTION.length + 1)));
    }
  }

  finish(): FileFacts | undefined {
    if (this.dropped || !this.named) return undefined;
    const elf = Buffer.concat(this.chunks);
    this.chunks = [];
    try {
      const packages = parseCargoAuditable(elf);
      return packages ? { cataloger: 'cargo-auditable', packages } : undefined;
    } catch {
      return undefined;
    }
  }
}

/** ELF executables up to 16 MiB, held while they stream past, then read for a `.dep-v0` section. */
export const rustAuditableCataloger: StreamCataloger = {
  kind: 'stream',
  name: 'cargo-auditable',
  match: (_path, mode, size) => (mode & 0o111) !== 0 && size >= MIN_SIZE && size <= MAX_BINARY,
  open: () => new AuditableScanner(),
};
