import { InvalidReferenceError } from './errors.js';

/** A parsed, normalised image reference. */
export interface ImageReference {
  /** `docker.io` for Docker Hub; otherwise the host with its port, e.g. `localhost:5000`. */
  registry: string;
  /** The path, with Docker Hub's `library/` for official images, e.g. `library/node`. */
  repository: string;
  tag?: string;
  /** `algorithm:hex`, e.g. `sha256:…`. */
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';

// The grammar of github.com/distribution/reference (regexp.go).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|${IPV6})(?::[0-9]+)?$`);
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const KNOWN_DIGESTS: Record<string, RegExp> = {
  sha256: /^[a-f0-9]{64}$/,
  sha512: /^[a-f0-9]{128}$/,
};
const NAME_MAX = 255;

/** Docker's rule: the first component is a registry when it has a `.` or `:`, is `localhost`, or has upper case. */
function splitDomain(name: string): { domain?: string; path: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { path: name };
  const first = name.slice(0, slash);
  if (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase())
    return { domain: first, path: name.slice(slash + 1) };
  return { path: name };
}

/** Validates `algorithm:hex`; throws for malformed or wrong-length known digests. */
export function checkDigest(digest: string, whole = digest): string {
  if (!DIGEST.test(digest)) throw new InvalidReferenceError(whole, `"${digest}" is not a digest`);
  const [algorithm, hex] = digest.split(':', 2);
  const known = KNOWN_DIGESTS[algorithm];
  if (known && !known.test(hex))
    throw new InvalidReferenceError(
      whole,
      `${algorithm} digest must be ${known === KNOWN_DIGESTS.sha256 ? 64 : 128} lower-case hex digits`,
    );
  return digest;
}

/**
 * Parses and normalises an image reference as `docker pull` does: no registry means
 * `docker.io`, a one-part Docker Hub name gains `library/`, `index.docker.io` is `docker.io`,
 * and a tag and a digest may both be present. A missing tag stays missing (it is not
 * `latest` here). Throws {@link InvalidReferenceError} for text outside the grammar.
 * https://github.com/distribution/reference/blob/main/reference.go
 */
export function parseImageReference(text: string): ImageReference {
  const input = text.trim();
  if (input === '') throw new InvalidReferenceError(text, 'empty');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = checkDigest(rest.slice(at + 1), input);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new InvalidReferenceError(input, `"${tag}" is not a valid tag`);
  }
  if (rest.length > NAME_MAX)
    throw new InvalidReferenceError(input, `name longer than ${NAME_MAX} characters`);
  const { domain, path } = splitDomain(rest);
  if (domain !== undefined && !DOMAIN.test(domain))
    throw new InvalidReferenceError(input, `"${domain}" is not a valid registry host`);
  if (!PATH.test(path)) {
    const reason =
      path !== path.toLowerCase()
        ? 'repository name must be lower-case'
        : `"${path}" is not a valid repository name`;
    throw new InvalidReferenceError(input, reason);
  }
  let registry = domain ?? DOCKER_HUB;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/**
 * The fully qualified text of a reference, `registry/repository[:tag][@digest]`, e.g.
 * `docker.io/library/node:20@sha256:…`. With `familiar`, Docker Hub names are shortened as
 * `docker` prints them (`node:20`).
 */
export function formatImageReference(ref: ImageReference, options: { familiar?: boolean } = {}): string {
  let name = `${ref.registry}/${ref.repository}`;
  if (options.familiar && ref.registry === DOCKER_HUB)
    name =
      ref.repository.startsWith('library/') && ref.repository.split('/').length === 2
        ? ref.repository.slice(8)
        : ref.repository;
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
