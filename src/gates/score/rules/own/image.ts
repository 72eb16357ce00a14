/** The parts of an image reference the score rules read. */
export interface ImageParts {
  tag?: string;
  digest?: string;
}

/**
 * Splits `name[:tag][@digest]`; a `:` before the last `/` belongs to a registry port.
 * https://github.com/distribution/reference/blob/main/reference.go
 */
export function imageParts(ref: string): ImageParts {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}
