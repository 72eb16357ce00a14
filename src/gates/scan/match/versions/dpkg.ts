import { InvalidVersionError, sign } from './types.js';

/**
 * Orders each character of a non-digit run the way dpkg's `order()` does: `~` before
 * everything (even the end of the string), letters before every other character.
 */
function order(code: number | undefined): number {
  if (code === undefined) return 0;
  if (code >= 48 && code <= 57) return 0;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code;
  if (code === 126) return -1;
  return code + 256;
}

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 48 && code <= 57;
}

/** dpkg's `verrevcmp`, for an upstream version or a revision. */
function compareFragment(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(i < a.length ? a.charCodeAt(i) : undefined);
      const bc = order(j < b.length ? b.charCodeAt(j) : undefined);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a.charCodeAt(i) === 48) i++;
    while (b.charCodeAt(j) === 48) j++;
    while (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a.charCodeAt(i))) return 1;
    if (isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

export interface DpkgVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

/** Splits `[epoch:]upstream[-revision]` as dpkg's `parseversion` does (deb-version(7)). */
export function parseDpkgVersion(version: string): DpkgVersion {
  const text = version.trim();
  if (text === '' || /\s/.test(text)) throw new InvalidVersionError('dpkg', version);
  const colon = text.indexOf(':');
  let epoch = 0;
  let rest = text;
  if (colon >= 0) {
    const epochText = text.slice(0, colon);
    if (!/^\d+$/.test(epochText)) throw new InvalidVersionError('dpkg', version, 'epoch is not a number');
    epoch = Number(epochText);
    rest = text.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
  if (upstream === '') throw new InvalidVersionError('dpkg', version, 'empty upstream version');
  return { epoch, upstream, revision };
}

/**
 * Compares Debian package versions exactly as `dpkg --compare-versions` does.
 * @see https://manpages.debian.org/bookworm/dpkg-dev/deb-version.7.en.html
 */
export function compareDpkg(a: string, b: string): number {
  const va = parseDpkgVersion(a);
  const vb = parseDpkgVersion(b);
  if (va.epoch !== vb.epoch) return va.epoch < vb.epoch ? -1 : 1;
  return sign(compareFragment(va.upstream, vb.upstream) || compareFragment(va.revision, vb.revision));
}
