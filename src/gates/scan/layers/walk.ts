import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar, { type Extract } from 'tar-stream';
import { PortcullisError } from '../../../core/errors.js';
import type { BufferCataloger, Cataloger, FileFacts, StreamCataloger } from '../catalog/types.js';
import { ScanError } from '../errors.js';
import type { InventoryProblem, ProblemCode } from '../inventory.js';
import type { ScanLimits } from '../limits.js';
import type { LayerAnalysis } from './analysis.js';
import { compressionOf, decompressor } from './decompress.js';
import { Meter } from './meter.js';
import { entryPath, symlinkTarget } from './paths.js';

type Entry = Extract extends AsyncIterable<infer S> ? S : never;

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';

export interface WalkOptions {
  mediaType: string;
  /** The blob digest to verify (what the manifest names); for an uncompressed layer, its diffID. */
  digest: string;
  /** The blob size from the descriptor, when known. */
  size?: number;
  /** The uncompressed digest from the config's `rootfs.diff_ids`. */
  diffId: string;
  analyzerVersion: string;
  catalogers: readonly Cataloger[];
  limits: ScanLimits;
  /** Uncompressed bytes the image may still use; shared by every layer of one image. */
  budget: { remaining: number };
  onProgress?: (compressedBytes: number) => void;
}

