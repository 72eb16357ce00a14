import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../../core/finding.js';
import type { ManifestObject, Path } from './model.js';

type Span = [start: number, end: number];

/** The pair of a map whose scalar key reads as `key`. */
function pairOf(node: YAMLMap, key: string | number): Pair | undefined {
  const wanted = typeof key === 'string' ? key : String(key);
  for (const p of node.items) {
    const k = p.key;
    if (!isScalar(k)) continue;
    const value = k.value;
    if (value === wanted || (typeof value !== 'string' && String(value) === wanted)) return p;
  }
  return undefined;
}

function childNode(node: unknown, key: string | number): Node | undefined {
  if (isMap(node)) return (pairOf(node, key)?.value ?? undefined) as Node | undefined;
  if (isSeq(node) && typeof key === 'number') return (node.items[key] as Node | undefined) || undefined;
  return undefined;
}

/** The end of a node's own text, without the trailing newline and comments a block keeps. */
function valueEnd(node: Node): number {
  const r = node.range;
  return r ? r[1] : 0;
}

function keySpan(pair: Pair): Span | undefined {
  const key = pair.key as Node | null;
  return key?.range ? [key.range[0], key.range[1]] : undefined;
}

function pairSpan(pair: Pair): Span | undefined {
  const key = keySpan(pair);
  if (!key) return undefined;
  const value = pair.value as Node | null;
  if (!value?.range || ((isMap(value) || isSeq(value)) && !value.flow)) return key;
  return [key[0], valueEnd(value)];
}

/** A container or other list item: its `name` field when it has one, else its first line. */
function itemSpan(node: Node): Span | undefined {
  if (isMap(node)) {
    const name = pairOf(node, 'name');
    if (name) return pairSpan(name);
    const first = node.items[0];
    if (first) return pairSpan(first);
  }
  return node.range ? [node.range[0], valueEnd(node)] : undefined;
}

function toRange(o: ManifestObject, span: Span): Range {
  const a = o.lines.linePos(span[0]);
  const b = o.lines.linePos(Math.max(span[0], span[1]));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Where the object itself is: its `kind`, else the start of its map. */
function objectSpan(o: ManifestObject): Span {
  let base: unknown = o.doc.contents;
  for (const k of o.base) base = childNode(base, k);
  const kind = isMap(base) ? pairOf(base, 'kind') : undefined;
  return (kind && pairSpan(kind)) || (isMap(base) && base.range ? [base.range[0], base.range[0]] : [0, 0]);
}

/**
 * The walk of the last path located, step by step: an object's findings come one after another
 * and share long prefixes (`spec.template.spec.containers.0…`), so each walk resumes where the
 * previous one diverges. `nodes[i]` and `bests[i]` are the state before step `i`.
 */
const walked = {
  object: undefined as ManifestObject | undefined,
  steps: 0,
  keys: [] as (string | number)[],
  nodes: [] as unknown[],
  bests: [] as (Span | undefined)[],
  objectSpan: undefined as Span | undefined,
};

/**
 * The exact range of a field of an object: `key: value` for a scalar, the key for a block, or,
 * when the field is missing, the deepest part of the path that exists (the container's `name`,
 * or the key of the parent field). Falls back to the object's `kind`.
 */
export function locate(o: ManifestObject, path: Path): Range {
  const base = o.base;
  const length = base.length + path.length;
  const w = walked;
  if (w.object !== o) {
    w.object = o;
    w.steps = 0;
    w.nodes[0] = o.doc.contents;
    w.bests[0] = undefined;
    w.objectSpan = undefined;
  }
  let i = 0;
  while (i < w.steps && i < length && w.keys[i] === (i < base.length ? base[i] : path[i - base.length])) i++;
  let node = w.nodes[i];
  let best = w.bests[i];
  for (; i < length; i++) {
    const key = i < base.length ? base[i] : path[i - base.length];
    let next: Node | undefined;
    if (isMap(node)) {
      const pair = pairOf(node, key);
      if (!pair) break;
      best = pairSpan(pair) ?? best;
      next = (pair.value ?? undefined) as Node | undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      next = (node.items[key] as Node | undefined) || undefined;
      if (!next) break;
      if (i >= base.length) best = itemSpan(next) ?? best;
    } else break;
    if (!next) break;
    node = next;
    w.keys[i] = key;
    w.nodes[i + 1] = node;
    w.bests[i + 1] = best;
    w.steps = i + 1;
  }
  if (!best || path.length === 0) {
    w.objectSpan ??= objectSpan(o);
    best = w.objectSpan;
  }
  return toRange(o, best);
}
