import { parseImageReference } from '../../../../registry/index.js';

/** The parts of an image reference the score rules read. */
export interface ImageParts {
  tag?: string;
  digest?: string;
  /** Why the text is not a valid reference (the rules leave such images alone). */
  invalid?: boolean;
}

/**
 * Tag and digest of an image reference, parsed by the shared registry client (the grammar of
 * github.com/distribution/reference), so the score and pin gates read references alike.
 */
export function imageParts(ref: string): ImageParts {
  try {
    const { tag, digest } = parseImageReference(ref);
    return { tag, digest };
  } catch {
    return { invalid: true };
  }
}
