import { createHash } from 'node:crypto';
import { Enums, Models } from '@cyclonedx/cyclonedx-library';
import type { Inventory } from '../inventory.js';
import { inventoryHash, type SbomOptions } from './common.js';
import { containerComponent, contentComponents, newBom, serializeBom, uuidFromHash } from './cyclonedx.js';

/** The bom-ref of the `index`th image in an aggregate BOM; its OS and packages' refs start with it and `:`. */
export function imageBomRef(index: number): string {
  return `image-${index}`;
}

/**
 * One CycloneDX 1.6 JSON SBOM of several images: the metadata component is a `portcullis scan`
 * application that depends on each image; each image is a top-level `container` component with
 * its OS and packages nested in its `components`, their bom-refs prefixed `image-N:` so that the
 * same package in two images stays two components.
 * See https://cyclonedx.org/docs/1.6/json/#components_items_components
 */
export function toCycloneDxAggregate(inventories: readonly Inventory[], options: SbomOptions): string {
  const digest = createHash('sha256');
  for (const inv of inventories) digest.update(inventoryHash(inv));
  const bom = newBom(uuidFromHash(digest.digest('hex')), options);
  const scan = new Models.Component(Enums.ComponentType.Application, 'portcullis scan', {
    bomRef: 'scan',
    version: options.toolVersion,
  });
  bom.metadata.component = scan;
  inventories.forEach((inv, index) => {
    const image = containerComponent(inv, imageBomRef(index));
    for (const c of contentComponents(inv, image, `${imageBomRef(index)}:`)) image.components.add(c);
    bom.components.add(image);
    scan.dependencies.add(image.bomRef);
  });
  return serializeBom(bom);
}
