import { unzipSync } from 'fflate';
import type { BufferCataloger, CatalogContext, FileFacts, RawPackage } from './types.js';

const ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|nar)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MANIFEST = 'META-INF/MANIFEST.MF';
const FILE_VERSION = /^(.+?)-(\d[\w.\-+]*)$/;

function parseProperties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line.trim());
    if (m) out[m[1] as string] = (m[2] as string).trim();
  }
  return out;
}

/** MANIFEST.MF main section; continuation lines start with one space (JAR File Specification). */
function parseManifest(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') && last) {
      out[last] += line.slice(1);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    out[last] = line.slice(colon + 1).trim();
  }
  return out;
}

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(ARCHIVE, '');
}

/**
 * Maven packages in a jar/war/ear: every `META-INF/maven/<g>/<a>/pom.properties` (a shaded fat jar has
 * many), else MANIFEST.MF, else the file name; then the same for nested archives (`BOOT-INF/lib/*.jar`,
 * `WEB-INF/lib/*.jar`), down to `maxArchiveDepth`. Trivy's order without its SHA-1 database
 * (trivy pkg/dependency/parser/java/jar/parse.go).
 */
export function parseJavaArchive(
  path: string,
  data: Uint8Array,
  ctx: CatalogContext,
  depth = 0,
): RawPackage[] {
  const files = unzipSync(data, {
    filter: (f) =>
      f.originalSize <= ctx.limits.maxFileBytes &&
      (POM_PROPERTIES.test(f.name) ||
        f.name === MANIFEST ||
        (depth < ctx.limits.maxArchiveDepth && ARCHIVE.test(f.name))),
  });
  const found = new Map<string, RawPackage>();
  const add = (p: RawPackage) => found.set(`${p.group ?? ''}:${p.name}@${p.version}`, p);
  for (const [name, bytes] of Object.entries(files)) {
    if (!POM_PROPERTIES.test(name)) continue;
    const props = parseProperties(Buffer.from(bytes).toString('utf8'));
    if (props.artifactId && props.version) {
      add({
        name: props.artifactId,
        version: props.version,
        ecosystem: 'maven',
        ...(props.groupId ? { group: props.groupId } : {}),
      });
    }
  }
  if (found.size === 0) {
    const manifest = files[MANIFEST] ? parseManifest(Buffer.from(files[MANIFEST]).toString('utf8')) : {};
    const fromFile = FILE_VERSION.exec(baseName(path));
    const version = manifest['Implementation-Version'] ?? manifest['Bundle-Version'] ?? fromFile?.[2];
    const title = manifest['Implementation-Title'] ?? fromFile?.[1] ?? baseName(path);
    const group = manifest['Implementation-Vendor-Id'] ?? manifest['Bundle-SymbolicName']?.split(';')[0];
    if (version && title) add({ name: title, version, ecosystem: 'maven', ...(group ? { group } : {}) });
  }
  for (const [name, bytes] of Object.entries(files)) {
    if (!ARCHIVE.test(name)) continue;
    try {
      for (const p of parseJavaArchive(name, bytes, ctx, depth + 1)) add(p);
    } catch {
      // A nested entry that is not a zip is not an archive we can read; its parent still counts.
    }
  }
  return [...found.values()];
}

export const javaCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'java-archive',
  match: (path) => ARCHIVE.test(path),
  parse: (path, data, ctx): FileFacts => ({
    cataloger: 'java-archive',
    packages: parseJavaArchive(path, data, ctx),
  }),
};
