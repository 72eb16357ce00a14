import { assertUniqueRuleIds, type RuleMeta } from '../../../core/rule.js';
import { KUBESEC_RULES } from './kubesec/index.js';
import { OWN_RULES, PK001, PK002, PK003 } from './own/index.js';
import { PSS_CHECKS } from './pss/index.js';

/** Every rule the score gate can report, for SARIF rule tables and the docs. */
export const SCORE_RULE_METAS: readonly RuleMeta[] = [
  ...KUBESEC_RULES.map((r) => r.meta),
  ...PSS_CHECKS.map((c) => c.meta),
  PK001,
  PK002,
  PK003,
  ...OWN_RULES.map((r) => r.meta),
];

assertUniqueRuleIds(SCORE_RULE_METAS);
