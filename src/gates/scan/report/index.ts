export { addImageVulnerabilities, addVulnerabilities, type VexImage } from './cyclonedx-vex.js';
export {
  GITLAB_SCHEMA_VERSION,
  type GitLabImage,
  type GitLabScanInfo,
  toGitLabContainerScanning,
  toGitLabContainerScanningReport,
} from './gitlab.js';
export { type ImageScan, renderImageScans } from './render.js';
export { layerSummary } from './summary.js';
