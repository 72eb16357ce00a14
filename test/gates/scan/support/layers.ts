import { writeFileSync } from 'node:fs';
import tar from 'tar-stream';

export interface RawEntry {
  name: string;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  content?: string | Uint8Array;
  /** Bytes of zeros, streamed (for large files). */
  zeros?: number;
  linkname?: string;
  mode?: number;
}

/**
 * Writes an uncompressed layer tar with tar-stream, entry by entry, for entries no archiver would
 * write from a real directory: `..` and absolute names, dangling hard links, looping symlinks.
 */
export async function writeRawLayer(file: string, entries: RawEntry[]): Promise<void> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    const type = e.type ?? 'file';
    if (e.zeros !== undefined) {
      const size = e.zeros;
      await new Promise<void>((resolve, reject) => {
        const sink = pack.entry({ name: e.name, size, mode: e.mode ?? 0o644 }, (err) =>
          err ? reject(err) : resolve(),
        );
        const block = Buffer.alloc(1024 * 1024);
        for (let left = size; left > 0; left -= block.length)
          sink.write(left >= block.length ? block : block.subarray(0, left));
        sink.end(Buffer.alloc(0));
      });
      continue;
    }
    const header = {
      name: e.name,
      type,
      mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644),
      ...(e.linkname ? { linkname: e.linkname } : {}),
    };
    await new Promise<void>((resolve, reject) => {
      const callback = (err?: Error | null) => (err ? reject(err) : resolve());
      if (type === 'file') pack.entry(header, e.content ?? '', callback);
      else pack.entry(header, callback);
    });
  }
  pack.finalize();
  await done;
  writeFileSync(file, Buffer.concat(chunks));
}
