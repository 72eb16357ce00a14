import type { JsonSchema } from '../core/index.js';
import { SEVERITIES } from '../core/index.js';

export const thresholdSchema: JsonSchema = { type: 'string', enum: [...SEVERITIES, 'none'] };

/** Keys every gate section accepts, besides its own. */
export const commonSectionProperties: Record<string, JsonSchema> = {
  enabled: {
    type: 'boolean',
    description: 'Run this gate under `portcullis check` (default: true when the section exists).',
  },
  'fail-on': { ...thresholdSchema, description: 'Lowest severity that fails the gate.' },
  paths: { type: 'array', items: { type: 'string' }, description: 'Paths or globs to check by default.' },
  exclude: { type: 'array', items: { type: 'string' }, description: 'Globs to leave out.' },
};
