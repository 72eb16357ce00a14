import { InvalidVersionError } from './types.js';

type Segment = number | string;

const VALID = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Gem::Version#canonical_segments: numbers then strings, trailing zeros of each part dropped. */
function canonicalSegments(version: string): Segment[] {
  const text = version.trim();
  if (!VALID.test(text)) throw new InvalidVersionError('rubygems', version);
  const normalised = text.replace(/-/g, '.pre.');
  const segments: Segment[] = (normalised.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) =>
    /^\d+$/.test(s) ? Number(s) : s,
  );
  const firstString = segments.findIndex((s) => typeof s === 'string');
  const numeric = firstString < 0 ? segments : segments.slice(0, firstString);
  const strings = firstString < 0 ? [] : segments.slice(firstString);
  const trim = (list: Segment[]): Segment[] => {
    let end = list.length;
    while (end > 0 && list[end - 1] === 0) end--;
    return list.slice(0, end);
  };
  return [...trim(numeric), ...trim(strings)];
}

/**
 * Compares RubyGems versions as `Gem::Version#<=>` does: a letter makes a pre-release
 * (`1.0.a < 1.0`), `-` means `.pre.`, and trailing zeros do not count.
 * @see https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb
 */
export function compareRubyGems(a: string, b: string): number {
  const left = canonicalSegments(a);
  const right = canonicalSegments(b);
  const limit = Math.max(left.length, right.length);
  for (let i = 0; i < limit; i++) {
    const l = left[i] ?? 0;
    const r = right[i] ?? 0;
    if (l === r) continue;
    if (typeof l === 'string' && typeof r === 'number') return -1;
    if (typeof l === 'number' && typeof r === 'string') return 1;
    return l < r ? -1 : 1;
  }
  return 0;
}
