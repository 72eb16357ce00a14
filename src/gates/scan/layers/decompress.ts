import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { ScanError } from '../errors.js';

export type Compression = 'gzip' | 'zstd' | 'none' | 'sniff';

const MEDIA_TYPES: Record<string, Compression> = {
  'application/vnd.oci.image.layer.v1.tar': 'none',
  'application/vnd.oci.image.layer.v1.tar+gzip': 'gzip',
  'application/vnd.oci.image.layer.v1.tar+zstd': 'zstd',
  'application/vnd.oci.image.layer.nondistributable.v1.tar': 'none',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'gzip',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'zstd',
  'application/vnd.docker.image.rootfs.diff.tar': 'none',
  'application/vnd.docker.image.rootfs.diff.tar.gzip': 'gzip',
  'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip': 'gzip',
  'application/vnd.docker.image.rootfs.diff.tar.zstd': 'zstd',
};

/** A docker-archive stores layers without a media type; their compression is read from the magic bytes. */
export const SNIFF_MEDIA_TYPE = 'application/x-docker-archive-layer';

/**
 * The compression of a layer media type (OCI image-spec layer.md, Docker image manifest v2 schema 2).
 * An unknown type is an error that names it, never a guess.
 */
export function compressionOf(mediaType: string): Compression {
  if (mediaType === SNIFF_MEDIA_TYPE) return 'sniff';
  const c = MEDIA_TYPES[mediaType];
  if (!c) throw new ScanError('UNKNOWN_MEDIA_TYPE', `unknown layer media type "${mediaType}"`);
  return c;
}

export function sniffCompression(head: Uint8Array): Exclude<Compression, 'sniff'> {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

/** zstd frames through fzstd's streaming decoder (Node 20 has no zstd in zlib). */
class ZstdTransform extends Transform {
  private readonly decoder = new Decompress((chunk) => {
    this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });
  private seen = false;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.seen ||= chunk.length > 0;
      this.decoder.push(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      if (this.seen) this.decoder.push(new Uint8Array(0), true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

class Identity extends Transform {
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    done(null, chunk);
  }
}

/** A decompressor that picks gzip, zstd or none from the first bytes it sees. */
class SniffingDecompressor extends Transform {
  private inner: Transform | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private start(): void {
    const head = Buffer.concat(this.pending);
    this.inner = decompressor(sniffCompression(head));
    this.inner.on('data', (c: Buffer) => this.push(c));
    this.inner.on('error', (e) => this.destroy(e));
    this.inner.write(head);
    this.pending = [];
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.inner) {
      if (!this.inner.write(chunk)) this.inner.once('drain', () => done());
      else done();
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= 4) this.start();
    done();
  }
  override _flush(done: TransformCallback): void {
    if (!this.inner) this.start();
    const inner = this.inner as Transform;
    inner.once('end', () => done());
    inner.once('error', (e) => done(e));
    inner.end();
  }
}

export function decompressor(c: Compression): Transform {
  if (c === 'gzip') return createGunzip();
  if (c === 'zstd') return new ZstdTransform();
  if (c === 'sniff') return new SniffingDecompressor();
  return new Identity();
}
