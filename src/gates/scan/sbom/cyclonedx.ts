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

/** A UUID (RFC 4122 form, version 5 bits) derived from the inventory, so the same image gives the same serial number. */
function serialNumber(inv: Inventory): string {
  const h = inventoryHash(inv);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A CycloneDX 1.6 JSON SBOM of the inventory, built and serialised with @cyclonedx/cyclonedx-library:
 * the image is the metadata component (type `container`), the OS an `operating-system` component, and
 * each package a `library` with its purl, licenses and `portcullis:*` properties (source package, layer, paths).
 * See https://cyclonedx.org/docs/1.6/json/
 */
export function toCycloneDx(inv: Inventory, options: SbomOptions): string {
  const bom = new Models.Bom({ serialNumber: serialNumber(inv) });
  bom.metadata.timestamp = options.created;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'portcullis', { version: options.toolVersion }),
  );
  const image = new Models.Component(Enums.ComponentType.Container, imageName(inv), {
    bomRef: 'image',
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
  bom.metadata.component = image;
  if (inv.os) {
    const os = new Models.Component(Enums.ComponentType.OperatingSystem, inv.os.family, {
      bomRef: 'os',
      version: inv.os.versionId,
    });
    bom.components.add(os);
    image.dependencies.add(os.bomRef);
  }
  const used = new Map<string, number>();
  for (const p of inv.packages) {
    const n = used.get(p.purl) ?? 0;
    used.set(p.purl, n + 1);
    const c = component(p, n ? `${p.purl}#${n}` : p.purl);
    bom.components.add(c);
    image.dependencies.add(c.bomRef);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}
