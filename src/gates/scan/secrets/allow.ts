/**
 * Paths where secret-looking strings are almost always examples or test data, after Trivy's
 * built-in allow rules: docs, tests, examples, vendored code, language runtimes' own trees,
 * and Markdown.
 * @see https://github.com/aquasecurity/trivy/blob/main/pkg/fanal/secret/builtin-allow-rules.go
 */
export const DEFAULT_ALLOW_PATHS: readonly RegExp[] = [
  /(^|\/)(tests?|testdata|spec|__tests__|fixtures?|examples?|docs?|samples?)\//i,
  /\.(md|markdown|rst)$/i,
  /^usr\/(share|include)\//,
  /^usr\/lib\/(python[0-9.]*|ruby|gems|node_modules)\//,
  /^usr\/local\/lib\/python[0-9.]*\//,
  /^usr\/local\/go\//,
  /\.dist-info\//,
  /(^|\/)vendor\//,
  /(^|\/)node_modules\/.*\/(tests?|examples?|docs?)\//,
  /(^|\/)locales?\//,
];

export function isAllowedPath(path: string, extra: readonly RegExp[] = []): boolean {
  return [...DEFAULT_ALLOW_PATHS, ...extra].some((p) => p.test(path));
}
