export { addVulnerabilities } from './cyclonedx-vex.js';
export { GITLAB_SCHEMA_VERSION, type GitLabScanInfo, toGitLabContainerScanning } from './gitlab.js';
export { layerSummary } from './summary.js';
