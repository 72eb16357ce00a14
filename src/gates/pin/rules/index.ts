import { assertUniqueRuleIds } from '../../../core/rule.js';
import type { PinRule } from '../check.js';
import { PP001 } from './PP001.js';
import { PP002 } from './PP002.js';
import { PP003 } from './PP003.js';
import { PP004 } from './PP004.js';
import { PP005 } from './PP005.js';
import { PP006 } from './PP006.js';
import { PP007 } from './PP007.js';
import { PP008 } from './PP008.js';
import { PP009 } from './PP009.js';
import { PP010 } from './PP010.js';
import { PP011 } from './PP011.js';

/** Every pin rule, in id order. */
export const PIN_RULES: readonly PinRule[] = [
  PP001,
  PP002,
  PP003,
  PP004,
  PP005,
  PP006,
  PP007,
  PP008,
  PP009,
  PP010,
  PP011,
];

assertUniqueRuleIds(PIN_RULES.map((r) => r.meta));
