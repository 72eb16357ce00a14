import { InvalidVersionError, sign } from './types.js';

/** Token kinds in the order apk-tools ranks them when one version ends earlier than the other. */
enum Token {
  Invalid = -1,
  DigitOrZero = 0,
  Digit = 1,
  Letter = 2,
  Suffix = 3,
  SuffixNo = 4,
  RevisionNo = 5,
  End = 6,
}

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';

/** A reader over one version string that yields apk-tools' tokens one at a time. */
class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  private nextKind(current: Token): Token {
    const c = this.text[this.pos];
    let next: Token = Token.Invalid;
    if (c === undefined) next = Token.End;
    else if ((current === Token.Digit || current === Token.DigitOrZero) && isLower(c)) next = Token.Letter;
    else if (current === Token.Letter && isDigit(c)) next = Token.Digit;
    else if (current === Token.Suffix && isDigit(c)) next = Token.SuffixNo;
    else {
      this.pos++;
      if (c === '.') next = Token.DigitOrZero;
      else if (c === '_') next = Token.Suffix;
      else if (c === '-' && this.text[this.pos] === 'r') {
        this.pos++;
        next = Token.RevisionNo;
      }
    }
    if (next < current) {
      const allowed =
        (next === Token.DigitOrZero && current === Token.Digit) ||
        (next === Token.Suffix && current === Token.SuffixNo) ||
        (next === Token.Digit && current === Token.Letter);
      if (!allowed) return Token.Invalid;
    }
    return next;
  }

  /** Reads the value of a token of kind `kind`; returns it with the kind of the token after it. */
  read(kind: Token): [number, Token] {
    if (this.pos >= this.text.length) return [0, Token.End];
    let value = 0;
    let forced: Token | undefined;
    switch (kind) {
      case Token.DigitOrZero:
        if (this.text[this.pos] === '0') {
          // Leading zeros rank below any digit ("1.02" < "1.2"): all but the last zero are
          // counted negatively, and the last one starts the digit token that follows.
          let zeros = 0;
          while (this.text[this.pos + zeros + 1] === '0') zeros++;
          this.pos += zeros;
          value = -zeros;
          forced = Token.Digit;
          break;
        }
        return this.readDigits(kind);
      case Token.Digit:
      case Token.SuffixNo:
      case Token.RevisionNo:
        return this.readDigits(kind);
      case Token.Letter:
        value = this.text.charCodeAt(this.pos);
        this.pos++;
        break;
      case Token.Suffix: {
        const suffix = this.readSuffix();
        if (suffix === undefined) return [-1, Token.Invalid];
        value = suffix;
        break;
      }
      default:
        return [-1, Token.Invalid];
    }
    return [value, this.after(kind, forced)];
  }

  private readDigits(kind: Token): [number, Token] {
    const start = this.pos;
    const value = this.readNumber();
    if (this.pos - start >= 18) return [-1, Token.Invalid];
    return [value, this.after(kind)];
  }

  private after(kind: Token, forced?: Token): Token {
    if (this.pos >= this.text.length) return Token.End;
    return forced ?? this.nextKind(kind);
  }

  private readNumber(): number {
    let value = 0;
    while (isDigit(this.text[this.pos])) {
      value = value * 10 + (this.text.charCodeAt(this.pos) - 48);
      this.pos++;
    }
    return value;
  }

  private readSuffix(): number | undefined {
    const rest = this.text.slice(this.pos);
    const pre = PRE_SUFFIXES.findIndex((s) => rest.startsWith(s));
    if (pre >= 0) {
      this.pos += PRE_SUFFIXES[pre]!.length;
      return pre - PRE_SUFFIXES.length;
    }
    const post = POST_SUFFIXES.findIndex((s) => rest.startsWith(s));
    if (post >= 0) {
      this.pos += POST_SUFFIXES[post]!.length;
      return post;
    }
    return undefined;
  }
}

/** True when apk-tools accepts `version` (e.g. `1.2.3_rc1-r0`, `2.12r-r4`). */
export function isValidApkVersion(version: string): boolean {
  if (version === '') return false;
  const reader = new Reader(version);
  let kind: Token = Token.Digit;
  while (kind !== Token.End && kind !== Token.Invalid) [, kind] = reader.read(kind);
  return kind === Token.End;
}

/**
 * Compares Alpine package versions as apk-tools' `apk_version_compare` does: dot-separated
 * numbers (leading zeros rank low), one optional letter, suffixes
 * `_alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p`, then `-rN`.
 * @see https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/src/version.c
 */
export function compareApk(a: string, b: string): number {
  // Like apk itself, a version with an unknown part still orders by its valid prefix
  // ("23_foo" > "4_beta"); only an empty version cannot be ordered at all.
  if (a.trim() === '') throw new InvalidVersionError('apk', a);
  if (b.trim() === '') throw new InvalidVersionError('apk', b);
  const ra = new Reader(a);
  const rb = new Reader(b);
  let at: Token = Token.Digit;
  let bt: Token = Token.Digit;
  let av = 0;
  let bv = 0;
  while (at === bt && at !== Token.End && at !== Token.Invalid && av === bv) {
    [av, at] = ra.read(at);
    [bv, bt] = rb.read(bt);
  }
  if (av !== bv) return sign(av - bv);
  if (at === bt) return 0;
  // The longer version is newer, unless what it has more of is a pre-release suffix.
  if (at === Token.Suffix && ra.read(at)[0] < 0) return -1;
  if (bt === Token.Suffix && rb.read(bt)[0] < 0) return 1;
  return at > bt ? -1 : 1;
}
