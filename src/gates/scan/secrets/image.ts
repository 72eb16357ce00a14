import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { LayerAnalysis } from '../layers/analysis.js';
import { compressionOf, decompressor } from '../layers/decompress.js';
import type { ImageSource } from '../source/types.js';
import { isSecretFacts, secretCataloger } from './cataloger.js';
import type { SecretScanOptions } from './scan.js';
import type { SecretHit } from './types.js';

/** A secret found in one layer; `removedInLayer` when a later layer deletes or replaces the file. */
export interface ImageSecret {
  hit: SecretHit;
  layerIndex: number;
  removedInLayer?: number;
}

interface LayerChanges {
  index: number;
  /** Paths deleted (`.wh.<name>`) or replaced by a regular file, and opaque directories. */
  removed: Set<string>;
  opaque: string[];
}

const clean = (name: string): string => name.replace(/^\.?\/+/, '').replace(/\/+$/, '');

function removedLater(path: string, layer: number, changes: LayerChanges[]): number | undefined {
  for (const c of changes) {
    if (c.index <= layer) continue;
    if (c.removed.has(path)) return c.index;
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (c.removed.has(dir) || c.opaque.includes(dir)) return c.index;
    }
  }
  return undefined;
}

/** What a later layer removes: exact paths (whiteouts, replacements) and whole directories. */
interface LayerRemovals {
  index: number;
  /** Whiteouts and paths the layer replaces with its own entry. */
  paths: Set<string>;
  /** Whiteouts and opaque directories; a parent's plain directory entry is no deletion. */
  dirs: Set<string>;
}

function removalsOf(index: number, analysis: LayerAnalysis): LayerRemovals {
  return {
    index,
    paths: new Set([...analysis.replaced, ...analysis.whiteouts]),
    dirs: new Set([...analysis.whiteouts, ...analysis.opaqueDirs]),
  };
}

function removedIn(path: string, layer: number, removals: readonly LayerRemovals[]): number | undefined {
  const parts = path.split('/');
  for (const r of removals) {
    if (r.index <= layer) continue;
    if (r.paths.has(path)) return r.index;
    for (let i = 1; i < parts.length; i++) if (r.dirs.has(parts.slice(0, i).join('/'))) return r.index;
    // An opaque marker at the root hides everything below it.
    if (r.dirs.has('')) return r.index;
  }
  return undefined;
}

/**
 * The secrets of an image from the layer walk's results (the walk ran with `secretCataloger()` as an
 * extra cataloger), so no second pass over the layers is needed. Each hit keeps its layer; a file that
 * a later layer deletes (whiteout, opaque directory) or replaces still ships in its own layer, so it is
 * reported with the layer that removed it.
 */
export function secretsFromLayers(
  layers: readonly { ref: { index: number }; analysis: LayerAnalysis }[],
): ImageSecret[] {
  const removals = layers.map(({ ref, analysis }) => removalsOf(ref.index, analysis));
  const found: ImageSecret[] = [];
  for (const { ref, analysis } of layers) {
    for (const facts of Object.values(analysis.extras ?? {}).flat()) {
      if (!isSecretFacts(facts)) continue;
      for (const hit of facts.secrets) {
        const removed = removedIn(hit.path, ref.index, removals);
        found.push(
          removed === undefined
            ? { hit, layerIndex: ref.index }
            : { hit, layerIndex: ref.index, removedInLayer: removed },
        );
      }
    }
  }
  return found;
}

/**
 * Reads every layer once more and scans its text files for secrets, keeping each hit's layer.
 * A secret in a file that a later layer deletes is still in the image (its layer still ships),
 * so it is reported with the layer that removed it. Layers were verified by the inventory pass.
 */
export async function scanImageSecrets(
  source: ImageSource,
  options: SecretScanOptions = {},
): Promise<ImageSecret[]> {
  const found: ImageSecret[] = [];
  const changes: LayerChanges[] = [];
  await source.streamLayers(source.layers, async (layer, blob) => {
    const cataloger = secretCataloger(options);
    const change: LayerChanges = { index: layer.index, removed: new Set(), opaque: [] };
    changes.push(change);
    const extract = tar.extract();
    const walking = (async () => {
      for await (const entry of extract) {
        const path = clean(entry.header.name);
        const base = path.split('/').pop() ?? '';
        if (base === '.wh..wh..opq') change.opaque.push(path.split('/').slice(0, -1).join('/'));
        else if (base.startsWith('.wh.'))
          change.removed.add([...path.split('/').slice(0, -1), base.slice(4)].join('/'));
        else if (entry.header.type === 'file') change.removed.add(path);
        if (
          entry.header.type !== 'file' ||
          !cataloger.match(path, entry.header.mode ?? 0, entry.header.size ?? 0)
        ) {
          entry.resume();
          continue;
        }
        const scanner = cataloger.open();
        for await (const chunk of entry) scanner.push(chunk as Buffer);
        const facts = scanner.finish();
        if (isSecretFacts(facts))
          for (const hit of facts.secrets) found.push({ hit, layerIndex: layer.index });
      }
    })();
    await Promise.all([pipeline(blob, decompressor(compressionOf(layer.mediaType)), extract), walking]);
  });
  return found.map((s) => {
    const removed = removedLater(s.hit.path, s.layerIndex, changes);
    return removed === undefined ? s : { ...s, removedInLayer: removed };
  });
}
