import type { Extract } from 'tar-stream';
import type {
  BufferCataloger,
  Cataloger,
  FileFacts,
  StreamCataloger,
  StreamScanner,
} from '../catalog/types.js';
import type { InventoryProblem, ProblemCode } from '../inventory.js';
import type { ScanLimits } from '../limits.js';
import type { LayerAnalysis } from './analysis.js';
import { entryPath, symlinkTarget } from './paths.js';

export type TarEntry = Extract extends AsyncIterable<infer S> ? S : never;

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';

async function readEntry(
  entry: TarEntry,
  limit: number,
  extras: readonly StreamScanner[],
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Read to the end even past the limit: leaving an entry early would break the tar stream.
  for await (const chunk of entry) {
    total += (chunk as Buffer).length;
    if (total <= limit) chunks.push(chunk as Buffer);
    for (const s of extras) s.push(chunk as Buffer);
  }
  return total > limit ? undefined : Buffer.concat(chunks);
}

/**
 * Records what each tar entry of one layer says into its analysis: whiteouts and opaque markers,
 * symlinks (never followed), hard links, and the facts of the files catalogers ask for. Hostile
 * entries become problems. Every entry is read to its end, so the tar stream goes on.
 */
export class LayerRecorder {
  private readonly regularFiles = new Set<string>();
  private readonly buffers: BufferCataloger[];
  private readonly streams: StreamCataloger[];

  constructor(
    readonly analysis: LayerAnalysis,
    private readonly layerDigest: string,
    catalogers: readonly Cataloger[],
    private readonly limits: ScanLimits,
    private readonly extraCatalogers: readonly StreamCataloger[] = [],
  ) {
    this.buffers = catalogers.filter((c): c is BufferCataloger => c.kind === 'buffer');
    this.streams = catalogers.filter((c): c is StreamCataloger => c.kind === 'stream');
  }

  private problem(code: ProblemCode, message: string, path: string): void {
    const p: InventoryProblem = { code, message, layerDigest: this.layerDigest, path };
    this.analysis.problems.push(p);
  }

  async record(entry: TarEntry): Promise<void> {
    const header = entry.header;
    const checked = entryPath(header.name);
    if (!checked.ok) {
      this.problem(
        checked.reason,
        checked.reason === 'ABSOLUTE_PATH'
          ? `absolute entry path "${header.name}" skipped`
          : `entry path "${header.name}" climbs out of the root with ".." and was skipped`,
        header.name,
      );
      return void entry.resume();
    }
    const path = checked.path;
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const dir = slash < 0 ? '' : path.slice(0, slash);
    if (!path) return void entry.resume();
    if (base === OPAQUE_WHITEOUT) {
      this.analysis.opaqueDirs.push(dir);
      return void entry.resume();
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const name = base.slice(WHITEOUT_PREFIX.length);
      if (name && name !== '.' && name !== '..') this.analysis.whiteouts.push(dir ? `${dir}/${name}` : name);
      return void entry.resume();
    }
    if (header.type === 'symlink') return this.symlink(entry, path);
    if (header.type === 'link') return this.hardlink(entry, path);
    if (header.type === 'file' || header.type === 'contiguous-file') return this.file(entry, path);
    if (header.type === 'directory') this.analysis.replaced.push(path);
    entry.resume();
  }

  private symlink(entry: TarEntry, path: string): void {
    const linkname = entry.header.linkname ?? '';
    const target = symlinkTarget(path, linkname);
    if (target === undefined) {
      this.problem(
        'SYMLINK_ESCAPE',
        `symlink "${path}" → "${linkname}" points outside the root; not followed`,
        path,
      );
    } else {
      this.analysis.symlinks[path] = target;
    }
    this.analysis.replaced.push(path);
    entry.resume();
  }

  /** A hard link in a layer tar names an earlier regular file of the same tar. */
  private hardlink(entry: TarEntry, path: string): void {
    const linkname = entry.header.linkname ?? '';
    const link = entryPath(linkname);
    const target = link.ok ? link.path : undefined;
    if (!target || !this.regularFiles.has(target)) {
      this.problem(
        'HARDLINK_MISSING',
        `hard link "${path}" → "${linkname}" has no target in this layer`,
        path,
      );
    } else {
      this.regularFiles.add(path);
      const facts = this.analysis.files[target];
      if (facts) this.analysis.files[path] = facts;
    }
    this.analysis.replaced.push(path);
    entry.resume();
  }

  private async file(entry: TarEntry, path: string): Promise<void> {
    this.regularFiles.add(path);
    this.analysis.replaced.push(path);
    const size = entry.header.size ?? 0;
    const mode = entry.header.mode ?? 0;
    const extras = this.extraCatalogers.filter((c) => c.match(path, mode, size)).map((c) => c.open());
    const buffered = this.buffers.find((c) => c.match(path));
    if (buffered) await this.buffered(entry, path, size, buffered, extras);
    else await this.streamed(entry, path, size, mode, extras);
    this.recordExtras(path, extras);
  }

  private async streamed(
    entry: TarEntry,
    path: string,
    size: number,
    mode: number,
    extras: readonly StreamScanner[],
  ): Promise<void> {
    const scanners = this.streams.filter((c) => c.match(path, mode, size)).map((c) => c.open());
    if (!scanners.length && !extras.length) return void entry.resume();
    for await (const chunk of entry) {
      for (const s of scanners) s.push(chunk as Buffer);
      for (const s of extras) s.push(chunk as Buffer);
    }
    const found = scanners.map((s) => s.finish()).filter((f): f is FileFacts => f !== undefined);
    if (found.length) {
      this.analysis.files[path] = {
        cataloger: found.map((f) => f.cataloger).join('+'),
        packages: found.flatMap((f) => f.packages ?? []),
      };
    }
  }

  private recordExtras(path: string, extras: readonly StreamScanner[]): void {
    const found = extras.map((s) => s.finish()).filter((f): f is FileFacts => f !== undefined);
    if (!found.length) return;
    this.analysis.extras ??= {};
    this.analysis.extras[path] = found;
  }

  private async buffered(
    entry: TarEntry,
    path: string,
    size: number,
    cataloger: BufferCataloger,
    extras: readonly StreamScanner[],
  ): Promise<void> {
    const { maxFileBytes } = this.limits;
    if (size > maxFileBytes) {
      this.problem(
        'FILE_TOO_LARGE',
        `"${path}" (${size} bytes) is over the ${maxFileBytes}-byte cap and was not read`,
        path,
      );
      if (!extras.length) return void entry.resume();
      await readEntry(entry, 0, extras);
      return;
    }
    const data = await readEntry(entry, maxFileBytes, extras);
    if (!data) return;
    try {
      this.analysis.files[path] = await cataloger.parse(path, data, { limits: this.limits });
    } catch (error) {
      this.problem(
        'UNPARSABLE_FILE',
        `${cataloger.name} could not parse "${path}": ${(error as Error).message}`,
        path,
      );
    }
  }
}
