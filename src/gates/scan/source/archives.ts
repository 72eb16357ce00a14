import { stat } from 'node:fs/promises';
import { ScanError } from '../errors.js';
import { SNIFF_MEDIA_TYPE } from '../layers/decompress.js';
import { imageInfo } from './image-info.js';
import { parseJson, readVerified, sha256, withConfig } from './manifest.js';
import { openLayout } from './oci-layout.js';
import type { Platform } from './platform.js';
import { TarArchive } from './tar-archive.js';
import type { ImageConfig, ImageSource, LayerDescriptor } from './types.js';

async function openArchive(file: string): Promise<TarArchive> {
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) throw new ScanError('IMAGE_NOT_FOUND', `image archive ${file} not found`);
  return TarArchive.open(file);
}

/** `app:1` is stored as `docker.io/library/app:1` or `docker.io/app:1` by some writers (skopeo). */
function tagForms(ref: string): string[] {
  const first = ref.split('/')[0] as string;
  const hasRegistry =
    ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return [ref];
  return [
    ref,
    `docker.io/${ref}`,
    ...(ref.includes('/') ? [] : [`docker.io/library/${ref}`, `library/${ref}`]),
  ];
}

/** `docker save` writes no platform of its own: a config without one is taken as Docker's default. */
const DOCKER_ARCHIVE_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

interface DockerManifestEntry {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

/**
 * `docker-archive:file.tar[:name:tag]`: the output of `docker save` (and `skopeo copy docker-archive:`).
 * `manifest.json` lists each image's config and layer tars; layers are usually uncompressed, so their
 * compression is read from their first bytes and their diffID is verified.
 * See https://github.com/moby/moby/blob/master/image/spec/v1.2.md (combined image JSON + filesystem changeset format)
 */
export async function openDockerArchive(
  file: string,
  reference: string,
  ref: string | undefined,
  platform: Platform,
): Promise<ImageSource> {
  const archive = await openArchive(file);
  const manifestBytes = archive.get('manifest.json');
  if (!manifestBytes) {
    if (archive.has('index.json') && archive.has('oci-layout'))
      return openOciArchiveFrom(archive, file, reference, ref, platform);
    throw new ScanError('MANIFEST_INVALID', `${file} has no manifest.json: not a docker save archive`);
  }
  const entries = parseJson<DockerManifestEntry[]>(manifestBytes, `${file}/manifest.json`);
  const names = ref ? tagForms(ref) : [];
  const chosen = ref ? entries.filter((e) => e.RepoTags?.some((t) => names.includes(t))) : entries;
  if (chosen.length !== 1) {
    const tags = entries.flatMap((e) => e.RepoTags ?? []);
    throw new ScanError(
      'IMAGE_NOT_FOUND',
      ref
        ? `${file} has no image "${ref}" (it has: ${tags.join(', ') || 'none'})`
        : `${file} holds ${entries.length} images; name one as docker-archive:${file}:<name:tag>`,
    );
  }
  const entry = chosen[0] as DockerManifestEntry;
  if (!entry.Config || !Array.isArray(entry.Layers))
    throw new ScanError('MANIFEST_INVALID', `${file}: manifest.json entry without Config or Layers`);
  const configName = entry.Config;
  const configBytes = archive.get(configName);
  if (!configBytes) throw new ScanError('BLOB_MISSING', `${file} has no config ${configName}`);
  const hex = /([0-9a-f]{64})(\.json)?$/.exec(configName)?.[1];
  const configDigest = hex ? `sha256:${hex}` : sha256(configBytes);
  if (hex) await readVerified(async () => configBytes, configDigest);
  const config = parseJson<ImageConfig>(configBytes, `${file}/${configName}`);
  const layerNames = entry.Layers;
  for (const name of layerNames)
    if (!archive.has(name)) throw new ScanError('BLOB_MISSING', `${file} has no layer ${name}`);
  const layers = withConfig(
    layerNames.map((name, index) => {
      const d: LayerDescriptor = { index, mediaType: SNIFF_MEDIA_TYPE, digest: '', diffId: '' };
      const size = archive.sizes.get(name);
      if (size !== undefined) d.size = size;
      return d;
    }),
    config,
    file,
  ).map((l) => ({ ...l, digest: l.diffId }));
  const identity = {
    reference,
    transport: 'docker-archive' as const,
    configDigest,
    tags: entry.RepoTags ?? [],
  };
  return {
    info: imageInfo(identity, config, DOCKER_ARCHIVE_PLATFORM),
    config,
    layers,
    streamLayers: (wanted, use) => {
      const byName = new Map(wanted.map((l) => [layerNames[l.index] as string, l]));
      return archive.stream([...byName.keys()], (name, data) =>
        use(byName.get(name) as LayerDescriptor, data),
      );
    },
  };
}

function openOciArchiveFrom(
  archive: TarArchive,
  file: string,
  reference: string,
  ref: string | undefined,
  platform: Platform,
): Promise<ImageSource> {
  return openLayout(
    { read: async (name) => archive.get(name), stream: (names, use) => archive.stream(names, use) },
    file,
    'oci-archive',
    reference,
    ref,
    platform,
  );
}

/** `oci-archive:file.tar[:ref]`: an OCI image layout packed in a tar. */
export async function openOciArchive(
  file: string,
  reference: string,
  ref: string | undefined,
  platform: Platform,
): Promise<ImageSource> {
  return openOciArchiveFrom(await openArchive(file), file, reference, ref, platform);
}
