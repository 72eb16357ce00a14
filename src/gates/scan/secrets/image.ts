import type { LayerAnalysis } from '../layers/analysis.js';
import { isSecretFacts } from './cataloger.js';
import type { SecretHit } from './types.js';

/** A secret found in one layer; `removedInLayer` when a later layer deletes or replaces the file. */
export interface ImageSecret {
  hit: SecretHit;
  layerIndex: number;
  removedInLayer?: number;
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
