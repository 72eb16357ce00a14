import { PK010 } from './PK010.js';
import { PK011 } from './PK011.js';
import { PK012 } from './PK012.js';
import { PK013 } from './PK013.js';
import { PK014 } from './PK014.js';
import { PK015 } from './PK015.js';
import { PK016 } from './PK016.js';
import { PK017 } from './PK017.js';
import { PK018 } from './PK018.js';
import type { OwnRule } from './types.js';

export { PK001, PK002, PK003 } from './meta-only.js';
export type { OwnRule } from './types.js';

/** Our own checks beyond Kubesec and PSS. */
export const OWN_RULES: readonly OwnRule[] = [PK010, PK011, PK012, PK013, PK014, PK015, PK016, PK017, PK018];
