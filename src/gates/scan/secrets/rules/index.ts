import type { RuleMeta } from '../../../../core/rule.js';
import type { SecretRule, SensitiveFileRule } from '../types.js';
import { PS001 } from './PS001.js';
import { PS002 } from './PS002.js';
import { PS003 } from './PS003.js';
import { PS004 } from './PS004.js';
import { PS005 } from './PS005.js';
import { PS006 } from './PS006.js';
import { PS007 } from './PS007.js';
import { PS008 } from './PS008.js';
import { PS009 } from './PS009.js';
import { PS010 } from './PS010.js';
import { PS011 } from './PS011.js';
import { PS012 } from './PS012.js';
import { PS013 } from './PS013.js';
import { PS014 } from './PS014.js';

/**
 * Content rules, checked keywords first. Patterns follow the token formats each vendor documents
 * (AWS key prefixes, GitHub `ghp_`/`github_pat_`, GitLab `glpat-`, npm `npm_`, Slack `xox?-`);
 * the keyword pre-check and the equivalents mirror Trivy's built-in secret rules.
 */
export const SECRET_RULES: readonly SecretRule[] = [
  PS001,
  PS002,
  PS003,
  PS004,
  PS005,
  PS006,
  PS007,
  PS008,
  PS009,
  PS010,
  PS011,
  PS012,
  PS013,
];

/** Files that are secrets by name, whatever their content. */
export const SENSITIVE_FILE_RULES: readonly SensitiveFileRule[] = [PS014];

export const SECRET_RULE_METAS: readonly RuleMeta[] = [
  ...SECRET_RULES.map((r) => r.meta),
  ...SENSITIVE_FILE_RULES.map((r) => r.meta),
];
