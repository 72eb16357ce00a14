import type { Inventory } from '../inventory.js';
import type { SbomOptions } from './common.js';
import { toCycloneDx } from './cyclonedx.js';
import { toSpdx } from './spdx.js';

export type { SbomOptions } from './common.js';
export { packageBomRefs, toCycloneDx } from './cyclonedx.js';
export { imageBomRef, toCycloneDxAggregate } from './cyclonedx-aggregate.js';
export { toSpdx } from './spdx.js';

export const SBOM_FORMATS = ['cyclonedx', 'spdx', 'json'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

/** The inventory in one SBOM format; `json` is the inventory itself (our schema, see docs/scan.md). */
export function renderSbom(inv: Inventory, format: SbomFormat, options: SbomOptions): string {
  if (format === 'cyclonedx') return toCycloneDx(inv, options);
  if (format === 'spdx') return toSpdx(inv, options);
  return `${JSON.stringify({ tool: { name: 'portcullis', version: options.toolVersion }, ...inv }, null, 2)}\n`;
}
