import type { Finding } from '../../../../core/finding.js';
import { assertUniqueRuleIds, type RuleMeta } from '../../../../core/rule.js';
import type { Verification } from '../check.js';
import { PA001 } from './PA001.js';
import { PA002 } from './PA002.js';
import { PA003 } from './PA003.js';
import { PA004 } from './PA004.js';
import { PA005 } from './PA005.js';
import { PA006 } from './PA006.js';
import { PA007 } from './PA007.js';
import { PA008 } from './PA008.js';
import type { VerifyRule } from './rule.js';

/** The rules judged on each bundle, in id order. */
export const BUNDLE_RULES: readonly VerifyRule[] = [PA001, PA002, PA003, PA004, PA005, PA006];

export const VERIFY_RULE_METAS: readonly RuleMeta[] = [
  ...BUNDLE_RULES.map((r) => r.meta),
  PA007.meta,
  PA008.meta,
];

assertUniqueRuleIds(VERIFY_RULE_METAS);

export { bundleFinding } from './rule.js';
export { PA007, PA008 };

/** Every bundle rule's findings for one verification. */
export function judgeBundle(v: Verification): Finding[] {
  return BUNDLE_RULES.flatMap((r) => r.check(v));
}
