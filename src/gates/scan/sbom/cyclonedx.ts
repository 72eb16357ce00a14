import { Enums, Models, Serialize, SPDX, Spec } from '@cyclonedx/cyclonedx-library';
import type { Inventory, InventoryPackage } from '../inventory.js';
import { imageName, inventoryHash, packageProperties, type SbomOptions } from './common.js';

function license(text: string): Models.License {
  const id = SPDX.fixupSpdxId(text);
  return id ? new Models.SpdxLicense(id) : new Models.NamedLicense(text);
}

function component(p: InventoryPackage, bomRef: string): Models.Component {
  const c = new Models.Component(Enums.ComponentType.Library, p.name, {
    bomRef,
    version: p.version,
    purl: p.purl,
    ...(p.group ? { group: p.group } : {}),
  });
  for (const l of p.licenses ?? []) c.licenses.add(license(l));
  for (const [name, value] of packageProperties(p)) c.properties.add(new Models.Property(name, value));
  return c;
}

/** A UUID (RFC 4122 form, version 5 bits) from a hex digest. */
export function uuidFromHash(h: string): string {
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The bom-ref of each package, in inventory order: `prefix` + the purl, then `purl#1`, `purl#2`
 * for repeats. The prefix keeps refs unique when one BOM holds several images.
 */
export function packageBomRefs(inv: Inventory, prefix = ''): string[] {
  const used = new Map<string, number>();
  return inv.packages.map((p) => {
    const n = used.get(p.purl) ?? 0;
    used.set(p.purl, n + 1);
    return `${prefix}${n ? `${p.purl}#${n}` : p.purl}`;
  });
}

/** The image as a `container` component with its reference, config digest, platform and layers. */
export function containerComponent(inv: Inventory, bomRef: string): Models.Component {
  const image = new Models.Component(Enums.ComponentType.Container, imageName(inv), {
    bomRef,
    ...(inv.image.manifestDigest ? { version: inv.image.manifestDigest } : {}),
  });
  image.properties.add(new Models.Property('portcullis:image:reference', inv.image.reference));
  image.properties.add(new Models.Property('portcullis:image:configDigest', inv.image.configDigest));
  const platform = [
    inv.image.platform.os,
    inv.image.platform.architecture,
    inv.image.platform.variant,
  ].filter(Boolean);
  image.properties.add(new Models.Property('portcullis:image:platform', platform.join('/')));
  for (const layer of inv.layers)
    image.properties.add(new Models.Property('portcullis:image:layer', layer.digest));
  return image;
}

/** The image's OS (when known) and packages as components, each a dependency of `image`. */
export function contentComponents(inv: Inventory, image: Models.Component, prefix = ''): Models.Component[] {
  const out: Models.Component[] = [];
  if (inv.os) {
    const os = new Models.Component(Enums.ComponentType.OperatingSystem, inv.os.family, {
      bomRef: `${prefix}os`,
      version: inv.os.versionId,
    });
    out.push(os);
    image.dependencies.add(os.bomRef);
  }
  const refs = packageBomRefs(inv, prefix);
  inv.packages.forEach((p, i) => {
    const c = component(p, refs[i] as string);
    out.push(c);
    image.dependencies.add(c.bomRef);
  });
  return out;
}

/** A BOM with its timestamp and the portcullis tool entry. */
export function newBom(serialNumber: string, options: SbomOptions): Models.Bom {
  const bom = new Models.Bom({ serialNumber });
  bom.metadata.timestamp = options.created;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'portcullis', { version: options.toolVersion }),
  );
  return bom;
}

/** CycloneDX 1.6 JSON, lists sorted, two-space indent, trailing newline. */
export function serializeBom(bom: Models.Bom): string {
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

/**
 * A CycloneDX 1.6 JSON SBOM of the inventory, built and serialised with @cyclonedx/cyclonedx-library:
 * the image is the metadata component (type `container`), the OS an `operating-system` component, and
 * each package a `library` with its purl, licenses and `portcullis:*` properties (source package, layer, paths).
 * See https://cyclonedx.org/docs/1.6/json/
 */
export function toCycloneDx(inv: Inventory, options: SbomOptions): string {
  const bom = newBom(uuidFromHash(inventoryHash(inv)), options);
  const image = containerComponent(inv, 'image');
  bom.metadata.component = image;
  for (const c of contentComponents(inv, image)) bom.components.add(c);
  return serializeBom(bom);
}
