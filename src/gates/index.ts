import type { GateDefinition, GateName, JsonSchema } from '../core/index.js';
import { attestGate, verifyGate } from './attest/index.js';
import { commonSectionProperties, thresholdSchema } from './common.js';
import { lintGate } from './lint/definition.js';
import { pinGate } from './pin/definition.js';
import { scanGate } from './scan/definition.js';
import { scoreGate } from './score/index.js';

/** Every gate this build ships, in the order `portcullis check` runs them. */
export const GATES: readonly GateDefinition[] = [
  pinGate,
  lintGate,
  scanGate,
  attestGate,
  verifyGate,
  scoreGate,
];

export function gateByName(name: string): GateDefinition | undefined {
  return GATES.find((g) => g.name === name);
}

export const GATE_NAMES: readonly GateName[] = GATES.map((g) => g.name);

/** The JSON Schema of portcullis.yaml, composed from each gate's section; shipped as schema/portcullis.schema.json. */
export function configSchema(): JsonSchema {
  const sections = Object.fromEntries(
    GATES.map((g) => {
      const own = (g.configSchema.properties ?? {}) as Record<string, JsonSchema>;
      return [
        g.name,
        {
          type: 'object',
          description: g.summary,
          additionalProperties: false,
          properties: { ...commonSectionProperties, ...own },
        },
      ];
    }),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/portcullis-dev/portcullis/schema/portcullis.schema.json',
    title: 'portcullis.yaml',
    type: 'object',
    additionalProperties: false,
    properties: {
      'fail-on': { ...thresholdSchema, description: 'Default threshold for every gate.' },
      gates: {
        type: 'array',
        items: { type: 'string', ...(GATES.length ? { enum: GATES.map((g) => g.name) } : {}) },
      },
      exclude: { type: 'array', items: { type: 'string' } },
      ...sections,
    },
  };
}
