import { InvalidVersionError, sign } from './types.js';

/** PHP `version_compare` special forms, in order; unknown words rank lowest, numbers above `#`. */
const SPECIAL: Record<string, number> = {
  dev: 0,
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  rc: 3,
  RC: 3,
  '#': 4,
  pl: 5,
  p: 5,
};

function canonical(version: string): string[] {
  const text = version.trim().replace(/^v(?=\d)/i, '');
  if (text === '' || /\s/.test(text)) throw new InvalidVersionError('packagist', version);
  return text
    .replace(/[-_+]/g, '.')
    .replace(/(\d)(?=[^\d.])|([^\d.])(?=\d)/g, '$1$2.')
    .split('.')
    .filter((part) => part !== '');
}

function rankOf(part: string): number {
  return SPECIAL[part] ?? SPECIAL[part.toLowerCase()] ?? -1;
}

function comparePart(a: string, b: string): number {
  const aNum = /^\d+$/.test(a);
  const bNum = /^\d+$/.test(b);
  if (aNum && bNum) return sign(Number(a) - Number(b));
  if (!aNum && !bNum) return sign(rankOf(a) - rankOf(b));
  // A number against a word: the number ranks as '#'.
  return aNum ? sign(SPECIAL['#']! - rankOf(b)) : sign(rankOf(a) - SPECIAL['#']!);
}

/**
 * Compares Composer package versions the way PHP's `version_compare` orders them
 * (`dev < alpha = a < beta = b < RC = rc < # < pl = p`), after dropping a leading `v`.
 * @see https://www.php.net/manual/en/function.version-compare.php
 */
export function comparePackagist(a: string, b: string): number {
  const left = canonical(a);
  const right = canonical(b);
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const l = left[i];
    const r = right[i];
    // PHP: a missing part against a number is smaller; against a word, '#' vs the word.
    if (l === undefined) return /^\d+$/.test(r!) ? -1 : comparePart('#', r!);
    if (r === undefined) return /^\d+$/.test(l) ? 1 : comparePart(l, '#');
    const result = comparePart(l, r);
    if (result !== 0) return result;
  }
  return 0;
}
