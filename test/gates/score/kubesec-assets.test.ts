import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../src/gates/score/input/parse.js';
import { kubesecReport, renderKubesec } from '../../../src/gates/score/kubesec-score.js';

// Kubesec's own test assets (Apache-2.0, see test/fixtures/score/kubesec/README.md).
const ASSETS = join(import.meta.dirname, '../../fixtures/score/kubesec');

function reports(file: string) {
  const text = readFileSync(join(ASSETS, file), 'utf8');
  const parsed = parseManifests({ file, text });
  expect(parsed.errors).toEqual([]);
  return parsed.objects.map((o) => kubesecReport(o, file));
}

type Sign = 'gt' | 'zero' | 'lt';
const sign = (n: number): Sign => (n > 0 ? 'gt' : n < 0 ? 'lt' : 'zero');

/** Every score assertion of kubesec test/1_cli.bats and test/2_regression.bats (a59caad). */
const EXPECTED: [file: string, sign: Sign][] = [
  ['score-0-cap-sys-admin.yml', 'lt'],
  ['score-0-cap-chown.yml', 'zero'],
  ['score-0-cap-sys-admin-and-cap-chown.yml', 'lt'],
  ['score-1-cap-drop-all.yml', 'gt'],
  ['score-1-dep-ro-root-fs.yml', 'gt'],
  ['score-1-dep-podseccon-run-as-non-root.yml', 'gt'],
  ['score-1-dep-seccon-run-as-non-root.yml', 'gt'],
  ['score-1-dep-podseccon-run-as-user-1.yml', 'zero'],
  ['score-1-dep-seccon-run-as-user-1.yml', 'zero'],
  ['score-1-dep-podseccon-run-as-user-10001.yml', 'gt'],
  ['score-1-dep-seccon-run-as-user-10001.yml', 'gt'],
  ['score-1-dep-podseccon-run-as-group-1.yml', 'zero'],
  ['score-1-dep-seccon-run-as-group-1.yml', 'zero'],
  ['score-1-dep-podseccon-run-as-group-10001.yml', 'gt'],
  ['score-1-dep-seccon-run-as-group-10001.yml', 'gt'],
  ['score-1-dep-empty-security-context.yml', 'zero'],
  ['score-1-dep-resource-limit-cpu.yml', 'gt'],
  ['score-1-dep-resource-limit-memory.yml', 'gt'],
  ['score-1-statefulset-volumeclaimtemplate.yml', 'gt'],
  ['score-1-statefulset-novolumeclaimtemplate.yml', 'gt'],
  ['score-0-statefulset-no-sec.yml', 'zero'],
  ['score-0-daemonset-securitycontext-privileged.yml', 'lt'],
  ['score-0-daemonset-mount-docker-socket.yml', 'lt'],
  ['score-0-dep-apparmor-empty-securitycontext.yml', 'zero'],
  ['score-1-dep-apparmor-nonunconfined-spec-securitycontext.yml', 'gt'],
  ['score-0-dep-apparmor-unconfined-spec-securitycontext.yml', 'lt'],
  ['score-1-dep-apparmor-nonunconfined-container.yml', 'gt'],
  ['score-0-dep-apparmor-unconfined-container.yml', 'lt'],
  ['score-1-dep-apparmor-nonunconfined-initcontainer.yml', 'gt'],
  ['score-0-dep-apparmor-unconfined-initcontainer.yml', 'lt'],
  ['score-1-dep-apparmor-nonunconfined-ephemeralcontainer.yml', 'gt'],
  ['score-0-dep-apparmor-unconfined-ephemeralcontainer.yml', 'lt'],
  ['score-0-dep-seccomp-empty-securitycontext.yml', 'zero'],
  ['score-1-dep-seccomp-nonunconfined-spec-securitycontext.yml', 'gt'],
  ['score-0-dep-seccomp-unconfined-spec-securitycontext.yml', 'lt'],
  ['score-1-dep-seccomp-nonunconfined-container.yml', 'gt'],
  ['score-0-dep-seccomp-unconfined-container.yml', 'lt'],
  ['score-1-dep-seccomp-nonunconfined-initcontainer.yml', 'gt'],
  ['score-0-dep-seccomp-unconfined-initcontainer.yml', 'lt'],
  ['score-1-dep-seccomp-nonunconfined-ephemeralcontainer.yml', 'gt'],
  ['score-0-dep-seccomp-unconfined-ephemeralcontainer.yml', 'lt'],
  ['score-0-daemonset-host-network.yml', 'lt'],
  ['score-0-daemonset-host-pid.yml', 'lt'],
  ['score-0-daemonset-volume-host-docker-socket.yml', 'lt'],
  ['score-2-dep-serviceaccount.yml', 'gt'],
  ['score-2-pod-serviceaccount.yml', 'gt'],
  ['allowPrivilegeEscalation.yaml', 'lt'],
  ['score-1-pod-automount-sa-set-to-false.yml', 'gt'],
  ['score-1-pod-hostUsers-set-to-false.yml', 'gt'],
  // 2_regression.bats: `assert_success` means every report scored above 0.
  ['score-1-pod-default.yml', 'gt'],
  ['score-1-dep-default.yml', 'gt'],
  ['score-1-statefulset-default.yml', 'gt'],
  ['score-1-daemonset-default.yml', 'gt'],
  ['versioned/score-0-daemonset-v1.11.yml', 'zero'],
  ['versioned/score-0-statefulset-v1.11.yml', 'zero'],
  ['bug-dump-2.json', 'gt'],
  ['form-prefix-file.yml', 'zero'],
  ['allowPrivilegeEscalation.yaml', 'lt'],
];

