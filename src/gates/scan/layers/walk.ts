import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { PortcullisError } from '../../../core/errors.js';
import type { Cataloger, StreamCataloger } from '../catalog/types.js';
import { ScanError } from '../errors.js';
import type { ScanLimits } from '../limits.js';
import type { LayerAnalysis } from './analysis.js';
import { compressionOf, decompressor } from './decompress.js';
import { LayerRecorder } from './entries.js';
import { Meter } from './meter.js';

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
  /**
   * Catalogers that see every regular file besides the package catalogers (e.g. the secret
   * cataloger); their facts go to `LayerAnalysis.extras`, not into packages.
   */
  extraCatalogers?: readonly StreamCataloger[];
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
  const recorder = new LayerRecorder(analysis, opts.digest, opts.catalogers, limits, opts.extraCatalogers);
  const walk = async () => {
    for await (const entry of extract) await recorder.record(entry);
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
