/** The scan gate's public surface: the image inventory (part 1) and SBOM writers. */
export { buildInventory, type InventoryOptions, inventoryOf } from './analyze.js';
export { ANALYZER_VERSION } from './catalog/index.js';
export { ScanError, type ScanErrorCode } from './errors.js';
export type {
  Ecosystem,
  ImageInfo,
  Inventory,
  InventoryPackage,
  InventoryProblem,
  LayerInfo,
  LayerRef,
  OsInfo,
  ProblemCode,
} from './inventory.js';
export { OS_ECOSYSTEMS } from './inventory.js';
export { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
export { runSbomCommand, type SbomCommandOptions, type SbomIo } from './sbom/command.js';
export { renderSbom, SBOM_FORMATS, type SbomFormat, toCycloneDx, toSpdx } from './sbom/index.js';
export { openImage, parseImageReference } from './source/index.js';
