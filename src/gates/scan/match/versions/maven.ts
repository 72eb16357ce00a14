import { InvalidVersionError } from './types.js';

/** Known qualifiers in release order; `""` is the release itself (also `ga`, `final`, `release`). */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

/** Unknown qualifiers sort after all known ones, among themselves lexically. */
function comparableQualifier(qualifier: string): string {
  const index = QUALIFIERS.indexOf(qualifier);
  return index < 0 ? `${QUALIFIERS.length}-${qualifier}` : String(index);
}

type Item = IntItem | StringItem | ListItem;

class IntItem {
  readonly kind = 'int';
  constructor(readonly value: bigint) {}
  isNull(): boolean {
    return this.value === 0n;
  }
  compareTo(other: Item | undefined): number {
    if (other === undefined) return this.value === 0n ? 0 : 1;
    if (other.kind !== 'int') return 1;
    return this.value === other.value ? 0 : this.value < other.value ? -1 : 1;
  }
}

class StringItem {
  readonly kind = 'string';
  readonly value: string;
  constructor(value: string, followedByDigit: boolean) {
    let v = value;
    if (followedByDigit && v.length === 1) {
      // 'a1' is alpha-1, 'b1' beta-1, 'm1' milestone-1.
      v = { a: 'alpha', b: 'beta', m: 'milestone' }[v] ?? v;
    }
    this.value = ALIASES[v] ?? v;
  }
  isNull(): boolean {
    return comparableQualifier(this.value) === RELEASE_INDEX;
  }
  compareTo(other: Item | undefined): number {
    const mine = comparableQualifier(this.value);
    if (other === undefined) return compareStrings(mine, RELEASE_INDEX);
    if (other.kind === 'int' || other.kind === 'list') return -1;
    return compareStrings(mine, comparableQualifier(other.value));
  }
}

class ListItem {
  readonly kind = 'list';
  readonly items: Item[] = [];
  isNull(): boolean {
    return this.items.length === 0;
  }
  /** Drops trailing null items (0, "", empty lists) before the last non-list item. */
  normalize(): void {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const last = this.items[i]!;
      if (last.isNull()) this.items.splice(i, 1);
      else if (last.kind !== 'list') break;
    }
  }
  compareTo(other: Item | undefined): number {
    if (other === undefined) {
      const first = this.items[0];
      return first === undefined ? 0 : first.compareTo(undefined);
    }
    if (other.kind === 'int') return -1;
    if (other.kind === 'string') return 1;
    const length = Math.max(this.items.length, other.items.length);
    for (let i = 0; i < length; i++) {
      const l = this.items[i];
      const r = other.items[i];
      const result = l === undefined ? (r === undefined ? 0 : -r.compareTo(l)) : l.compareTo(r);
      if (result !== 0) return result;
    }
    return 0;
  }
}

function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? new IntItem(BigInt(text)) : new StringItem(text, false);
}

function parseMaven(version: string): ListItem {
  const text = version.trim().toLowerCase();
  if (text === '') throw new InvalidVersionError('maven', version);
  const root = new ListItem();
  let list = root;
  const stack: ListItem[] = [root];
  const push = (): void => {
    const next = new ListItem();
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '.') {
      list.items.push(i === start ? new IntItem(0n) : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
    } else if (c === '-') {
      list.items.push(i === start ? new IntItem(0n) : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
      push();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        list.items.push(new StringItem(text.slice(start, i), true));
        start = i;
        push();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, text.slice(start, i)));
        start = i;
        push();
      }
      isDigit = false;
    }
  }
  if (text.length > start) list.items.push(parseItem(isDigit, text.slice(start)));
  while (stack.length > 0) stack.pop()!.normalize();
  return root;
}

/**
 * Compares Maven versions with the rules of Maven's `ComparableVersion` (3.6–3.8 semantics,
 * the ones Trivy and Grype use): `.`/`-`/digit-letter transitions split items, qualifiers order
 * `alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < others`,
 * and trailing zeros and empty qualifiers are dropped.
 * @see https://maven.apache.org/ref/3.8.8/maven-artifact/apidocs/org/apache/maven/artifact/versioning/ComparableVersion.html
 */
export function compareMaven(a: string, b: string): number {
  return parseMaven(a).compareTo(parseMaven(b));
}
