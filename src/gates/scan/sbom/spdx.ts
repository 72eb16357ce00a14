import type { Inventory, InventoryPackage } from '../inventory.js';
import { imageName, inventoryHash, packageProperties, type SbomOptions } from './common.js';

function spdxId(kind: string, n: number): string {
  return `SPDXRef-${kind}-${n}`;
}

function spdxDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function packageOf(p: InventoryPackage, n: number): Record<string, unknown> {
  return {
    SPDXID: spdxId('Package', n),
    name: p.name,
    versionInfo: p.version,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    primaryPackagePurpose: 'LIBRARY',
    ...(p.sourceName && p.sourceName !== p.name
      ? { sourceInfo: `built package from: ${p.sourceName} ${p.sourceVersion ?? ''}`.trim() }
      : {}),
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }],
    ...(p.licenses?.length ? { comment: `declared license: ${p.licenses.join(', ')}` } : {}),
    annotations: [
      {
        annotationDate: '',
        annotationType: 'OTHER',
        annotator: '',
        comment: packageProperties(p)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n'),
      },
    ],
  };
}

/**
 * An SPDX 2.3 JSON SBOM: the image is the described package (purpose `CONTAINER`), the OS a package
 * of purpose `OPERATING_SYSTEM`, and every package is CONTAINED_BY the image with its purl as a
 * PACKAGE-MANAGER external reference. Layer and location facts are annotations.
 * See https://spdx.github.io/spdx-spec/v2.3/
 */
export function toSpdx(inv: Inventory, options: SbomOptions): string {
  const created = spdxDate(options.created);
  const annotator = `Tool: portcullis-${options.toolVersion}`;
  const name = imageName(inv);
  const image = {
    SPDXID: 'SPDXRef-Image',
    name,
    ...(inv.image.manifestDigest ? { versionInfo: inv.image.manifestDigest } : {}),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    primaryPackagePurpose: 'CONTAINER',
    ...(inv.image.manifestDigest
      ? {
          checksums: [
            { algorithm: 'SHA256', checksumValue: inv.image.manifestDigest.replace(/^sha256:/, '') },
          ],
        }
      : {}),
  };
  const packages: Record<string, unknown>[] = [image];
  const relationships: Record<string, string>[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Image' },
  ];
  if (inv.os) {
    packages.push({
      SPDXID: 'SPDXRef-OperatingSystem',
      name: inv.os.family,
      versionInfo: inv.os.versionId,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'OPERATING_SYSTEM',
    });
    relationships.push({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: 'SPDXRef-OperatingSystem',
    });
  }
  inv.packages.forEach((p, i) => {
    const pkg = packageOf(p, i + 1);
    for (const a of pkg.annotations as Record<string, string>[]) {
      a.annotationDate = created;
      a.annotator = annotator;
    }
    packages.push(pkg);
    relationships.push({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: pkg.SPDXID as string,
    });
  });
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://portcullis.dev/spdx/${encodeURIComponent(name)}-${inventoryHash(inv)}`,
    creationInfo: { created, creators: [annotator] },
    packages,
    relationships,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
