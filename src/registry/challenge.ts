/** One `WWW-Authenticate` challenge: its scheme and parameters. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` header (RFC 7235 §4.1), e.g.
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"`.
 * Several challenges may share the header; parameters may be quoted with `\` escapes.
 * https://distribution.github.io/distribution/spec/auth/token/
 */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  const re = /\s*(?:,\s*)?([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*))?/y;
  let current: Challenge | undefined;
  let pos = 0;
  while (pos < header.length) {
    re.lastIndex = pos;
    const m = re.exec(header);
    if (!m || m[0].length === 0) break;
    pos = re.lastIndex;
    const [, name, raw] = m;
    if (raw === undefined) {
      current = { scheme: name.toLowerCase(), params: {} };
      out.push(current);
      continue;
    }
    if (!current) break;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    current.params[name.toLowerCase()] = value;
  }
  return out;
}
