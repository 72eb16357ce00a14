/**
 * Splits a Debian control file (deb822) or an RFC 822 metadata header into stanzas of fields.
 * Continuation lines (starting with a space or tab) are appended to the previous field.
 * See https://www.debian.org/doc/debian-policy/ch-controlfields.html#syntax-of-control-files
 */
export function parseStanzas(text: string): Record<string, string>[] {
  const stanzas: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let lastKey: string | undefined;
  const flush = () => {
    if (Object.keys(current).length) stanzas.push(current);
    current = {};
    lastKey = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && lastKey) {
      current[lastKey] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    lastKey = line.slice(0, colon).trim();
    current[lastKey] = line.slice(colon + 1).trim();
  }
  flush();
  return stanzas;
}

/** The header fields of a Python core-metadata file (METADATA / PKG-INFO); the body after the blank line is ignored. */
export function parseMetadataHeaders(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  let lastKey: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && lastKey) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    lastKey = line.slice(0, colon).trim().toLowerCase();
    const values = fields[lastKey] ?? [];
    values.push(line.slice(colon + 1).trim());
    fields[lastKey] = values;
  }
  return fields;
}
