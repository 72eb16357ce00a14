import { PackageURL } from 'packageurl-js';

const parsed = new Map<string, PackageURL | undefined>();

/** Parses a purl, or returns undefined when it is not one; each text is parsed once. */
export function parsePurl(text: string): PackageURL | undefined {
  if (parsed.has(text)) return parsed.get(text);
  let purl: PackageURL | undefined;
  try {
    purl = PackageURL.fromString(text);
  } catch {
    purl = undefined;
  }
  if (parsed.size > 100_000) parsed.clear();
  parsed.set(text, purl);
  return purl;
}

/**
 * Trivy's purl constraint match (pkg/purl `Match`): type, namespace and name are equal; the
 * version and subpath only when the constraint has them; each qualifier of the constraint must
 * be on the target with the same value, and the target's other qualifiers are ignored.
 */
export function purlSatisfies(constraint: string, target: string | undefined): boolean {
  if (!target) return false;
  const want = parsePurl(constraint);
  const have = parsePurl(target);
  if (!want || !have) return false;
  if (want.type !== have.type || (want.namespace ?? '') !== (have.namespace ?? '') || want.name !== have.name)
    return false;
  if (want.version && want.version !== have.version) return false;
  if (want.subpath && want.subpath !== have.subpath) return false;
  const qualifiers = (have.qualifiers ?? {}) as Record<string, string>;
  return Object.entries((want.qualifiers ?? {}) as Record<string, string>).every(
    ([key, value]) => qualifiers[key] === value,
  );
}
