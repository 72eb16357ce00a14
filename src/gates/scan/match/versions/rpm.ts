import { InvalidVersionError } from './types.js';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isAlnum = (c: string | undefined): boolean => isDigit(c) || isAlpha(c);

/**
 * rpm's `rpmvercmp` for one version or release string, with `~` (sorts before anything, even
 * the end) and `^` (sorts after the end but before any other addition), as in rpm ≥ 4.15.
 * @see https://github.com/rpm-software-management/rpm/blob/master/rpmio/rpmvercmp.cc
 */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (!(i < a.length && j < b.length)) break;
    const numeric = isDigit(a[i]);
    const inSegment = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (ei < a.length && inSegment(a[ei])) ei++;
    while (ej < b.length && inSegment(b[ej])) ej++;
    // A numeric segment is newer than an alphabetic one.
    if (ej === j) return numeric ? 1 : -1;
    let sa = a.slice(i, ei);
    let sb = b.slice(j, ej);
    if (numeric) {
      sa = sa.replace(/^0+/, '');
      sb = sb.replace(/^0+/, '');
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1;
    }
    if (sa !== sb) return sa < sb ? -1 : 1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i < a.length ? 1 : -1;
}

export interface RpmEvr {
  epoch: number;
  version: string;
  release: string;
}

/** Parses `[epoch:]version[-release]`; a missing epoch is 0 as in `rpm -q --qf %{EPOCHNUM}`. */
export function parseRpmEvr(evr: string): RpmEvr {
  const text = evr.trim();
  if (text === '' || /\s/.test(text)) throw new InvalidVersionError('rpm', evr);
  const colon = text.indexOf(':');
  let epoch = 0;
  let rest = text;
  if (colon >= 0) {
    const epochText = text.slice(0, colon);
    if (!/^\d*$/.test(epochText)) throw new InvalidVersionError('rpm', evr, 'epoch is not a number');
    epoch = epochText === '' ? 0 : Number(epochText);
    rest = text.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  return hyphen >= 0
    ? { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen + 1) }
    : { epoch, version: rest, release: '' };
}

/**
 * Compares two rpm EVR strings like `rpm.labelCompare` (rpmVersionCompare): epoch, then
 * version, then release, each with rpmvercmp.
 */
export function compareRpm(a: string, b: string): number {
  const ea = parseRpmEvr(a);
  const eb = parseRpmEvr(b);
  if (ea.epoch !== eb.epoch) return ea.epoch < eb.epoch ? -1 : 1;
  return rpmvercmp(ea.version, eb.version) || rpmvercmp(ea.release, eb.release);
}
