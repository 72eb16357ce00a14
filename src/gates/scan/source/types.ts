import type { Readable } from 'node:stream';
import type { RegistryCache } from '../../../registry/index.js';
import type { ImageInfo } from '../inventory.js';

/** A layer as the manifest names it, with its diffID from the config. */
export interface LayerDescriptor {
  index: number;
  mediaType: string;
  digest: string;
  /** Blob size from the descriptor; unknown for docker-archive layers. */
  size?: number;
  diffId: string;
  createdBy?: string;
}

/** The parts of an image config the inventory uses (OCI image-spec config.md). */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: { created_by?: string; empty_layer?: boolean }[];
}

/** An opened image: its manifest and config are read and verified; layers are streamed on demand. */
export interface ImageSource {
  info: ImageInfo;
  config: ImageConfig;
  layers: LayerDescriptor[];
  /**
   * Streams each wanted layer's blob once, in whatever order the source stores them, and waits for
   * `use` before the next. The caller verifies the digest as it reads.
   */
  streamLayers(
    wanted: readonly LayerDescriptor[],
    use: (layer: LayerDescriptor, blob: Readable) => Promise<void>,
  ): Promise<void>;
  close?(): Promise<void>;
}

export interface OpenOptions {
  cwd: string;
  /** `os/arch[/variant]`, default `linux/amd64`. */
  platform?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** The run's shared registry answers (`portcullis check`). */
  registryCache?: RegistryCache;
}
