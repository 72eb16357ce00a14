import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** Alias expansion beyond this many nodes is a "billion laughs" document, not a manifest. */
const MAX_ALIASED_NODES = 100_000;

/**
 * Plain JSON-like values of a YAML document, for the rules. A lean stand-in for `doc.toJS()`:
 * manifests need no tags beyond the core schema, no reviver and no Map keys, and this walk is
 * several times faster, which matters on a 10,000-document stream.
 * Throws on an alias cycle or an alias explosion.
 */
export function toPlain(doc: Document, node: unknown = doc.contents): unknown {
  let aliased = 0;
  // `Alias.resolve` searches the whole document; once per alias is enough.
  let targets: Map<unknown, Node | undefined> | undefined;
  const walk = (n: unknown, depth: number): unknown => {
    if (isScalar(n)) return n.value;
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : walk(pair.key, depth);
        const name =
          typeof key === 'string' ? key : typeof key === 'object' ? JSON.stringify(key) : String(key);
        const value = pair.value === null || pair.value === undefined ? null : walk(pair.value, depth);
        // A key named `__proto__` is data in YAML; assigning it would swap the object's prototype.
        if (name === '__proto__')
          Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        else out[name] = value;
      }
      return out;
    }
    if (isSeq(n)) {
      const items = n.items;
      const out: unknown[] = [];
      for (const item of items) out.push(item === null ? null : walk(item, depth));
      return out;
    }
    if (isAlias(n)) {
      if (depth > 64 || ++aliased > MAX_ALIASED_NODES)
        throw new Error('too many or too deeply nested aliases');
      targets ??= new Map();
      if (!targets.has(n)) targets.set(n, n.resolve(doc) as Node | undefined);
      const target = targets.get(n);
      return target === undefined ? null : walk(target, depth + 1);
    }
    return n ?? null;
  };
  return walk(node, 0);
}
