import type { Finding } from '../../../core/finding.js';
import type { Inventory } from '../inventory.js';
import { packageBomRefs } from '../sbom/cyclonedx.js';

interface VulnData {
  kind?: string;
  aliases?: string[];
  package?: { purl: string };
  fixedVersion?: string | null;
  severitySource?: string;
  cvss?: { version: string; vector: string; score: number };
  references?: string[];
  published?: string;
}

/** OpenVEX justifications → CycloneDX `analysis.justification`. */
const JUSTIFICATIONS: Record<string, string> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};
const CDX_JUSTIFICATIONS = new Set([
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control',
]);

const METHOD: Record<string, string> = {
  '2.0': 'CVSSv2',
  '3.0': 'CVSSv3',
  '3.1': 'CVSSv31',
  '4.0': 'CVSSv4',
};

/** One image's part of the BOM: its inventory, findings, and the prefix of its packages' bom-refs. */
export interface VexImage {
  inventory: Inventory;
  findings: readonly Finding[];
  refPrefix: string;
}

/** The bom-refs of each purl in the image, as `packageBomRefs` gave them. */
function bomRefsByPurl(part: VexImage): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  const list = packageBomRefs(part.inventory, part.refPrefix);
  part.inventory.packages.forEach((p, i) => {
    refs.set(p.purl, [...(refs.get(p.purl) ?? []), list[i] as string]);
  });
  return refs;
}

/**
 * Adds the vulnerability findings to a CycloneDX 1.6 SBOM written by `toCycloneDx`, as its
 * `vulnerabilities` list (VEX): each affects the package's bom-ref, carries the rating and where
 * it came from, and a finding suppressed by a VEX `not_affected` statement gets
 * `analysis.state: not_affected` with its justification.
 * @see https://cyclonedx.org/docs/1.6/json/#vulnerabilities
 */
export function addVulnerabilities(bomJson: string, inv: Inventory, findings: readonly Finding[]): string {
  return addImageVulnerabilities(bomJson, [{ inventory: inv, findings, refPrefix: '' }]);
}

/**
 * Adds the vulnerability findings of one or more images to a CycloneDX 1.6 SBOM (`toCycloneDx`
 * for one image, `toCycloneDxAggregate` for several): each vulnerability affects the bom-refs of
 * its own image's package.
 * @see https://cyclonedx.org/docs/1.6/json/#vulnerabilities
 */
export function addImageVulnerabilities(
  bomJson: string,
  images: readonly VexImage[],
  metadataProperties: readonly { name: string; value: string }[] = [],
): string {
  const bom = JSON.parse(bomJson) as Record<string, unknown>;
  if (metadataProperties.length) {
    const metadata = (bom.metadata ?? {}) as { properties?: { name: string; value: string }[] };
    metadata.properties = [...(metadata.properties ?? []), ...metadataProperties];
    bom.metadata = metadata;
  }
  const vulnerabilities: Record<string, unknown>[] = [];
  let numbered = 0;
  for (const part of images) {
    const own = vulnerabilitiesOf(part, numbered);
    vulnerabilities.push(...own.vulnerabilities);
    numbered += own.numbered;
  }
  if (vulnerabilities.length) bom.vulnerabilities = vulnerabilities;
  return `${JSON.stringify(bom, null, 2)}\n`;
}

/** The image's vulnerabilities, their bom-refs numbered from `first` (numbers stay stable when one has no package). */
function vulnerabilitiesOf(
  part: VexImage,
  first: number,
): { vulnerabilities: Record<string, unknown>[]; numbered: number } {
  const refs = bomRefsByPurl(part);
  const vulns = part.findings.filter((f) => (f.data as VulnData | undefined)?.kind === 'vulnerability');
  const vulnerabilities = vulns
    .map((f, n) => {
      const d = f.data as VulnData;
      const purl = d.package?.purl ?? '';
      const affects = (refs.get(purl) ?? []).map((ref) => ({ ref }));
      const rating: Record<string, unknown> = {
        source: { name: d.severitySource ?? 'unknown' },
        severity: f.severity === 'unknown' ? 'unknown' : f.severity,
      };
      if (d.cvss)
        Object.assign(rating, {
          score: d.cvss.score,
          method: METHOD[d.cvss.version] ?? 'other',
          vector: d.cvss.vector,
        });
      const vuln: Record<string, unknown> = {
        'bom-ref': `vuln-${first + n}`,
        id: f.ruleId,
        source: { name: 'OSV', url: `https://osv.dev/vulnerability/${f.ruleId}` },
        ...(d.aliases?.length
          ? {
              references: d.aliases.map((id) => ({
                id,
                source: { name: 'OSV', url: `https://osv.dev/vulnerability/${id}` },
              })),
            }
          : {}),
        ratings: [rating],
        description: f.message,
        ...(d.fixedVersion ? { recommendation: `Upgrade to ${d.fixedVersion}` } : {}),
        ...(d.published ? { published: d.published } : {}),
        affects,
      };
      if (f.suppressed) {
        const vex = f.suppressed.kind === 'external';
        const raw = /: ([a-z_]+) \(/.exec(f.suppressed.justification ?? '')?.[1] ?? '';
        const justification = JUSTIFICATIONS[raw] ?? (CDX_JUSTIFICATIONS.has(raw) ? raw : undefined);
        vuln.analysis = vex
          ? {
              state: 'not_affected',
              ...(justification ? { justification } : {}),
              detail: f.suppressed.justification ?? '',
            }
          : { state: 'in_triage', detail: `accepted: ${f.suppressed.justification ?? ''}` };
      }
      return vuln;
    })
    .filter((v) => (v.affects as unknown[]).length > 0);
  return { vulnerabilities, numbered: vulns.length };
}
