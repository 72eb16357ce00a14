import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { ScanError } from '../errors.js';
import { entryPath } from '../layers/paths.js';

/** Entries up to this size (manifests, configs, small layers) are kept from the first pass. */
const SMALL_ENTRY = 4 * 1024 * 1024;
const SMALL_TOTAL = 64 * 1024 * 1024;

/**
 * An image archive (docker save output or an OCI archive): a plain tar read in at most two streaming
 * passes. The first keeps small entries; the second streams the large ones (layers) in archive order.
 */
export class TarArchive {
  private constructor(
    readonly file: string,
    private readonly small: Map<string, Buffer>,
    readonly sizes: Map<string, number>,
  ) {}

  static async open(file: string): Promise<TarArchive> {
    const small = new Map<string, Buffer>();
    const sizes = new Map<string, number>();
    let kept = 0;
    const extract = tar.extract();
    const walk = async () => {
      for await (const entry of extract) {
        const checked = entryPath(entry.header.name);
        const size = entry.header.size ?? 0;
        if (!checked.ok || (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file')) {
          entry.resume();
          continue;
        }
        sizes.set(checked.path, size);
        if (size <= SMALL_ENTRY && kept + size <= SMALL_TOTAL) {
          const chunks: Buffer[] = [];
          for await (const c of entry) chunks.push(c as Buffer);
          small.set(checked.path, Buffer.concat(chunks));
          kept += size;
        } else entry.resume();
      }
    };
    try {
      await Promise.all([pipeline(createReadStream(file), extract), walk()]);
    } catch (error) {
      const message = (error as Error).message;
      const code = /Unexpected end/.test(message) ? 'LAYER_TRUNCATED' : 'MANIFEST_INVALID';
      throw new ScanError(code, `${file} is not a readable tar archive: ${message}`, { cause: error });
    }
    return new TarArchive(file, small, sizes);
  }

  has(name: string): boolean {
    return this.sizes.has(name);
  }

  /** A small entry kept from the first pass. */
  get(name: string): Buffer | undefined {
    return this.small.get(name);
  }

  /** Streams the named entries, each once; small ones from memory, the rest in one more pass. */
  async stream(
    names: readonly string[],
    use: (name: string, data: Readable) => Promise<void>,
  ): Promise<void> {
    const rest = new Set<string>();
    for (const name of names) {
      const kept = this.small.get(name);
      if (kept) await use(name, Readable.from([kept]));
      else rest.add(name);
    }
    if (!rest.size) return;
    const extract = tar.extract();
    const walk = async () => {
      for await (const entry of extract) {
        const checked = entryPath(entry.header.name);
        if (checked.ok && rest.delete(checked.path)) await use(checked.path, entry as unknown as Readable);
        entry.resume();
      }
    };
    await Promise.all([pipeline(createReadStream(this.file), extract), walk()]);
    if (rest.size) throw new ScanError('BLOB_MISSING', `${this.file} has no entry ${[...rest].join(', ')}`);
  }
}
