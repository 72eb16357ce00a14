import type { LintRule } from '../rule.js';
import { DL3032 } from './DL3032.js';
import { DL3033 } from './DL3033.js';
import { DL3034 } from './DL3034.js';
import { DL3035 } from './DL3035.js';
import { DL3036 } from './DL3036.js';
import { DL3037 } from './DL3037.js';
import { DL3038 } from './DL3038.js';
import { DL3040 } from './DL3040.js';
import { DL3041 } from './DL3041.js';
import { DL3042 } from './DL3042.js';
import { DL3043 } from './DL3043.js';
import { DL3044 } from './DL3044.js';
import { DL3045 } from './DL3045.js';
import { DL3046 } from './DL3046.js';
import { DL3047 } from './DL3047.js';
import { DL3048 } from './DL3048.js';
import { DL3049 } from './DL3049.js';
import { DL3050 } from './DL3050.js';
import { DL3051 } from './DL3051.js';
import { DL3052 } from './DL3052.js';
import { DL3053 } from './DL3053.js';
import { DL3054 } from './DL3054.js';
import { DL3055 } from './DL3055.js';
import { DL3056 } from './DL3056.js';
import { DL3057 } from './DL3057.js';
import { DL3058 } from './DL3058.js';
import { DL3059 } from './DL3059.js';
import { DL3060 } from './DL3060.js';
import { DL3061 } from './DL3061.js';
import { DL3062 } from './DL3062.js';
import { DL3063 } from './DL3063.js';
import { DL3064 } from './DL3064.js';
import { DL3065 } from './DL3065.js';
import { DL3066 } from './DL3066.js';
import { DL3067 } from './DL3067.js';
import { DL4000 } from './DL4000.js';
import { DL4001 } from './DL4001.js';
import { DL4003 } from './DL4003.js';
import { DL4004 } from './DL4004.js';
import { DL4005 } from './DL4005.js';
import { DL4006 } from './DL4006.js';
import { PL001 } from './PL001.js';
import { PL002 } from './PL002.js';
import { PL003 } from './PL003.js';
import { PL004 } from './PL004.js';
import { PL005 } from './PL005.js';
import { PL006 } from './PL006.js';
import { PL007 } from './PL007.js';
import { PL008 } from './PL008.js';
import { PL009 } from './PL009.js';
import { PL010 } from './PL010.js';
import { PL011 } from './PL011.js';
import { PL012 } from './PL012.js';
import { PL013 } from './PL013.js';
import { PL014 } from './PL014.js';
import { PL015 } from './PL015.js';
import { PL016 } from './PL016.js';
import { PL017 } from './PL017.js';
import { PL018 } from './PL018.js';
import { PL019 } from './PL019.js';
import { PL020 } from './PL020.js';
import { PL021 } from './PL021.js';

/** Lint B's rules: DL3032–DL3067, DL4000–DL4006 and the PL rules. */
export const RULES_B: readonly LintRule[] = [
  DL3032,
  DL3033,
  DL3034,
  DL3035,
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3043,
  DL3044,
  DL3045,
  DL3046,
  DL3047,
  DL3048,
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3059,
  DL3060,
  DL3061,
  DL3062,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4001,
  DL4003,
  DL4004,
  DL4005,
  DL4006,
  PL001,
  PL002,
  PL003,
  PL004,
  PL005,
  PL006,
  PL007,
  PL008,
  PL009,
  PL010,
  PL011,
  PL012,
  PL013,
  PL014,
  PL015,
  PL016,
  PL017,
  PL018,
  PL019,
  PL020,
  PL021,
];
