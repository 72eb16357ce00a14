import { parseCsafVex } from './csaf.js';
import { type IgnoreEntry, IgnoreFileError } from './types.js';

/** VEX statuses that take a finding out of the verdict (Trivy filters both). */
const SUPPRESSING = new Set(['not_affected', 'fixed', 'false_positive', 'resolved']);

function products(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const p of value) {
    if (typeof p === 'string') out.push(p);
    else if (p && typeof p === 'object') {
      const obj = p as Record<string, unknown>;
      const id = obj['@id'] ?? (obj.identifiers as Record<string, unknown> | undefined)?.purl;
      if (typeof id === 'string') out.push(id);
      for (const sub of products(obj.subcomponents)) out.push(sub);
    }
  }
  return out;
}

/**
 * Reads an OpenVEX document: statements whose status is `not_affected` (with a justification
 * or impact statement, as the spec requires) or `fixed` suppress the vulnerability for the
 * listed product and subcomponent purls.
 * @see https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md
 */
export function parseOpenVex(doc: Record<string, unknown>, file: string): IgnoreEntry[] {
  const statements = doc.statements;
  if (!Array.isArray(statements)) throw new IgnoreFileError(file, 1, 'OpenVEX document without "statements"');
  const entries: IgnoreEntry[] = [];
  statements.forEach((s: Record<string, unknown>, i) => {
    const status = s.status;
    if (typeof status !== 'string' || !SUPPRESSING.has(status)) return;
    const justification = (s.justification ?? s.impact_statement) as string | undefined;
    if (status === 'not_affected' && !justification)
      throw new IgnoreFileError(
        file,
        1,
        `statements[${i}]: not_affected needs a justification or impact_statement`,
      );
    const vuln = s.vulnerability;
    const ids =
      typeof vuln === 'string'
        ? [vuln]
        : vuln && typeof vuln === 'object'
          ? [
              (vuln as Record<string, unknown>).name,
              (vuln as Record<string, unknown>)['@id'],
              ...(((vuln as Record<string, unknown>).aliases as unknown[]) ?? []),
            ].filter((v): v is string => typeof v === 'string')
          : [];
    if (ids.length === 0) throw new IgnoreFileError(file, 1, `statements[${i}] names no vulnerability`);
    const purls = products(s.products).filter((p) => p.startsWith('pkg:'));
    for (const id of ids)
      entries.push({
        id,
        ...(purls.length ? { purls } : {}),
        file,
        line: 0,
        source: 'openvex',
        vexStatus: status,
        ...(justification
          ? { justification, reason: `VEX ${status}: ${justification}` }
          : { reason: `VEX ${status}` }),
      });
  });
  return entries;
}

/**
 * Reads CycloneDX VEX: `vulnerabilities[].analysis.state` of `not_affected`, `false_positive`
 * or `resolved`, for the components its `affects[].ref` name by purl or by bom-ref.
 * @see https://cyclonedx.org/capabilities/vex/
 */
export function parseCycloneDxVex(doc: Record<string, unknown>, file: string): IgnoreEntry[] {
  const components = new Map<string, string>();
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const c of list as Record<string, unknown>[]) {
      if (typeof c['bom-ref'] === 'string' && typeof c.purl === 'string')
        components.set(c['bom-ref'], c.purl);
      walk(c.components);
    }
  };
  walk(doc.components);
  const entries: IgnoreEntry[] = [];
  const vulns = Array.isArray(doc.vulnerabilities) ? (doc.vulnerabilities as Record<string, unknown>[]) : [];
  for (const v of vulns) {
    const analysis = v.analysis as Record<string, unknown> | undefined;
    const state = analysis?.state;
    if (typeof v.id !== 'string' || typeof state !== 'string' || !SUPPRESSING.has(state)) continue;
    const refs = Array.isArray(v.affects)
      ? (v.affects as Record<string, unknown>[])
          .map((a) => a.ref)
          .filter((r): r is string => typeof r === 'string')
      : [];
    const purls = refs.map((r) => components.get(r) ?? r).filter((r) => r.startsWith('pkg:'));
    const justification = typeof analysis?.justification === 'string' ? analysis.justification : undefined;
    entries.push({
      id: v.id,
      ...(purls.length ? { purls } : {}),
      file,
      line: 0,
      source: 'cyclonedx-vex',
      vexStatus: state,
      reason: `VEX ${state}${justification ? `: ${justification}` : ''}`,
      ...(justification ? { justification } : {}),
    });
  }
  return entries;
}

/** Reads a VEX document, OpenVEX, CycloneDX or CSAF, from its JSON text, detected by content. */
export function parseVex(text: string, file: string): IgnoreEntry[] {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new IgnoreFileError(file, 1, `not JSON: ${(error as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new IgnoreFileError(file, 1, 'a VEX document must be a JSON object');
  const csaf = doc.document as Record<string, unknown> | undefined;
  if (csaf && typeof csaf === 'object' && ('csaf_version' in csaf || 'category' in csaf))
    return parseCsafVex(doc, file);
  if (typeof doc['@context'] === 'string' && doc['@context'].includes('openvex'))
    return parseOpenVex(doc, file);
  if (doc.bomFormat === 'CycloneDX') return parseCycloneDxVex(doc, file);
  throw new IgnoreFileError(file, 1, 'neither an OpenVEX nor a CycloneDX document, nor CSAF VEX');
}
