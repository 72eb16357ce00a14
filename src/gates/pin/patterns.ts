function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\?]/g, '\\$&');
}

/** A glob where `*` matches any run of characters except those in `stop`. */
export function globRegExp(pattern: string, stop = ''): RegExp {
  const star = stop ? `[^${escapeRegExp(stop)}]*` : '.*';
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join(star)}$`, 'i');
}

/**
 * Whether an image's registry and repository match a trusted-registry pattern, with hadolint's
 * `trustedRegistries` semantics (an image with no registry is on docker.io) extended by an
 * optional repository part: `docker.io`, `*.dkr.ecr.*.amazonaws.com`, `ghcr.io/myorg/*`.
 * https://github.com/hadolint/hadolint#configure
 */
export function registryMatches(pattern: string, registry: string, repository: string): boolean {
  const slash = pattern.indexOf('/');
  const host = slash < 0 ? pattern : pattern.slice(0, slash);
  if (!globRegExp(normaliseHost(host), '/').test(normaliseHost(registry))) return false;
  if (slash < 0) return true;
  const repo = globRegExp(pattern.slice(slash + 1));
  return repo.test(repository) || repo.test(repository.replace(/^library\//, ''));
}

function normaliseHost(host: string): string {
  const h = host.toLowerCase();
  return h === 'index.docker.io' || h === 'registry-1.docker.io' ? 'docker.io' : h;
}

/** Whether a reference text matches one of the `ignore:` globs (`*` matches anything). */
export function ignoredBy(globs: readonly string[], text: string): string | undefined {
  return globs.find((g) => globRegExp(g).test(text));
}
