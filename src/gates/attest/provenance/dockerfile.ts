import { DockerfileParser } from 'dockerfile-ast';
import type { ResourceDescriptor } from './types.js';

export interface DockerfileDependencies {
  dependencies: ResourceDescriptor[];
  /** Base images named by tag only, which provenance cannot record verifiably. */
  unpinned: string[];
}

/**
 * The base images a Dockerfile builds on, as SLSA resolvedDependencies in the form BuildKit
 * writes them (`pkg:docker/<name>@<tag>` with the digest). Only `FROM` images pinned by digest
 * are recorded, because a tag says nothing verifiable about what was pulled; stage names,
 * `scratch` and `${ARG}` images are not base images.
 * https://slsa.dev/spec/v1.1/provenance#resolvedDependencies
 */
export function dockerfileDependencies(text: string): DockerfileDependencies {
  const stages = new Set<string>();
  const out: DockerfileDependencies = { dependencies: [], unpinned: [] };
  const seen = new Set<string>();
  for (const from of DockerfileParser.parse(text).getFROMs()) {
    const image = from.getImage();
    const lower = image?.toLowerCase();
    if (image && lower && !stages.has(lower) && lower !== 'scratch' && !image.includes('$')) {
      const digest = from.getImageDigest();
      const [algorithm, hex] = digest?.split(':') ?? [];
      if (!digest || !algorithm || !hex) out.unpinned.push(image);
      else if (!seen.has(image)) {
        seen.add(image);
        const name = image.slice(0, image.lastIndexOf('@'));
        const tag = from.getImageTag();
        const repo = tag ? name.slice(0, name.length - tag.length - 1) : name;
        out.dependencies.push({
          uri: `pkg:docker/${repo}@${tag ?? digest}`,
          digest: { [algorithm]: hex },
          name,
        });
      }
    }
    const stage = from.getBuildStage();
    if (stage) stages.add(stage.toLowerCase());
  }
  return out;
}
