import type { FileFacts, RawPackage, StreamCataloger, StreamScanner } from './types.js';

/** The build-info header's magic, 16-byte aligned in the `.go.buildinfo` section (Go src/debug/buildinfo). */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_BYTES = 32;
const FLAG_INLINE_STRINGS = 0x2;
/** Build info is a few KB; 256 KiB after the magic is ample and bounds what we keep. */
const WINDOW = 256 * 1024;
const MIN_SIZE = 4096;
const BINARY_MAGICS = [
  Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
  Buffer.from('MZ'), // PE
  Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O 64
  Buffer.from([0xce, 0xfa, 0xed, 0xfe]), // Mach-O 32
];

function readUvarint(buf: Buffer, offset: number): [number, number] | undefined {
  let value = 0;
  let shift = 0;
  for (let i = offset; i < buf.length && shift < 35; i++) {
    const byte = buf[i] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, i + 1];
    shift += 7;
  }
  return undefined;
}

/**
 * The Go version and module list from the bytes at a build-info header (Go ≥ 1.18 inlines them
 * as varint-prefixed strings). The modinfo string is framed by 16 sentinel bytes on each side.
 * See https://go.dev/src/debug/buildinfo/buildinfo.go and https://pkg.go.dev/runtime/debug#BuildInfo
 */
export function parseBuildInfo(at: Buffer): { goVersion: string; modinfo: string } | undefined {
  if (at.length < HEADER_BYTES || !at.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const flags = at[15] as number;
  if (!(flags & FLAG_INLINE_STRINGS)) return undefined;
  const v = readUvarint(at, HEADER_BYTES);
  if (!v || v[1] + v[0] > at.length) return undefined;
  const goVersion = at.subarray(v[1], v[1] + v[0]).toString('utf8');
  const m = readUvarint(at, v[1] + v[0]);
  if (!m || m[1] + m[0] > at.length) return undefined;
  let modinfo = at.subarray(m[1], m[1] + m[0]);
  if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
    modinfo = modinfo.subarray(16, modinfo.length - 16);
  return { goVersion, modinfo: modinfo.toString('utf8') };
}

/** A `replace` by a directory (`=> ../lib`) keeps the required module's path and version. */
function isLocalPath(path: string): boolean {
  return path.startsWith('.') || path.startsWith('/');
}

const PSEUDO_VERSION = /-(?:0\.|[0-9A-Za-z-]+\.0\.)?\d{14}-[0-9a-f]{12}(?:\+incompatible)?$/;
const SEMVER = /^v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const LDFLAGS_X = /-X(?:=|\s+)["']?([^"'=\s]+)=([^"'\s]+)/g;
const VERSION_PREFIXES = new Set(['main', 'common', 'version', 'cmd']);

/**
 * The main module's version stamped with `-ldflags "-X main.version=1.2.3"`, chosen as Trivy does
 * (trivy pkg/dependency/parser/golang/binary/parse.go ParseLDFlags): keys ending in `.version` or
 * `.ver` with a semver value; `<module>/cmd/…` keys first, then `main.`, `common.`, `version.`, `cmd.`,
 * then others; two candidates of the same rank give none.
 */
export function ldflagsVersion(mainPath: string, ldflags: string): string {
  const ranks: string[][] = [[], [], []];
  for (const [, key = '', value = ''] of ldflags.matchAll(LDFLAGS_X)) {
    const lower = key.toLowerCase();
    if (!(lower.endsWith('.version') || lower.endsWith('.ver')) || !SEMVER.test(value)) continue;
    const prefix = (key.slice(key.lastIndexOf('/') + 1).split('.')[0] ?? '').toLowerCase();
    const rank = key.startsWith(`${mainPath}/cmd/`) ? 0 : VERSION_PREFIXES.has(prefix) ? 1 : 2;
    if (!ranks[rank]?.includes(value)) ranks[rank]?.push(value);
  }
  const found = ranks.find((r) => r.length > 0);
  return found?.length === 1 ? (found[0] as string) : '';
}

/** `go1.22.1 X:loopvar` or `go1.26.0-X:foo` → `v1.22.1`, as Trivy names the `stdlib` version. */
export function stdlibVersion(goVersion: string): string {
  const trimmed = goVersion.replace(/^go/, '').split(' ')[0] ?? '';
  return `v${trimmed.split('-X:')[0]}`;
}

/**
 * Modules from a modinfo string: `stdlib` at the Go version, every `dep` (with its `=>` replacement),
 * and the main module (`mod`). A main module built as `(devel)` takes its version from `-ldflags -X`,
 * else has none, as in Trivy.
 */
export function modulesFromBuildInfo(goVersion: string, modinfo: string): RawPackage[] {
  const packages: RawPackage[] = [{ name: 'stdlib', version: stdlibVersion(goVersion), ecosystem: 'golang' }];
  let main: { path: string; version: string } | undefined;
  let ldflags = '';
  for (const line of modinfo.split('\n')) {
    const [kind, path, version = ''] = line.split('\t');
    if (!path) continue;
    if (kind === 'mod') main = { path, version };
    else if (kind === 'dep' && version) packages.push({ name: path, version, ecosystem: 'golang' });
    else if (kind === '=>' && version && packages.length > 1 && !isLocalPath(path)) {
      packages[packages.length - 1] = {
        name: path,
        version: version === '(devel)' ? '' : version,
        ecosystem: 'golang',
      };
    } else if (kind === 'build' && path.startsWith('-ldflags=')) ldflags = path.slice('-ldflags='.length);
  }
  if (main) {
    const own = main.version === '(devel)' ? '' : main.version;
    const stamped = ldflagsVersion(main.path, ldflags);
    const version = own && !PSEUDO_VERSION.test(own) ? own : stamped || own;
    packages.push({ name: main.path, version, ecosystem: 'golang' });
  }
  return packages;
}

class BuildInfoScanner implements StreamScanner {
  private head: Buffer | undefined;
  private tail = Buffer.alloc(0);
  private captured: Buffer[] | undefined;
  private capturedBytes = 0;
  private done = false;

  push(chunk: Buffer): void {
    if (this.done) return;
    if (!this.head) {
      this.head = chunk;
      if (chunk.length >= 4 && !BINARY_MAGICS.some((m) => chunk.subarray(0, m.length).equals(m))) {
        this.done = true;
        return;
      }
    }
    if (this.captured) {
      this.captured.push(chunk);
      this.capturedBytes += chunk.length;
      if (this.capturedBytes >= WINDOW) this.done = true;
      return;
    }
    const joined = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const at = joined.indexOf(MAGIC);
    if (at >= 0) {
      this.captured = [joined.subarray(at)];
      this.capturedBytes = joined.length - at;
      if (this.capturedBytes >= WINDOW) this.done = true;
      return;
    }
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - MAGIC.length + 1)));
  }

  finish(): FileFacts | undefined {
    if (!this.captured) return undefined;
    const info = parseBuildInfo(Buffer.concat(this.captured).subarray(0, WINDOW));
    if (!info) return undefined;
    return { cataloger: 'go-buildinfo', packages: modulesFromBuildInfo(info.goVersion, info.modinfo) };
  }
}

/** Go binaries: any executable regular file, scanned as it streams for the build-info header. */
export const goBinaryCataloger: StreamCataloger = {
  kind: 'stream',
  name: 'go-buildinfo',
  match: (_path, mode, size) => (mode & 0o111) !== 0 && size >= MIN_SIZE,
  open: () => new BuildInfoScanner(),
};
