import { createHash } from 'node:crypto';
import type { Inventory, InventoryPackage } from '../inventory.js';

export interface SbomOptions {
  /** When the SBOM was made; `SOURCE_DATE_EPOCH` makes it reproducible. */
  created: Date;
  toolVersion: string;
}

/** A content hash of the inventory, for identifiers that are stable across runs of the same image. */
export function inventoryHash(inv: Inventory): string {
  return createHash('sha256')
    .update(inv.image.configDigest)
    .update(inv.packages.map((p) => `${p.purl} ${p.locations.join(',')}`).join('\n'))
    .digest('hex');
}

/** The image name shown in SBOMs: its first tag, else the reference as given. */
export function imageName(inv: Inventory): string {
  return inv.image.tags[0] ?? inv.image.reference;
}

/** Properties every SBOM format carries for a package: source package, layer, locations. */
export function packageProperties(p: InventoryPackage): [string, string][] {
  const props: [string, string][] = [
    ['portcullis:package:type', p.ecosystem],
    ['portcullis:package:foundBy', p.foundBy],
  ];
  if (p.sourceName) props.push(['portcullis:package:sourceName', p.sourceName]);
  if (p.sourceVersion) props.push(['portcullis:package:sourceVersion', p.sourceVersion]);
  props.push(['portcullis:layer:digest', p.layer.digest], ['portcullis:layer:diffID', p.layer.diffId]);
  if (p.layer.createdBy) props.push(['portcullis:layer:createdBy', p.layer.createdBy]);
  for (const l of p.locations) props.push(['portcullis:location', `/${l}`]);
  return props;
}
