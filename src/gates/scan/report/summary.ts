import type { Finding } from '../../../core/finding.js';
import type { LayerInfo } from '../inventory.js';

interface VulnData {
  kind?: string;
  fixedVersion?: string | null;
  layer?: { index: number };
}

/**
 * A Markdown job summary that groups vulnerabilities by the layer that brought their package
 * in, and says how many the base image's layers hold that a newer base would fix.
 * `baseLayers` is how many of the first layers come from the base image.
 */
export function layerSummary(
  findings: readonly Finding[],
  layers: readonly LayerInfo[],
  baseLayers = 1,
): string {
  const vulns = findings.filter(
    (f) => !f.suppressed && (f.data as VulnData | undefined)?.kind === 'vulnerability',
  );
  if (vulns.length === 0) return 'No vulnerabilities.\n';
  const byLayer = new Map<number, Finding[]>();
  for (const f of vulns) {
    const index = (f.data as VulnData).layer?.index ?? -1;
    const list = byLayer.get(index) ?? [];
    list.push(f);
    byLayer.set(index, list);
  }
  const lines = [
    '| Layer | Created by | Critical | High | Medium | Low | Unknown | Fixable |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [index, list] of [...byLayer.entries()].sort((a, b) => a[0] - b[0])) {
    const count = (s: string): number => list.filter((f) => f.severity === s).length;
    const fixable = list.filter((f) => (f.data as VulnData).fixedVersion).length;
    const createdBy = (layers.find((l) => l.index === index)?.createdBy ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\s+/g, ' ')
      .slice(0, 80);
    lines.push(
      `| ${index}${index < baseLayers ? ' (base)' : ''} | \`${createdBy}\` | ${count('critical')} | ${count('high')} | ${count('medium')} | ${count('low')} | ${count('unknown')} | ${fixable} |`,
    );
  }
  const baseFixable = vulns.filter((f) => {
    const d = f.data as VulnData;
    return d.fixedVersion && (d.layer?.index ?? -1) >= 0 && (d.layer?.index ?? -1) < baseLayers;
  }).length;
  if (baseFixable > 0) lines.push('', `${baseFixable} fixed by updating the base image.`);
  return `${lines.join('\n')}\n`;
}
