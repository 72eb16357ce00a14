/** An image reference split into its parts (https://github.com/distribution/reference grammar). */
export interface ImageRef {
  registry?: string;
  /** Repository path without the registry. */
  path: string;
  tag?: string;
  digest?: string;
}

/**
 * Parses `[registry[:port]/]path[:tag][@digest]`. The first component is a registry when it has a
 * `.` or a `:` or is `localhost`, so `host:5000/img:tag@sha256:…` keeps both its port and its tag.
 */
export function parseImage(ref: string): ImageRef {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, path: rest, tag, digest };
}
