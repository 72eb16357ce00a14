/** Result of expanding Dockerfile variables: the text, or the names that had no value. */
export interface Expansion {
  value?: string;
  unresolved: string[];
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Expands `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:+alt}` and `${X+alt}` the way
 * BuildKit's shell lexer does for FROM and flag values
 * (https://docs.docker.com/reference/dockerfile/#environment-replacement). A variable with no
 * value and no default stays unresolved, so the reference is reported, never guessed.
 */
export function expand(text: string, vars: ReadonlyMap<string, string | undefined>): Expansion {
  const unresolved: string[] = [];
  const value = text.replace(
    VAR,
    (_m, braced: string | undefined, op: string | undefined, arg = '', bare) => {
      const name = (braced ?? bare) as string;
      const has = vars.has(name) && vars.get(name) !== undefined;
      const v = vars.get(name) ?? '';
      switch (op) {
        case ':-':
          return v !== '' ? v : arg;
        case '-':
          return has ? v : arg;
        case ':+':
          return v !== '' ? arg : '';
        case '+':
          return has ? arg : '';
        default:
          if (!has) unresolved.push(name);
          return v;
      }
    },
  );
  return unresolved.length || /\$/.test(value)
    ? { unresolved: unresolved.length ? unresolved : ['$'] }
    : { value, unresolved };
}
