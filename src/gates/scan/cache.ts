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

  private file(diffId: string, extrasKey?: string): string {
    const name = extrasKey === undefined ? diffId : `${diffId}\0${extrasKey}`;
    const key = createHash('sha256').update(`${this.analyzerVersion}\0${name}`).digest('hex');
    return join(this.dir, `${key}.json`);
  }

  /** The cached analysis of a layer; with `extrasKey`, only one whose extras were made under that key. */
  async get(diffId: string, extrasKey?: string): Promise<LayerAnalysis | undefined> {
    if (!/^sha256:[0-9a-f]{64}$/.test(diffId)) return undefined;
    try {
      const analysis = JSON.parse(await readFile(this.file(diffId, extrasKey), 'utf8')) as LayerAnalysis;
      return analysis.analyzerVersion === this.analyzerVersion &&
        analysis.diffId === diffId &&
        analysis.extrasKey === extrasKey
        ? analysis
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temp file, then rename), so a crashed run never leaves half an entry. */
  async put(analysis: LayerAnalysis): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.file(analysis.diffId, analysis.extrasKey);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(analysis));
    await rename(temp, target);
  }
}
