import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { type IgnoreEntry, IgnoreFileError } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `.trivyignore`: one ID a line, `#` comments, and an optional `exp:YYYY-MM-DD` expiry.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#trivyignore
 */
export function parseTrivyignore(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [id, ...rest] = line.split(/\s+/);
    let expires: string | undefined;
    for (const token of rest) {
      const m = /^exp:(.*)$/.exec(token);
      if (!m)
        throw new IgnoreFileError(
          file,
          i + 1,
          `unexpected "${token}" (only exp:YYYY-MM-DD may follow the ID)`,
        );
      if (!DATE.test(m[1]!)) throw new IgnoreFileError(file, i + 1, `expiry "${m[1]}" is not YYYY-MM-DD`);
      expires = m[1];
    }
    entries.push({ id: id!, ...(expires ? { expires } : {}), file, line: i + 1, source: 'trivyignore' });
  });
  return entries;
}

/**
 * Parses `.trivyignore.yaml`: lists `vulnerabilities` and `secrets` of `{id, paths, purls,
 * expired_at, statement}`. `misconfigurations` and `licenses` are accepted and left alone.
 * @see https://trivy.dev/latest/docs/configuration/filtering/#trivyignoreyaml
 */
export function parseTrivyignoreYaml(text: string, file: string): IgnoreEntry[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new IgnoreFileError(file, e.linePos?.[0]?.line ?? 1, e.message);
  }
  const entries: IgnoreEntry[] = [];
  const root = doc.contents;
  if (root === null) return entries;
  if (!isMap(root))
    throw new IgnoreFileError(file, 1, 'expected a mapping with vulnerabilities/secrets lists');
  for (const section of ['vulnerabilities', 'secrets']) {
    const list = root.get(section, true);
    if (list === undefined) continue;
    if (!isSeq(list)) throw new IgnoreFileError(file, 1, `"${section}" must be a list`);
    for (const item of list.items) {
      const line = isMap(item) && item.range ? counter.linePos(item.range[0]).line : 1;
      const value = (isMap(item) ? item.toJSON() : undefined) as Record<string, unknown> | undefined;
      if (!value || typeof value.id !== 'string')
        throw new IgnoreFileError(file, line, `each ${section} entry needs an "id"`);
      const list = (key: string): string[] | undefined => {
        const v = value[key];
        if (v === undefined) return undefined;
        if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
          throw new IgnoreFileError(file, line, `"${key}" must be a list of strings`);
        return v;
      };
      const expired = value.expired_at;
      const expires =
        expired instanceof Date
          ? expired.toISOString().slice(0, 10)
          : typeof expired === 'string'
            ? expired
            : undefined;
      if (expires !== undefined && !DATE.test(expires))
        throw new IgnoreFileError(file, line, `expired_at "${expires}" is not YYYY-MM-DD`);
      const purls = list('purls');
      const paths = list('paths');
      entries.push({
        id: value.id,
        ...(purls ? { purls } : {}),
        ...(paths ? { paths } : {}),
        ...(typeof value.statement === 'string' ? { reason: value.statement } : {}),
        ...(expires ? { expires } : {}),
        file,
        line,
        source: 'trivyignore.yaml',
      });
    }
  }
  return entries;
}

/**
 * Our own list, `scan.ignore` in portcullis.yaml: `{id, purl?, paths?, reason, expires?}`,
 * where a reason is required so every exception says why it exists.
 */
export function parseOwnIgnores(value: unknown, file: string): IgnoreEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new IgnoreFileError(file, 1, 'scan.ignore must be a list');
  return value.map((item, i) => {
    const where = `scan.ignore[${i}]`;
    if (typeof item !== 'object' || item === null)
      throw new IgnoreFileError(file, 1, `${where} must be a mapping`);
    const e = item as Record<string, unknown>;
    if (typeof e.id !== 'string' || !e.id) throw new IgnoreFileError(file, 1, `${where} needs an "id"`);
    if (typeof e.reason !== 'string' || !e.reason.trim())
      throw new IgnoreFileError(file, 1, `${where} (${e.id}) needs a "reason"`);
    const expires = e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : e.expires;
    if (expires !== undefined && (typeof expires !== 'string' || !DATE.test(expires)))
      throw new IgnoreFileError(file, 1, `${where} (${e.id}): expires must be YYYY-MM-DD`);
    const paths = Array.isArray(e.paths) ? (e.paths as string[]) : undefined;
    return {
      id: e.id,
      ...(typeof e.purl === 'string' ? { purls: [e.purl] } : {}),
      ...(paths ? { paths } : {}),
      reason: e.reason,
      ...(typeof expires === 'string' ? { expires } : {}),
      file,
      line: 0,
      source: 'portcullis' as const,
    };
  });
}
