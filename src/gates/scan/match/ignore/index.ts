export { findIgnore, type Ignorable, isExpired } from './apply.js';
export { keepWithin, parseCsafVex } from './csaf.js';
export { parseGrypeIgnore } from './grype.js';
export { grypeFixState } from './grype-match.js';
export { imagePurl } from './image-purl.js';
export { parseIgnoreFile } from './read.js';
export { parseOwnIgnores, parseTrivyignore, parseTrivyignoreYaml } from './trivyignore.js';
export { type IgnoreEntry, IgnoreFileError } from './types.js';
export { parseCycloneDxVex, parseOpenVex, parseVex } from './vex.js';
