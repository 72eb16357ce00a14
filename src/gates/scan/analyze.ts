import { LayerCache } from './cache.js';
import { ANALYZER_VERSION, CATALOGERS } from './catalog/index.js';
import type { StreamCataloger } from './catalog/types.js';
import type { Inventory, LayerInfo, LayerRef } from './inventory.js';
import type { LayerAnalysis } from './layers/analysis.js';
import { squash } from './layers/squash.js';
import { walkLayer } from './layers/walk.js';
import { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { openImage } from './source/index.js';
import type { ImageSource, LayerDescriptor } from './source/types.js';

export interface InventoryOptions {
  cwd: string;
  platform?: string;
  /** Directory of the per-layer cache; no cache when absent. */
  cacheDir?: string;
  limits?: Partial<ScanLimits>;
  /**
   * Catalogers that read every regular file in the same walk (e.g. `secretCataloger()`); their
   * results are in each layer's `extras`. Without `extrasKey`, every layer is walked and extras are
   * not cached.
   */
  extraCatalogers?: readonly StreamCataloger[];
  /**
   * Names the extra catalogers and their options (e.g. tool version and secret allow-paths), so
   * their results are cached per layer and reused only by a walk with the same key.
   */
  extrasKey?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Called as layers stream: bytes read so far of this layer, and which layer. */
  onProgress?: (event: { layer: number; layers: number; bytes: number; size?: number }) => void;
}

/** Reads an image by reference and builds its inventory. */
export async function buildInventory(reference: string, options: InventoryOptions): Promise<Inventory> {
  const openOptions: Parameters<typeof openImage>[1] = { cwd: options.cwd };
  if (options.platform) openOptions.platform = options.platform;
  if (options.env) openOptions.env = options.env;
  const source = await openImage(reference, openOptions);
  try {
    return await inventoryOf(source, options);
  } finally {
    await source.close?.();
  }
}

/** One layer of an image in order, with what its walk (or the cache) found. */
export interface AnalysedLayer {
  ref: LayerRef;
  analysis: LayerAnalysis;
}

/** The inventory of an opened image; see {@link analyzeImage}. */
export async function inventoryOf(source: ImageSource, options: InventoryOptions): Promise<Inventory> {
  return (await analyzeImage(source, options)).inventory;
}

/**
 * Walks an opened image once: each layer is analysed (or taken from the cache), then the layers'
 * results are replayed in order (whiteouts, opaque directories) and attributed to layers. Returns the
 * inventory and the per-layer analyses, whose `extras` hold the extra catalogers' results.
 */
export async function analyzeImage(
  source: ImageSource,
  options: InventoryOptions,
): Promise<{ inventory: Inventory; layers: AnalysedLayer[] }> {
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const cache = options.cacheDir ? new LayerCache(options.cacheDir, ANALYZER_VERSION) : undefined;
  const extraCatalogers = options.extraCatalogers ?? [];
  const extrasKey = extraCatalogers.length ? options.extrasKey : undefined;
  const cacheExtras = extraCatalogers.length === 0 || extrasKey !== undefined;
  const analyses = new Map<number, LayerAnalysis>();
  const cached = new Set<number>();
  for (const layer of source.layers) {
    if (!cacheExtras) break;
    const hit = await cache?.get(layer.diffId, extrasKey);
    if (hit) {
      analyses.set(layer.index, hit);
      cached.add(layer.index);
    }
  }
  const budget = { remaining: limits.maxImageBytes };
  // Images may repeat a layer (identical empty layers): each blob is read once and used for every index.
  const wanted = source.layers.filter(
    (l, i, all) => !analyses.has(l.index) && all.findIndex((o) => o.digest === l.digest) === i,
  );
  await source.streamLayers(wanted, async (layer: LayerDescriptor, blob) => {
    const walkOptions: Parameters<typeof walkLayer>[1] = {
      mediaType: layer.mediaType,
      digest: layer.digest,
      diffId: layer.diffId,
      analyzerVersion: ANALYZER_VERSION,
      catalogers: CATALOGERS,
      extraCatalogers,
      limits,
      budget,
    };
    if (layer.size !== undefined) walkOptions.size = layer.size;
    if (options.onProgress) {
      const progress = options.onProgress;
      walkOptions.onProgress = (bytes) =>
        progress({
          layer: layer.index,
          layers: source.layers.length,
          bytes,
          ...(layer.size ? { size: layer.size } : {}),
        });
    }
    const analysis = await walkLayer(blob, walkOptions);
    for (const same of source.layers) if (same.digest === layer.digest) analyses.set(same.index, analysis);
    if (extrasKey !== undefined) analysis.extrasKey = extrasKey;
    const { extras: _extras, ...withoutExtras } = analysis;
    await cache?.put(cacheExtras ? analysis : withoutExtras);
  });
  const layers: LayerInfo[] = source.layers.map((l) => {
    const info: LayerInfo = {
      index: l.index,
      digest: l.digest,
      diffId: l.diffId,
      mediaType: l.mediaType,
      size: l.size ?? 0,
    };
    if (l.createdBy) info.createdBy = l.createdBy;
    if (cached.has(l.index)) info.cached = true;
    return info;
  });
  const replay = layers.map((l) => {
    const ref = {
      index: l.index,
      digest: l.digest,
      diffId: l.diffId,
      ...(l.createdBy ? { createdBy: l.createdBy } : {}),
    };
    return { ref, analysis: analyses.get(l.index) as LayerAnalysis };
  });
  const result = squash(replay, limits.maxSymlinkHops);
  const inventory: Inventory = {
    image: source.info,
    layers,
    packages: result.packages,
    problems: result.problems,
    analyzerVersion: ANALYZER_VERSION,
  };
  if (result.os) inventory.os = result.os;
  if (result.osNote) inventory.osNote = result.osNote;
  return { inventory, layers: replay };
}
