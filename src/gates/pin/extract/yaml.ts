import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { PortcullisError } from '../../../core/errors.js';
import type { Range } from '../../../core/finding.js';
import { HAS_VARIABLE, type RefContext, type Reference } from '../types.js';

/** A YAML file parsed with positions: every node keeps its source offsets. */
export interface YamlFile {
  file: string;
  text: string;
  docs: Document.Parsed[];
  lines: LineCounter;
}

/**
 * Parses every document of a YAML stream. A syntax error stops the file with its line and
 * column (https://eemeli.org/yaml/#errors); other files are still checked by the caller.
 */
export function parseYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const { line, col } = lines.linePos(err.pos[0]);
      throw new PortcullisError(
        'PARSE_FAILED',
        `${file}:${line}:${col}: invalid YAML: ${firstLine(err.message)}`,
        {
          file,
        },
      );
    }
  }
  return { file, text, docs: list, lines };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** The value under `key` in a map node, or undefined. */
export function get(node: unknown, key: string): unknown {
  return isMap(node) ? node.get(key, true) : undefined;
}

/** `[key, value]` pairs of a map node with scalar keys. */
export function entries(node: unknown): [string, unknown][] {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.flatMap((p) => (isScalar(p.key) ? [[String(p.key.value), p.value]] : []));
}

/** Items of a sequence node. */
export function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** The source range of a scalar's text, quotes excluded; undefined for non-strings and block scalars. */
export function scalarSpan(
  y: YamlFile,
  node: unknown,
): { start: number; end: number; editable: boolean } | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const s = node as Scalar<string>;
  const [start, valueEnd] = s.range as [number, number, number];
  switch (s.type) {
    case 'PLAIN':
      return { start, end: valueEnd, editable: y.text.slice(start, valueEnd) === s.value };
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE': {
      const inner = { start: start + 1, end: valueEnd - 1 };
      return { ...inner, editable: y.text.slice(inner.start, inner.end) === s.value };
    }
    default:
      return undefined;
  }
}

/** 1-based range of source offsets, via the file's LineCounter. */
export function yamlRange(y: YamlFile, start: number, end: number): Range {
  const a = y.lines.linePos(start);
  const b = y.lines.linePos(end);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** A reference from a YAML string scalar; undefined when the node is not a usable string. */
export function scalarRef(
  y: YamlFile,
  node: unknown,
  kind: Reference['kind'],
  context: RefContext,
  skip = 0,
): Reference | undefined {
  const span = scalarSpan(y, node);
  const value = span ? String((node as Scalar).value) : undefined;
  if (!span || value === undefined || value.trim() === '') return undefined;
  const raw = value.slice(skip);
  const vars = HAS_VARIABLE.test(raw) ? variablesIn(raw) : [];
  return {
    kind,
    context,
    file: y.file,
    raw,
    value: vars.length ? undefined : raw,
    unresolved: vars.length ? vars : undefined,
    range: yamlRange(y, span.start + (span.editable ? skip : 0), span.end),
    editable: span.editable && vars.length === 0,
  };
}

/** Names of `$VAR`, `${VAR}` and `${{ expr }}` occurrences, for messages. */
export function variablesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /\$\{\{\s*([^}]*?)\s*\}\}|\$\{([^}:\-+?]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
  ))
    out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return out.length ? out : ['$'];
}

/** Image reference from either `image: x` or an object `{ [key]: x }` (GitLab `name:`, GitHub `image:`). */
export function imageOf(y: YamlFile, node: unknown, context: RefContext, key: string): Reference | undefined {
  if (isScalar(node)) return scalarRef(y, node, 'image', context);
  return isMap(node) ? scalarRef(y, get(node, key), 'image', context) : undefined;
}

export type { Node };
