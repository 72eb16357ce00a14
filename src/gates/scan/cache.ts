import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayerAnalysis } from './layers/analysis.js';

/**
 * Per-layer inventory cache, keyed by the layer's diffID and the analyzer version (Trivy keys its
 * blob cache the same way: trivy pkg/fanal/artifact/image/image.go). A rescan reads only new layers.
 */
export class LayerCache {
  constructor(
    private readonly dir: string,
    private readonly analyzerVersion: string,
  ) {}

  private file(diffId: string): string {
    const key = createHash('sha256').update(`${this.analyzerVersion}\0${diffId}`).digest('hex');
    return join(this.dir, `${key}.json`);
  }

  async get(diffId: string): Promise<LayerAnalysis | undefined> {
    if (!/^sha256:[0-9a-f]{64}$/.test(diffId)) return undefined;
    try {
      const analysis = JSON.parse(await readFile(this.file(diffId), 'utf8')) as LayerAnalysis;
      return analysis.analyzerVersion === this.analyzerVersion && analysis.diffId === diffId
        ? analysis
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temp file, then rename), so a crashed run never leaves half an entry. */
  async put(analysis: LayerAnalysis): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.file(analysis.diffId);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(analysis));
    await rename(temp, target);
  }
}
