import { Readable } from 'node:stream';
import {
  isIndexMediaType,
  type ManifestResult,
  parseImageReference,
  RegistryClient,
} from '../../../registry/index.js';
import { imageInfo } from './image-info.js';
import { type BlobReader, imageFromManifest } from './manifest.js';
import { type Platform, selectPlatform } from './platform.js';
import type { ImageSource, LayerDescriptor, OpenOptions } from './types.js';

/**
 * `docker://name[:tag|@digest]` or a bare reference: pulls through the shared OCI distribution client
 * (src/registry/), which checks every manifest and blob against its digest. An index is resolved to
 * the `--platform` image; layers stream one at a time and are never written to disk.
 */
export async function openRegistryImage(
  text: string,
  reference: string,
  platform: Platform,
  options: OpenOptions,
): Promise<ImageSource> {
  const ref = parseImageReference(text);
  const client = new RegistryClient({ env: options.env ?? process.env, cache: options.registryCache });
  let result: ManifestResult = await client.getManifest(ref);
  if (isIndexMediaType(result.mediaType) || (!result.manifest.config && result.manifest.manifests)) {
    const child = selectPlatform(result.manifest.manifests ?? [], platform, text);
    result = await client.getManifest({ ...ref, tag: undefined, digest: child.digest });
  }
  const read: BlobReader = async (digest) => Buffer.from(await client.fetchBlob(ref, digest));
  const { config, configDigest, layers } = await imageFromManifest(read, result.manifest, text);
  const tags = ref.tag ? [`${ref.registry}/${ref.repository}:${ref.tag}`] : [];
  return {
    info: imageInfo(
      { reference, transport: 'docker', manifestDigest: result.digest, configDigest, tags },
      config,
      platform,
    ),
    config,
    layers,
    async streamLayers(wanted: readonly LayerDescriptor[], use) {
      for (const layer of wanted) await use(layer, Readable.from(client.blobStream(ref, layer.digest)));
    },
  };
}
