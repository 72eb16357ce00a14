import { type Finding, type GateError, gateErrorText } from '../../../core/finding.js';
import type { Inventory } from '../inventory.js';
import { toCycloneDx } from '../sbom/cyclonedx.js';
import { imageBomRef, toCycloneDxAggregate } from '../sbom/cyclonedx-aggregate.js';
import { addImageVulnerabilities } from './cyclonedx-vex.js';
import { toGitLabContainerScanningReport } from './gitlab.js';
import { layerSummary } from './summary.js';

/** What the scan of one image leaves for the reports. */
export interface ImageScan {
  inventory: Inventory;
  findings: readonly Finding[];
  startTime: Date;
  /** The vulnerability data the image was matched against, recorded in every report. */
  vulnerabilityDb?: { builtAt: string; digest: string };
}

/**
 * What the whole run says besides findings: its notes, and errors that left something unscanned.
 * Read when a report is rendered, so what the run adds after building the renders is included.
 */
export interface RunMessages {
  notes: readonly string[];
  errors: readonly GateError[];
}

function operatingSystem(inv: Inventory): string {
  return inv.os ? `${inv.os.family} ${inv.os.versionId}` : 'unknown';
}

function gitlab(images: readonly ImageScan[], toolVersion: string, messages?: RunMessages): string {
  const report = toGitLabContainerScanningReport(
    images.map((s) => ({
      findings: s.findings,
      image: s.inventory.image.reference,
      operatingSystem: operatingSystem(s.inventory),
    })),
    {
      toolVersion,
      startTime: images[0]!.startTime,
      endTime: new Date(),
      ...(messages ? { notes: messages.notes, errors: messages.errors.map(gateErrorText) } : {}),
    },
  );
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One image: the image's own SBOM. Several: one aggregate BOM, each image's refs prefixed. */
function cyclonedxVex(images: readonly ImageScan[], toolVersion: string): string {
  const options = { created: images[0]!.startTime, toolVersion };
  const dbs = new Map(
    images.flatMap((s) => (s.vulnerabilityDb ? [[s.vulnerabilityDb.digest, s.vulnerabilityDb]] : [])),
  );
  const dbProperties = [...dbs.values()].flatMap((db) => [
    { name: 'portcullis:vulnerability-db:digest', value: db.digest },
    { name: 'portcullis:vulnerability-db:built-at', value: db.builtAt },
  ]);
  if (images.length === 1) {
    const only = images[0]!;
    return addImageVulnerabilities(
      toCycloneDx(only.inventory, options),
      [{ inventory: only.inventory, findings: only.findings, refPrefix: '' }],
      dbProperties,
    );
  }
  return addImageVulnerabilities(
    toCycloneDxAggregate(
      images.map((s) => s.inventory),
      options,
    ),
    images.map((s, i) => ({ inventory: s.inventory, findings: s.findings, refPrefix: `${imageBomRef(i)}:` })),
    dbProperties,
  );
}

function summary(images: readonly ImageScan[]): string {
  if (images.length === 1) return layerSummary(images[0]!.findings, images[0]!.inventory.layers);
  return images
    .map(
      (s) =>
        `### Image \`${s.inventory.image.reference}\`\n\n${layerSummary(s.findings, s.inventory.layers)}`,
    )
    .join('\n');
}

/**
 * The scan gate's own formats for every image of a run, each ONE document: a GitLab
 * `container_scanning` report, a CycloneDX 1.6 SBOM with VEX, and the Markdown layer summary
 * (a heading per image when there are several). No images, no renders.
 */
export function renderImageScans(
  images: readonly ImageScan[],
  toolVersion: string,
  messages?: RunMessages,
): Record<string, () => string> {
  if (images.length === 0) return {};
  return {
    'gitlab-container-scanning': () => gitlab(images, toolVersion, messages),
    'layer-summary': () => summary(images),
    'cyclonedx-vex': () => cyclonedxVex(images, toolVersion),
  };
}
