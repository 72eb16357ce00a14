import { Composer, type Document, isMap, isSeq, LineCounter, Parser } from 'yaml';
import type { GateError } from '../../../core/finding.js';
import { isJson, type Json, type ManifestObject, type Path } from '../model.js';
import { toPlain } from './plain.js';

export interface Source {
  /** Path as the user gave it, `-` for stdin. */
  file: string;
  text: string;
}

export interface Parsed {
  objects: ManifestObject[];
  errors: GateError[];
}

function toObject(
  source: Source,
  doc: Document,
  lines: LineCounter,
  base: Path,
  value: Json,
): ManifestObject {
  const meta = isJson(value.metadata) ? value.metadata : {};
  return {
    file: source.file,
    doc,
    lines,
    base,
    value,
    kind: typeof value.kind === 'string' ? value.kind : '',
    apiVersion: typeof value.apiVersion === 'string' ? value.apiVersion : '',
    name: meta.name === undefined || meta.name === null ? 'undefined' : String(meta.name),
    namespace: meta.namespace === undefined || meta.namespace === null ? undefined : String(meta.namespace),
  };
}

/** A `kind: List` (or a bare array) stands for its items, each scored on its own. */
function expand(
  source: Source,
  doc: Document,
  lines: LineCounter,
  base: Path,
  value: unknown,
  out: ManifestObject[],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      expand(source, doc, lines, [...base, i], item, out);
    });
    return;
  }
  if (!isJson(value)) return;
  if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    expand(source, doc, lines, [...base, 'items'], value.items, out);
    return;
  }
  out.push(toObject(source, doc, lines, base, value));
}

/**
 * Parses a manifest stream with `yaml`, one document at a time so that a large stream is never
 * held whole: every document separator form, JSON (a YAML subset), `kind: List` expanded. A
 * document that does not parse becomes an error naming its file, line and column; the other
 * documents are still read.
 * https://kubernetes.io/docs/reference/using-api/api-concepts/#collections
 */
export function forEachManifest(
  source: Source,
  onObject: (o: ManifestObject) => void,
  onError: (e: GateError) => void,
): void {
  const lines = new LineCounter();
  const composer = new Composer({ prettyErrors: false });
  for (const doc of composer.compose(new Parser(lines.addNewLine).parse(source.text))) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const p = lines.linePos(e.pos[0]);
      onError({
        file: source.file,
        message: `${source.file}:${p.line}:${p.col}: invalid YAML: ${e.message.split('\n')[0]}`,
        code: 'PARSE_FAILED',
      });
      continue;
    }
    if (!isMap(doc.contents) && !isSeq(doc.contents)) continue;
    let value: unknown;
    try {
      value = toPlain(doc as Document);
    } catch (error) {
      const p = lines.linePos(doc.contents.range?.[0] ?? 0);
      onError({
        file: source.file,
        message: `${source.file}:${p.line}:${p.col}: cannot read document: ${(error as Error).message}`,
        code: 'PARSE_FAILED',
      });
      continue;
    }
    const objects: ManifestObject[] = [];
    expand(source, doc as Document, lines, [], value, objects);
    for (const o of objects) onObject(o);
  }
}

/** All objects of a stream at once (see `forEachManifest`). */
export function parseManifests(source: Source): Parsed {
  const out: Parsed = { objects: [], errors: [] };
  forEachManifest(
    source,
    (o) => out.objects.push(o),
    (e) => out.errors.push(e),
  );
  return out;
}
