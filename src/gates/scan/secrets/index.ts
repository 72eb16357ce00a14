export { DEFAULT_ALLOW_PATHS, isAllowedPath } from './allow.js';
export { isSecretFacts, type SecretFacts, secretCataloger, secretFacts } from './cataloger.js';
export { type ImageSecret, secretsFromLayers } from './image.js';
export {
  CONFIG_RULE_METAS,
  CONFIG_RULES,
  type ConfigHit,
  type ConfigRule,
  checkImageConfig,
  type ImageConfigDocument,
  layerIndexes,
} from './image-config/index.js';
export { SECRET_RULE_METAS, SECRET_RULES, SENSITIVE_FILE_RULES } from './rules/index.js';
export {
  looksBinary,
  MAX_SECRET_FILE_BYTES,
  mask,
  type SecretScanOptions,
  type SecretScanSkip,
  scanSecrets,
  secretSkipReason,
} from './scan.js';
export type { SecretHit, SecretRule, SensitiveFileRule } from './types.js';
