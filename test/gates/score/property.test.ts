import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/gates/score/evaluate.js';
import { parseManifests } from '../../../src/gates/score/input/parse.js';
import { kubesecReport } from '../../../src/gates/score/kubesec-score.js';
import type { ScoreSettings } from '../../../src/gates/score/settings.js';
import { deployment } from './helpers.js';

const settings: ScoreSettings = {
  mode: 'strict',
  minScores: { default: 3 },
  profile: 'restricted',
  suggest: false,
  podSpecPaths: [],
  exemptions: [{ rules: ['*'], reason: 'r', kind: 'Pod' }],
  extraRules: true,
  today: '2026-11-24',
};

const SEED = deployment(`hostNetwork: true
securityContext: {runAsNonRoot: true, sysctls: [{name: kernel.msgmax, value: "1"}]}
initContainers:
  - name: i
    image: busybox
    securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
containers:
  - name: a
    image: nginx:latest
    env: [{name: TOKEN, value: x}, {name: S, valueFrom: {secretKeyRef: {name: s, key: k}}}]
    ports: [{hostPort: 80}]
    volumeMounts: [{name: h, mountPath: /h}]
volumes:
  - name: h
    hostPath: {path: /var/run/docker.sock}`).replace(
  'name: d\n',
  'name: d\n  annotations:\n    portcullis.dev/ignore: "HostNetwork; reason=x; expires=2020-01-01"\n',
);

/** Every finding points inside the text it came from. */
function assertInside(text: string) {
  const lines = text.split('\n');
  const parsed = parseManifests({ file: 'f.yaml', text });
  for (const o of parsed.objects) kubesecReport(o, 'f.yaml');
  const { findings } = evaluate(parsed.objects, settings);
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.endLine).toBeLessThanOrEqual(lines.length);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
    expect(f.endColumn).toBeLessThanOrEqual(lines[f.endLine - 1].length + 1);
  }
  return findings.length;
}

const yamlish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, 10001, -1, '', 'ALL', 'Unconfined', '/proc', 'SYS_ADMIN', 'x'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'containers',
        'initContainers',
        'securityContext',
        'capabilities',
        'add',
        'drop',
        'hostPath',
        'path',
        'volumes',
        'name',
        'image',
        'env',
        'valueFrom',
        'secretKeyRef',
        'runAsUser',
        'seccompProfile',
        'type',
        'ports',
        'hostPort',
        'annotations',
        'template',
        'spec',
        'metadata',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('score gate never crashes and points inside the file', () => {
  it('on the seed manifest', () => {
    expect(assertInside(SEED)).toBeGreaterThan(20);
  });

  it('on random PodSpecs of any shape', () => {
    fc.assert(
      fc.property(
        yamlish,
        fc.constantFrom('Pod', 'Deployment', 'CronJob', 'StatefulSet', 'List'),
        (spec, kind) => {
          const doc =
            kind === 'List'
              ? { apiVersion: 'v1', kind, items: [spec, { kind: 'Pod', spec }] }
              : {
                  apiVersion: 'v1',
                  kind,
                  metadata: { name: 'x' },
                  spec: { template: { spec }, jobTemplate: spec, ...(spec as object) },
                };
          assertInside(JSON.stringify(doc, null, 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on the seed manifest with random edits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(SEED.length),
            fc.nat(8),
            fc.constantFrom('', ' ', '\n', '-', ':', '{', '[', '"', '---\n', 'x'),
          ),
          {
            maxLength: 5,
          },
        ),
        (edits) => {
          let text = SEED;
          for (const [at, drop, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + drop);
          assertInside(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
