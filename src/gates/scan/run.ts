import type { RuleMeta } from '../../core/rule.js';
import { PS200, PS201 } from './match/rules.js';
import { CONFIG_RULE_METAS } from './secrets/image-config/index.js';
import { SECRET_RULE_METAS } from './secrets/rules/index.js';

export { runScan as run } from './match/run-image.js';

/** The scan gate's own rules; vulnerability findings use the advisory ID as their rule. */
export function ruleMetas(): RuleMeta[] {
  return [...SECRET_RULE_METAS, ...CONFIG_RULE_METAS, PS200, PS201];
}