function mapStreamError(error: unknown, digest: string): unknown {
  if (error instanceof PortcullisError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (
    /unexpected end|Unexpected end of data|UnexpectedEOF/i.test(message) ||
    code === 'Z_BUF_ERROR' ||
    code === 5
  ) {
    return new ScanError('LAYER_TRUNCATED', `layer ${digest} ends early (${message})`, { cause: error });
  }
  return new ScanError('LAYER_CORRUPT', `layer ${digest} cannot be read: ${message}`, { cause: error });
}

async function readEntry(entry: Entry, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Read to the end even past the limit: leaving an entry early would break the tar stream.
  for await (const chunk of entry) {
    total += (chunk as Buffer).length;
    if (total <= limit) chunks.push(chunk as Buffer);
  }
  return total > limit ? undefined : Buffer.concat(chunks);
}

/**
 * Reads one layer blob once, as a stream: verify its digest, decompress (gzip, zstd or none), walk the
 * tar, record whiteouts, opaque directories and symlinks, and hand the files catalogers ask for to them.
 * Nothing is written to disk; only requested files (bounded by `maxFileBytes`) are held in memory.
 * See https://github.com/opencontainers/image-spec/blob/main/layer.md (whiteouts, opaque directories).
 */
export async function walkLayer(input: Readable, opts: WalkOptions): Promise<LayerAnalysis> {
  const { limits } = opts;
  const compression = compressionOf(opts.mediaType);
  const analysis: LayerAnalysis = {
    analyzerVersion: opts.analyzerVersion,
    diffId: opts.diffId,
    files: {},
    whiteouts: [],
    opaqueDirs: [],
    symlinks: {},
    replaced: [],
    problems: [],
    size: 0,
  };
  const problem = (code: ProblemCode, message: string, path?: string) => {
    const p: InventoryProblem = { code, message, layerDigest: opts.digest };
    if (path !== undefined) p.path = path;
    analysis.problems.push(p);
  };
  const compressed = new Meter((bytes) => {
    opts.onProgress?.(bytes);
    return undefined;
  });
  let imageBytesBefore = opts.budget.remaining;
  const uncompressed = new Meter((bytes) => {
    if (bytes > limits.maxLayerBytes) {
      return new ScanError(
        'LAYER_TOO_LARGE',
        `layer ${opts.digest} is over ${limits.maxLayerBytes} bytes uncompressed`,
      );
    }
    if (bytes > imageBytesBefore) {
      return new ScanError('IMAGE_TOO_LARGE', `the image is over ${limits.maxImageBytes} bytes uncompressed`);
    }
    if (
      compression !== 'none' &&
      bytes > limits.ratioGraceBytes &&
      bytes > compressed.bytes * limits.maxCompressionRatio
    ) {
      return new ScanError(
        'DECOMPRESSION_BOMB',
        `layer ${opts.digest} expands more than ${limits.maxCompressionRatio}x (${compressed.bytes} → ${bytes} bytes)`,
      );
    }
    return undefined;
  });
  const extract = tar.extract();
  const regularFiles = new Set<string>();
  const buffers = opts.catalogers.filter((c): c is BufferCataloger => c.kind === 'buffer');
  const streams = opts.catalogers.filter((c): c is StreamCataloger => c.kind === 'stream');

  const walk = async () => {
    for await (const entry of extract) {
      const header = entry.header;
      const checked = entryPath(header.name);
      if (!checked.ok) {
        problem(
          checked.reason,
          checked.reason === 'ABSOLUTE_PATH'
            ? `absolute entry path "${header.name}" skipped`
            : `entry path "${header.name}" climbs out of the root with ".." and was skipped`,
          header.name,
        );
        entry.resume();
        continue;
      }
      const path = checked.path;
      const slash = path.lastIndexOf('/');
      const base = path.slice(slash + 1);
      const dir = slash < 0 ? '' : path.slice(0, slash);
      if (!path) {
        entry.resume();
        continue;
      }
      if (base === OPAQUE_WHITEOUT) {
        analysis.opaqueDirs.push(dir);
        entry.resume();
        continue;
      }
      if (base.startsWith(WHITEOUT_PREFIX)) {
        const name = base.slice(WHITEOUT_PREFIX.length);
        if (name && name !== '.' && name !== '..') analysis.whiteouts.push(dir ? `${dir}/${name}` : name);
        entry.resume();
        continue;
      }
      if (header.type === 'symlink') {
        const target = symlinkTarget(path, header.linkname ?? '');
        if (target === undefined) {
          problem(
            'SYMLINK_ESCAPE',
            `symlink "${path}" → "${header.linkname}" points outside the root; not followed`,
            path,
          );
        } else {
          analysis.symlinks[path] = target;
        }
        analysis.replaced.push(path);
        entry.resume();
        continue;
      }
      if (header.type === 'link') {
        const link = entryPath(header.linkname ?? '');
        const target = link.ok ? link.path : undefined;
        if (!target || !regularFiles.has(target)) {
          problem(
            'HARDLINK_MISSING',
            `hard link "${path}" → "${header.linkname}" has no target in this layer`,
            path,
          );
        } else {
          regularFiles.add(path);
          const facts = analysis.files[target];
          if (facts) analysis.files[path] = facts;
        }
        analysis.replaced.push(path);
        entry.resume();
        continue;
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        if (header.type === 'directory') analysis.replaced.push(path);
        entry.resume();
        continue;
      }
      regularFiles.add(path);
      analysis.replaced.push(path);
      const size = header.size ?? 0;
      const bufferCataloger = buffers.find((c) => c.match(path));
      if (bufferCataloger) {
        if (size > limits.maxFileBytes) {
          problem(
            'FILE_TOO_LARGE',
            `"${path}" (${size} bytes) is over the ${limits.maxFileBytes}-byte cap and was not read`,
            path,
          );
          entry.resume();
          continue;
        }
        const data = await readEntry(entry, limits.maxFileBytes);
        if (!data) continue;
        try {
          analysis.files[path] = await bufferCataloger.parse(path, data, { limits });
        } catch (error) {
          problem(
            'UNPARSABLE_FILE',
            `${bufferCataloger.name} could not parse "${path}": ${(error as Error).message}`,
            path,
          );
        }
        continue;
      }
      const scanners = streams.filter((c) => c.match(path, header.mode ?? 0, size)).map((c) => c.open());
      if (scanners.length) {
        for await (const chunk of entry) for (const s of scanners) s.push(chunk as Buffer);
        const found = scanners.map((s) => s.finish()).filter((f): f is FileFacts => f !== undefined);
        if (found.length) {
          analysis.files[path] = {
            cataloger: found.map((f) => f.cataloger).join('+'),
            packages: found.flatMap((f) => f.packages ?? []),
          };
        }
        continue;
      }
      entry.resume();
    }
  };

  const walking = walk().catch((error: unknown) => {
    extract.destroy(error as Error);
    throw error;
  });
  try {
    await Promise.all([
      pipeline(input, compressed, decompressor(compression), uncompressed, extract),
      walking,
    ]);
  } catch (error) {
    throw mapStreamError(error, opts.digest);
  }
  opts.budget.remaining -= uncompressed.bytes;
  imageBytesBefore = opts.budget.remaining;
  analysis.size = uncompressed.bytes;
  if (opts.size !== undefined && compressed.bytes !== opts.size) {
    throw new ScanError(
      compressed.bytes < opts.size ? 'LAYER_TRUNCATED' : 'BLOB_DIGEST_MISMATCH',
      `layer ${opts.digest} has ${compressed.bytes} bytes, the manifest says ${opts.size}`,
    );
  }
  const blobDigest = compressed.digest();
  const diffId = uncompressed.digest();
  if (compression !== 'sniff' && blobDigest !== opts.digest) {
    throw new ScanError(
      'BLOB_DIGEST_MISMATCH',
      `layer blob digest is ${blobDigest}, expected ${opts.digest}`,
    );
  }
  if (opts.diffId && diffId !== opts.diffId) {
    throw new ScanError(
      'DIFFID_MISMATCH',
      `layer ${opts.digest} uncompresses to ${diffId}, the config says ${opts.diffId}`,
    );
  }
  return analysis;
}