describe("Kubesec mode on Kubesec's own test assets", () => {
  it.each(EXPECTED)('%s scores %s zero, as Kubesec expects', (file, expected) => {
    const [report] = reports(file);
    expect(sign(report.score)).toBe(expected);
  });

  it('reports an unsupported kind with score 0 and Kubesec’s message', () => {
    const [report] = reports('score-0-podsecuritypolicy-permissive.yml');
    expect(report).toMatchObject({
      score: 0,
      message: 'This resource kind is not supported by kubesec',
      scoring: {},
    });
  });

  it('orders criticals most negative first and advice highest first, ties by selector', () => {
    for (const file of ['critical-double.yml', 'critical-double-multiple.yml']) {
      for (const r of reports(file)) {
        expect(r.scoring.critical?.map((c) => c.points)).toEqual([-30, -7]);
        const advise = r.scoring.advise!.map((a) => a.points);
        expect(advise).toEqual([...advise].sort((a, b) => b - a));
        expect(r.scoring.advise!.slice(0, 2).map((a) => a.id)).toEqual(['ApparmorAny', 'ServiceAccountName']);
      }
    }
  });

  it('gives every document of a multi-document stream its own report', () => {
    expect(reports('multi.yml').map((r) => [r.object, r.score])).toEqual([
      ['DaemonSet/fluentd.kube-system', -15],
      ['Deployment/mongo.db', 1],
      ['ServiceAccount/flagger.istio-system', 0],
      ['ConfigMap/1.2', 0],
      ['VirtualService/podinfo.default', 0],
    ]);
  });

  it('renders Kubesec’s exact JSON for score-2-pod-serviceaccount.yml', () => {
    const out = renderKubesec(reports('score-2-pod-serviceaccount.yml'));
    expect(out.endsWith(']\n')).toBe(true);
    const [r] = JSON.parse(out);
    expect(Object.keys(r)).toEqual(['object', 'valid', 'fileName', 'message', 'score', 'scoring']);
    expect(Object.keys(r.scoring)).toEqual(['passed', 'advise']);
    expect(Object.keys(r.scoring.passed[0])).toEqual(['id', 'selector', 'reason', 'points']);
    expect(r).toMatchObject({
      object: 'Pod/my-pod.default',
      valid: true,
      fileName: 'score-2-pod-serviceaccount.yml',
      message: 'Passed with a score of 4 points',
      score: 4,
    });
    expect(r.scoring.passed.map((p: { id: string }) => p.id)).toEqual([
      'ServiceAccountName',
      'AutomountServiceAccountToken',
    ]);
    expect(out).toContain('\n  {\n    "object": "Pod/my-pod.default",\n    "valid": true,');
  });
});
