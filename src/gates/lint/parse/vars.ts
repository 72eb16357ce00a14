/** Variables in scope: name → value, `undefined` when declared without a value. */
export type Scope = ReadonlyMap<string, string | undefined>;

export interface Expansion {
  value: string;
  /** Names referenced but not declared in scope. */
  undefinedNames: string[];
  /** True when every reference had a value. */
  complete: boolean;
}

const REF =
  /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Expands `$v`, `${v}`, `${v:-w}`, `${v-w}`, `${v:+w}`, `${v+w}` and `${v:?msg}` the way BuildKit's
 * shell lexer does for instructions (https://docs.docker.com/reference/dockerfile/#environment-replacement).
 * `\$` stays a literal `$`.
 */
export function expand(text: string, scope: Scope, escapeChar = '\\'): Expansion {
  const undefinedNames: string[] = [];
  let complete = true;
  const esc = escapeChar === '`' ? '`' : '\\\\';
  const guarded = text.replace(new RegExp(`${esc}\\$`, 'g'), '\u0000');
  const value = guarded
    .replace(
      REF,
      (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare) => {
        const name = braced ?? bare;
        const declared = scope.has(name);
        const v = scope.get(name);
        if (!declared) undefinedNames.push(name);
        const set = v !== undefined && (op?.startsWith(':') ? v !== '' : true);
        switch (op) {
          case ':-':
          case '-':
            return set ? v! : expand(word ?? '', scope, escapeChar).value;
          case ':+':
          case '+':
            return set ? expand(word ?? '', scope, escapeChar).value : '';
          default:
            if (v === undefined) complete = false;
            return v ?? '';
        }
      },
    )
    .replace(/\u0000/g, '$');
  return { value, undefinedNames, complete };
}

/** Names referenced in `text` (including inside `${v:-…}` words). */
export function referencedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(REF)) {
    names.push(m[1] ?? m[4]);
    if (m[3]) names.push(...referencedNames(m[3]));
  }
  return names;
}

/** Build arguments BuildKit defines in every FROM (https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope). */
export const AUTOMATIC_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
] as const;

/** Build arguments predefined without an ARG line (https://docs.docker.com/reference/dockerfile/#predefined-args). */
export const PROXY_ARGS = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
] as const;
