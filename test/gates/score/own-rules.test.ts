import { describe, expect, it } from 'vitest';
import { OWN_RULES } from '../../../src/gates/score/rules/own/index.js';
import { cronJob, deployment, find, pod, positions, subject } from './helpers.js';

const probes = '\n    livenessProbe: {tcpSocket: {port: 80}}\n    readinessProbe: {tcpSocket: {port: 80}}';
const c = (image: string, more = '') => `containers:\n  - name: a\n    image: ${image}${more}`;
const DIGEST = `@sha256:${'a'.repeat(64)}`;

/** [rule, manifest, needles the findings point at (empty: no finding)]. */
const rows: [string, string, (string | [string, number])[]][] = [
  ['PK010', pod(c('nginx')), ['image: nginx']],
  ['PK010', pod(c('nginx:latest')), ['image: nginx:latest']],
  ['PK010', pod(c('registry:5000/app')), ['image: registry:5000/app']],
  ['PK010', pod(c('nginx:1.27')), []],
  ['PK010', pod(c(`nginx${DIGEST}`)), []],
  ['PK011', pod(c('nginx:1.27')), ['image: nginx:1.27']],
  ['PK011', pod(c(`nginx:1.27${DIGEST}`)), []],
  ['PK012', pod(c('x:1', '\n    ports:\n      - hostPort: 80')), ['hostPort: 80']],
  ['PK012', pod(c('x:1', '\n    ports:\n      - containerPort: 80')), []],
  [
    'PK013',
    pod(
      `${c('x:1', '\n    volumeMounts:\n      - name: h\n        mountPath: /h')}\nvolumes:\n  - name: h\n    hostPath: {path: /etc}`,
    ),
    [['name: h', 0]],
  ],
  [
    'PK013',
    pod(
      `${c('x:1', '\n    volumeMounts:\n      - name: h\n        mountPath: /h\n        readOnly: true')}\nvolumes:\n  - name: h\n    hostPath: {path: /etc}`,
    ),
    [],
  ],
  [
    'PK014',
    pod(c('x:1', '\n    securityContext:\n      capabilities:\n        add: [CAP_NET_RAW, CHOWN]')),
    ['CAP_NET_RAW'],
  ],
  ['PK014', pod(c('x:1', '\n    securityContext:\n      capabilities:\n        add: [CHOWN]')), []],
  ['PK015', pod(`securityContext:\n  runAsUser: 0\n${c('x:1')}`), ['runAsUser: 0']],
  ['PK015', pod(`securityContext:\n  runAsUser: 1000\n${c('x:1')}`), []],
  [
    'PK016',
    pod(c('x:1', '\n    env:\n      - name: DB_PASSWORD\n        value: hunter2')),
    ['value: hunter2'],
  ],
  ['PK016', pod(c('x:1', '\n    env:\n      - name: PASSWORD_FILE\n        value: /run/secrets/p')), []],
  ['PK016', pod(c('x:1', '\n    env:\n      - name: LOG_LEVEL\n        value: debug')), []],
  ['PK017', pod(c('x:1', '\n    imagePullPolicy: IfNotPresent')), ['imagePullPolicy: IfNotPresent']],
  ['PK017', pod(c('x:1', '\n    imagePullPolicy: Always')), []],
  ['PK017', pod(c(`x${DIGEST}`)), []],
  ['PK018', deployment(c('x:1', '\n    readinessProbe: {tcpSocket: {port: 80}}')), ['name: a']],
  ['PK018', deployment(c('x:1', probes)), []],
  ['PK018', cronJob(c('x:1')), []],
];

describe('own PK rules at exact positions', () => {
  it('every rule has a hit and a no-hit case', () => {
    for (const rule of OWN_RULES) {
      const own = rows.filter((r) => r[0] === rule.meta.id);
      expect(
        own.some((r) => r[2].length > 0),
        `${rule.meta.id} hit`,
      ).toBe(true);
      expect(
        own.some((r) => r[2].length === 0),
        `${rule.meta.id} no-hit`,
      ).toBe(true);
    }
  });

  it.each(rows.map((r, i) => [i, ...r] as const))('#%i %s', (_i, id, manifest, needles) => {
    const rule = OWN_RULES.find((r) => r.meta.id === id)!;
    const s = subject(manifest);
    const expected = needles.map((n) =>
      typeof n === 'string' ? find(manifest, n) : find(manifest, n[0], n[1]),
    );
    expect(positions(s, rule.check(s))).toEqual(expected);
  });
});
