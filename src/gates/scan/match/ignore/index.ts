export { findIgnore, type Ignorable, isExpired } from './apply.js';
export { parseOwnIgnores, parseTrivyignore, parseTrivyignoreYaml } from './trivyignore.js';
export { type IgnoreEntry, IgnoreFileError } from './types.js';
export { parseCycloneDxVex, parseOpenVex, parseVex } from './vex.js';
