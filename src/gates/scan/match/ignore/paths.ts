import picomatch from 'picomatch';

/** Whether one of the finding's paths matches one of the globs; leading slashes do not count on either side. */
export function pathsMatch(globs: readonly string[], paths: readonly string[]): boolean {
  const patterns = globs.map((g) => g.replace(/^\/+/, ''));
  return paths.some((path) => picomatch.isMatch(path.replace(/^\/+/, ''), patterns, { dot: true }));
}
