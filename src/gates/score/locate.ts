import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range } from '../../core/finding.js';
import type { ManifestObject, Path } from './model.js';

type Span = [start: number, end: number];

function child(node: unknown, key: string | number): { pair?: Pair; node?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    return pair ? { pair, node: (pair.value ?? undefined) as Node | undefined } : undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key] as Node | undefined;
    return item ? { node: item } : undefined;
  }
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
    const name = child(node, 'name');
    if (name?.pair) return pairSpan(name.pair);
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

/**
 * The exact range of a field of an object: `key: value` for a scalar, the key for a block, or,
 * when the field is missing, the deepest part of the path that exists (the container's `name`,
 * or the key of the parent field). Falls back to the object's `kind`.
 */
export function locate(o: ManifestObject, path: Path): Range {
  let node: unknown = o.doc.contents;
  let best: Span | undefined;
  const full = [...o.base, ...path];
  for (let i = 0; i < full.length; i++) {
    const step = child(node, full[i]);
    if (!step) break;
    if (step.pair) best = pairSpan(step.pair) ?? best;
    else if (step.node && i >= o.base.length) best = itemSpan(step.node) ?? best;
    node = step.node;
    if (!node) break;
  }
  if (!best || path.length === 0) {
    let base: unknown = o.doc.contents;
    for (const k of o.base) base = child(base, k)?.node;
    const kind = child(base, 'kind');
    best =
      (kind?.pair && pairSpan(kind.pair)) ||
      (isMap(base) && base.range ? [base.range[0], base.range[0]] : [0, 0]);
  }
  return toRange(o, best);
}
