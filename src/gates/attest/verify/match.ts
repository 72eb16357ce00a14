import { PortcullisError } from '../../../core/errors.js';

/** An expected value: exact, or a pattern that must match the whole value. */
export type Matcher = { exact: string } | { pattern: string; regex: RegExp };

/**
 * Compiles a user's pattern anchored at both ends, so `acme` never matches `repo:acme/app`.
 * @sigstore/verify matches its SAN policy as an unanchored RegExp, which is why user strings
 * are never handed to it. https://github.com/sigstore/sigstore-js/blob/main/packages/verify/src/policy.ts
 */
export function anchored(pattern: string, name: string): Matcher {
  try {
    return { pattern, regex: new RegExp(`^(?:${pattern})$`, 'u') };
  } catch (cause) {
    throw new PortcullisError('CONFIG_INVALID', `${name}: not a valid regular expression: ${pattern}`, {
      cause,
    });
  }
}

export function exact(value: string): Matcher {
  return { exact: value };
}

export function matches(m: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return 'exact' in m ? m.exact === value : m.regex.test(value);
}

export function describe(m: Matcher): string {
  return 'exact' in m ? `"${m.exact}"` : `/^(?:${m.pattern})$/`;
}
