import { describe, expect, it } from 'vitest';
import {
  CONFIG_RULE_METAS,
  checkImageConfig,
  type ImageConfigDocument,
} from '../../../../src/gates/scan/secrets/index.js';

const SAFE: ImageConfigDocument = {
  config: {
    User: 'app',
    ExposedPorts: { '8080/tcp': {} },
    Env: ['PATH=/usr/bin', 'NPM_TOKEN='],
    Healthcheck: { Test: ['CMD', 'curl', '-f', 'http://localhost/'] },
  },
  history: [
    { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
    { created_by: 'ARG TOKEN', empty_layer: true },
    { created_by: 'RUN |1 TOKEN=${TOKEN} /bin/sh -c make' },
  ],
};
const GH = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;

type Case = [
  string,
  ImageConfigDocument,
  { ruleId: string; message: string; historyIndex?: number; layerIndex?: number }[],
];
const CASES: Case[] = [
  [
    'PS101',
    { ...SAFE, config: { ...SAFE.config, User: '' } },
    [{ ruleId: 'PS101', message: 'the image sets no USER, so it runs as root' }],
  ],
  [
    'PS101',
    { ...SAFE, config: { ...SAFE.config, User: '0:0' } },
    [{ ruleId: 'PS101', message: 'the image runs as 0:0' }],
  ],
  ['PS101', SAFE, []],
  [
    'PS102',
    { ...SAFE, config: { ...SAFE.config, ExposedPorts: { '22/tcp': {}, '80/tcp': {} } } },
    [{ ruleId: 'PS102', message: 'the image exposes 22/tcp (SSH)' }],
  ],
  ['PS102', SAFE, []],
  [
    'PS103',
    { ...SAFE, config: { ...SAFE.config, Env: ['DB_PASSWORD=hunter22', `GH=${GH}`, 'API_KEY=$API_KEY'] } },
    [
      { ruleId: 'PS103', message: 'ENV DB_PASSWORD is set to a literal value (hu******)' },
      { ruleId: 'PS103', message: 'ENV GH holds a GitHub token (ghp_****************)' },
    ],
  ],
  ['PS103', SAFE, []],
  [
    'PS104',
    {
      ...SAFE,
      history: [
        { created_by: 'ADD rootfs.tar /' },
        { created_by: 'ARG NPM_TOKEN=s3cr3tvalue99', empty_layer: true },
        { created_by: 'RUN |1 NPM_TOKEN=s3cr3tvalue99 /bin/sh -c npm ci && rm .npmrc' },
      ],
    },
    [
      {
        ruleId: 'PS104',
        historyIndex: 1,
        message:
          'history entry 1 sets NPM_TOKEN to a literal value (s3***********); it stays in the image history even if a later layer removes it',
      },
      {
        ruleId: 'PS104',
        historyIndex: 2,
        layerIndex: 1,
        message:
          'history entry 2 sets NPM_TOKEN to a literal value (s3***********); it stays in the image history even if a later layer removes it',
      },
    ],
  ],
  [
    'PS104',
    { ...SAFE, history: [{ created_by: `RUN /bin/sh -c git clone https://x:${GH}@github.com/o/r` }] },
    [
      {
        ruleId: 'PS104',
        historyIndex: 0,
        layerIndex: 0,
        message:
          'history entry 0 holds a GitHub token (ghp_****************); it stays in the image history even if a later layer removes it',
      },
    ],
  ],
  ['PS104', SAFE, []],
  [
    'PS105',
    { ...SAFE, config: { ...SAFE.config, Healthcheck: { Test: ['NONE'] } } },
    [{ ruleId: 'PS105', message: 'the image defines no HEALTHCHECK' }],
  ],
  ['PS105', SAFE, []],
];

describe('image config and history rules', () => {
  it.each(CASES)('%s (%#)', (rule, config, expected) => {
    expect(checkImageConfig(config).filter((h) => h.ruleId === rule)).toEqual(expected);
  });

  it('has a hit and a no-hit case for every rule', () => {
    for (const meta of CONFIG_RULE_METAS) {
      const cases = CASES.filter(([id]) => id === meta.id);
      expect([meta.id, cases.some((c) => c[2].length > 0), cases.some((c) => c[2].length === 0)]).toEqual([
        meta.id,
        true,
        true,
      ]);
    }
  });

  it('rules can be turned off', () => {
    expect(checkImageConfig({}, ['PS101', 'PS105'])).toEqual([]);
  });
});
