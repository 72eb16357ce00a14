import type { RuleMeta } from '../../../../core/rule.js';
import { PS101 } from './PS101.js';
import { PS102 } from './PS102.js';
import { PS103 } from './PS103.js';
import { PS104 } from './PS104.js';
import { PS105 } from './PS105.js';
import type { ConfigHit, ConfigRule, ImageConfigDocument } from './types.js';

export { layerIndexes } from './PS104.js';
export type { ConfigHit, ConfigRule, ImageConfigDocument } from './types.js';

export const CONFIG_RULES: readonly ConfigRule[] = [PS101, PS102, PS103, PS104, PS105];
export const CONFIG_RULE_METAS: readonly RuleMeta[] = CONFIG_RULES.map((r) => r.meta);

/** Runs every enabled config and history rule over an image config. */
export function checkImageConfig(config: ImageConfigDocument, disabled: readonly string[] = []): ConfigHit[] {
  return CONFIG_RULES.filter((r) => !disabled.includes(r.meta.id)).flatMap((r) => r.check(config));
}
