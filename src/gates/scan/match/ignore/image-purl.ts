import { PackageURL } from 'packageurl-js';

/** What {@link imagePurl} needs of the scanned image. */
export interface ImageIdentity {
  reference: string;
  transport: string;
  manifestDigest?: string;
  platform: { architecture: string };
}

/** `ghcr.io/org/app:1.2` → `ghcr.io/org/app`; Docker Hub names get `index.docker.io` and `library/`. */
function repository(reference: string): string {
  let repo = reference.split('@')[0]!;
  const slash = repo.lastIndexOf('/');
  const colon = repo.lastIndexOf(':');
  if (colon > slash) repo = repo.slice(0, colon);
  const first = repo.split('/')[0]!;
  const hasRegistry =
    repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return repo.replace(/^docker\.io\//, 'index.docker.io/');
  return `index.docker.io/${repo.includes('/') ? repo : `library/${repo}`}`;
}

/**
 * The image's own purl as Trivy writes it (pkg/purl `parseOCI`): `pkg:oci/<name>@<manifest
 * digest>?arch=…&repository_url=…`, so a CSAF relationship may name the image as the product a
 * package is part of. Only for registry images, which have a repository and a manifest digest.
 * @see https://github.com/package-url/purl-spec/blob/main/types-doc/oci-definition.md
 */
export function imagePurl(image: ImageIdentity): string | undefined {
  if (image.transport !== 'docker' || !image.manifestDigest) return undefined;
  const repo = repository(image.reference.replace(/^docker:\/\//, ''));
  const name = repo.split('/').pop()!.toLowerCase();
  return new PackageURL('oci', undefined, name, image.manifestDigest, {
    arch: image.platform.architecture,
    repository_url: repo,
  }).toString();
}
