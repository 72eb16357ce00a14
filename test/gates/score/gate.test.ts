import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GateContext, silentLogger } from '../../../src/core/gate.js';
import { render } from '../../../src/core/report/index.js';
import { run } from '../../../src/gates/score/run.js';
import { runGates } from '../../../src/run.js';
import { deployment, find, pod } from './helpers.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'score-gate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function context(cwd: string, over: Partial<GateContext> = {}): GateContext {
  return {
    cwd,
    targets: ['.'],
    config: {},
    options: {},
    env: { PATH: process.env.PATH, PORTCULLIS_TODAY: '2026-11-24' },
    log: silentLogger,
    ...over,
  };
}

const HARDENED = `securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  runAsGroup: 10001
  seccompProfile: {type: RuntimeDefault}
  appArmorProfile: {type: RuntimeDefault}
serviceAccountName: app
automountServiceAccountToken: false
hostUsers: false
containers:
  - name: app
    image: app:1.0
    imagePullPolicy: Always
    livenessProbe: {tcpSocket: {port: 8080}}
    readinessProbe: {tcpSocket: {port: 8080}}
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 200m, memory: 128Mi}
    securityContext:
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
      capabilities: {drop: [ALL]}`;

const unsuppressed = (o: Awaited<ReturnType<typeof run>>) =>
  o.findings.filter((f) => !f.suppressed && f.severity !== 'info' && f.severity !== 'low');

describe('score gate inputs', () => {
  it('reads multi-document YAML (any separator form), JSON and kind: List, and skips other kinds', async () => {
    const list = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'in-list' },
          spec: { hostPID: true, containers: [] },
        },
      ],
    });
    const multi = `${pod('hostNetwork: true\ncontainers: []')}--- # a comment\n${pod('hostIPC: true\ncontainers: []')}---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n`;
    const dir = repo({ 'k8s/multi.yaml': multi, 'k8s/list.json': list });
    const out = await run(context(dir, { targets: ['k8s'] }));
    expect(out.errors).toEqual([]);
    const hits = out.findings
      .filter((f) => ['HostNetwork', 'HostIPC', 'HostPID'].includes(f.ruleId))
      .map((f) => [f.file, f.ruleId, f.line, f.column]);
    expect(hits).toEqual([
      ['k8s/list.json', 'HostPID', 1, expect.any(Number)],
      ['k8s/multi.yaml', 'HostNetwork', 6, 3],
      ['k8s/multi.yaml', 'HostIPC', 14, 3],
    ]);
    expect(out.notes).toContain('skipped (not a workload or binding): 1 Service');
  });

  it('names the file, line and column of a parse error and still scores the other documents', async () => {
    const text = `${pod('hostPID: true\ncontainers: []')}---\nkind: Pod\nmetadata: {name: [broken\n---\n${pod('hostIPC: true\ncontainers: []')}`;
    const dir = repo({ 'bad.yaml': text });
    const out = await run(context(dir, { targets: ['bad.yaml'] }));
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0].message).toMatch(/^bad\.yaml:11:1: invalid YAML/);
    expect(
      out.findings.filter((f) => ['HostPID', 'HostIPC'].includes(f.ruleId)).map((f) => [f.ruleId, f.line]),
    ).toEqual([
      ['HostPID', 6],
      ['HostIPC', 17],
    ]);
  });

  it('reads stdin for `-` (helm template … | portcullis score -), and fails closed on empty input', async () => {
    const dir = repo({});
    const out = await run(
      context(dir, { targets: ['-'], readStdin: async () => deployment('hostPID: true\ncontainers: []') }),
    );
    expect(out.findings.find((f) => f.ruleId === 'HostPID')).toMatchObject({ file: '-', line: 8, column: 7 });
    expect(JSON.parse(out.render!.kubesec())[0].fileName).toBe('STDIN');
    const empty = await run(context(dir, { targets: ['-'], readStdin: async () => '' }));
    expect(empty.errors[0].message).toMatch(/standard input is empty/);
  });

  it('skips Helm templates found by a directory walk, with a note', async () => {
    const dir = repo({ 'chart/templates/d.yaml': deployment('containers:\n  - name: {{ .Values.name }}') });
    const out = await run(context(dir));
    expect(out.errors).toEqual([]);
    expect((out.notes ?? []).some((n) => n.includes('chart/templates/d.yaml'))).toBe(true);
  });

  it('gives a clear error when --kustomize is asked for and kubectl is missing', async () => {
    const dir = repo({ 'k/kustomization.yaml': 'resources: []\n' });
    await expect(
      run(context(dir, { options: { kustomize: 'k' }, env: { PATH: join(dir, 'no-bin') } })),
    ).rejects.toThrow(/--kustomize needs kubectl on PATH/);
  });

  const hasKubectl = (() => {
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasKubectl)('renders --kustomize with kubectl kustomize and scores the result', async () => {
    const dir = repo({
      'k/kustomization.yaml': 'namespace: shop\nresources: [pod.yaml]\n',
      'k/pod.yaml': pod('hostNetwork: true\ncontainers: [{name: a, image: a:1}]'),
    });
    const out = await run(context(dir, { options: { kustomize: 'k' } }));
    expect(out.errors).toEqual([]);
    const f = out.findings.find((x) => x.ruleId === 'HostNetwork')!;
    expect(f.file).toBe('k/kustomization.yaml (rendered)');
    expect(f.message).toMatch(/^Pod\/p\.shop:/);
  });
});

describe('score gate verdicts', () => {
  it('fails a critical whatever the total (Kubesec #471), where Kubesec passes it', async () => {
    const text = deployment(
      HARDENED.replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true'),
    );
    const dir = repo({ 'd.yaml': text });
    const report = await runGates({
      command: 'score',
      targets: ['d.yaml'],
      cwd: dir,
      noFail: false,
      options: {},
      env: { PORTCULLIS_TODAY: '2026-11-24' },
      log: silentLogger,
    });
    const gate = report.gates[0];
    expect(gate.passed).toBe(false);
    const critical = gate.findings.find((f) => f.ruleId === 'AllowPrivilegeEscalation')!;
    expect([critical.severity, critical.line, critical.column]).toEqual([
      'high',
      ...find(text, 'allowPrivilegeEscalation: true').slice(0, 2),
    ]);
    const kubesec = JSON.parse(gate.render.kubesec())[0];
    expect(kubesec.score).toBeGreaterThan(0);
    expect(kubesec.message).toMatch(/^Passed/);
  });

  it('fails even a -1 critical under the default fail-on', async () => {
    const text = deployment(
      HARDENED.replace('seccompProfile: {type: RuntimeDefault}', 'seccompProfile: {type: Unconfined}'),
    );
    const dir = repo({ 'd.yaml': text });
    const report = await runGates({
      command: 'score',
      targets: ['d.yaml'],
      cwd: dir,
      noFail: false,
      options: {},
      env: { PORTCULLIS_TODAY: '2026-11-24' },
      log: silentLogger,
    });
    expect(report.gates[0].failOn).toBe('medium');
    expect(report.gates[0].passed).toBe(false);
    const f = report.gates[0].findings.find((x) => x.ruleId === 'SeccompUnconfined')!;
    expect([f.severity, f.line, f.column]).toEqual(['medium', ...find(text, 'type: Unconfined').slice(0, 2)]);
  });

  it('passes a hardened workload with a perfect strict score', async () => {
    const dir = repo({ 'd.yaml': deployment(HARDENED) });
    const out = await run(context(dir, { options: { 'min-score': '19' } }));
    expect(out.findings.filter((f) => f.severity !== 'low')).toEqual([]);
    expect((out.extra!.objects as { score: number }[])[0].score).toBe(19);
  });

  it('credits a positive rule only when every container complies, naming the one that does not', async () => {
    const two = HARDENED.replace('containers:\n', 'containers:\n  - name: side\n    image: side:1\n');
    const dir = repo({ 'd.yaml': deployment(two) });
    const out = await run(context(dir, { options: { 'min-score': 'Deployment=19' } }));
    const pk001 = out.findings.find((f) => f.ruleId === 'PK001')!;
    expect(pk001).toMatchObject({ line: 2, column: 1, severity: 'high' });
    const ro = out.findings.filter((f) => f.ruleId === 'ReadOnlyRootFilesystem');
    expect(ro.map((f) => f.data?.container)).toEqual(['side']);
    const objects = out.extra!.objects as { score: number; kubesecScore: number }[];
    expect(objects[0].score).toBeLessThan(objects[0].kubesecScore);
  });

  it('applies --min-score per kind, and Kubesec mode gates on the plain sum', async () => {
    const dir = repo({
      'p.yaml': pod('containers: [{name: a, image: a:1}]'),
      'd.yaml': deployment('containers: [{name: a, image: a:1}]'),
    });
    const strict = await run(context(dir, { options: { 'min-score': 'Pod=1' } }));
    expect(strict.findings.filter((f) => f.ruleId === 'PK001').map((f) => f.file)).toEqual(['p.yaml']);
    const kubesec = await run(context(dir, { options: { mode: 'kubesec' } }));
    expect(
      kubesec.findings
        .filter((f) => f.ruleId === 'PK001')
        .map((f) => f.file)
        .sort(),
    ).toEqual(['d.yaml', 'p.yaml']);
    expect(kubesec.findings.filter((f) => f.ruleId !== 'PK001').every((f) => f.severity === 'info')).toBe(
      true,
    );
  });

  it('scores every built-in workload kind through its own PodSpec path', async () => {
    const kinds: [string, string, string][] = [
      ['v1', 'PodTemplate', 'template:\n  spec:\n    hostPID: true\n    containers: []\n'],
      [
        'v1',
        'ReplicationController',
        'spec:\n  template:\n    spec:\n      hostPID: true\n      containers: []\n',
      ],
      ['apps/v1', 'ReplicaSet', 'spec:\n  template:\n    spec:\n      hostPID: true\n      containers: []\n'],
      ['batch/v1', 'Job', 'spec:\n  template:\n    spec:\n      hostPID: true\n      containers: []\n'],
      ['apps/v1', 'DaemonSet', 'spec:\n  template:\n    spec:\n      hostPID: true\n      containers: []\n'],
      [
        'apps/v1',
        'StatefulSet',
        'spec:\n  template:\n    spec:\n      hostPID: true\n      containers: []\n',
      ],
    ];
    const text = kinds
      .map(([api, kind, body]) => `apiVersion: ${api}\nkind: ${kind}\nmetadata: {name: x}\n${body}`)
      .join('---\n');
    const dir = repo({ 'all.yaml': text });
    const out = await run(context(dir));
    const hits = out.findings.filter((f) => f.ruleId === 'HostPID');
    expect(hits.map((f) => String(f.data?.object).split('/')[0])).toEqual(kinds.map((k) => k[1]));
    expect(hits.map((f) => f.line)).toEqual(kinds.map((_, i) => find(text, 'hostPID: true', i)[0]));
  });

  it('scores an Argo Rollout, skips a Rollout using workloadRef, and reads configured PodSpec paths', async () => {
    const rollout = deployment('hostPID: true\ncontainers: []').replace(
      'apps/v1\nkind: Deployment',
      'argoproj.io/v1alpha1\nkind: Rollout',
    );
    const ref =
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  workloadRef: {kind: Deployment, name: d}\n';
    const custom =
      'apiVersion: example.com/v1\nkind: Runner\nmetadata: {name: c}\nspec:\n  pod:\n    hostIPC: true\n    containers: []\n';
    const dir = repo({ 'r.yaml': `${rollout}---\n${ref}`, 'c.yaml': custom });
    const out = await run(context(dir, { options: { 'pod-spec-path': ['Runner.example.com=spec.pod'] } }));
    const hits = out.findings.filter((f) => f.ruleId === 'HostPID' || f.ruleId === 'HostIPC');
    expect(hits.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      ['c.yaml', 'HostIPC', 6],
      ['r.yaml', 'HostPID', 8],
    ]);
    expect(out.notes ?? []).toContain('skipped (not a workload or binding): 1 Rollout');
  });

  it('checks the Pod Security Standards profile and suggests the enforceable level per namespace', async () => {
    const ns = (text: string, n: string) => text.replace('name: d\n', `name: d\n  namespace: ${n}\n`);
    const dir = repo({
      'a.yaml': ns(deployment(HARDENED.replace('hostUsers: false\n', '')), 'shop'),
      'b.yaml': `${ns(deployment('containers: [{name: a, image: a:1}]'), 'web')}---\n${ns(deployment('hostNetwork: true\ncontainers: [{name: a, image: a:1}]'), 'web').replace('name: d', 'name: e')}`,
    });
    const out = await run(context(dir, { options: { profile: 'restricted', suggest: true } }));
    expect(out.findings.filter((f) => f.ruleId.startsWith('pss/') && f.file === 'a.yaml')).toEqual([]);
    expect(out.findings.some((f) => f.ruleId === 'pss/hostNamespaces' && f.file === 'b.yaml')).toBe(true);
    expect(out.notes).toContain(
      'namespace shop: restricted is met by all 1 workload(s); label pod-security.kubernetes.io/enforce: restricted',
    );
    const web = (
      out.extra!.suggest as {
        namespace: string;
        level: string;
        blockers: { object: string; checks: string[] }[];
      }[]
    ).find((s) => s.namespace === 'web')!;
    expect(web.level).toBe('privileged');
    expect(web.blockers).toEqual([
      { object: 'Deployment/e.web', file: 'b.yaml', checks: ['hostNamespaces'] },
    ]);
  });
});

describe('score gate exemptions', () => {
  const annotate = (text: string, value: string, where: 'object' | 'template') =>
    where === 'object'
      ? text.replace('name: d\n', `name: d\n  annotations:\n    portcullis.dev/ignore: "${value}"\n`)
      : text.replace(
          '  template:\n',
          `  template:\n    metadata:\n      annotations:\n        portcullis.dev/ignore: "${value}"\n`,
        );
  const risky = deployment('hostPID: true\ncontainers: [{name: a, image: a:1}]');

  it('suppresses with a reason from the object or pod template annotation, keeping the finding', async () => {
    for (const where of ['object', 'template'] as const) {
      const dir = repo({
        'd.yaml': annotate(risky, 'HostPID; reason=node exporter; expires=2027-01-01', where),
      });
      const out = await run(context(dir));
      const f = out.findings.find((x) => x.ruleId === 'HostPID')!;
      expect(f.suppressed).toEqual({ kind: 'inline', justification: 'node exporter (until 2027-01-01)' });
      expect(unsuppressed(out).filter((x) => x.ruleId === 'HostPID')).toEqual([]);
    }
  });

  it('fails an exemption without a reason (PK002) and an expired one (PK003) at the annotation', async () => {
    const noReason = annotate(risky, 'HostPID', 'object');
    const expired = annotate(risky, 'HostPID; reason=x; expires=2026-01-01', 'object');
    const dir = repo({ 'a.yaml': noReason, 'b.yaml': expired });
    const out = await run(context(dir));
    const problems = out.findings.filter((f) => f.ruleId === 'PK002' || f.ruleId === 'PK003');
    expect(problems.map((f) => [f.file, f.ruleId, f.line, f.column])).toEqual([
      ['a.yaml', 'PK002', 6, 5],
      ['b.yaml', 'PK003', 6, 5],
    ]);
    expect(out.findings.filter((f) => f.ruleId === 'HostPID' && !f.suppressed)).toHaveLength(2);
  });

  it('applies score.exemptions from the config, scoped by path, kind and container; shown in SARIF', async () => {
    const dir = repo({
      'vendor/d.yaml': risky,
      'portcullis.yaml':
        'score:\n  exemptions:\n    - path: "vendor/**"\n      kind: Deployment\n      rule: [HostPID, PK010]\n      reason: third-party chart\n',
    });
    const report = await runGates({
      command: 'score',
      targets: [],
      cwd: dir,
      noFail: false,
      options: {},
      env: { PORTCULLIS_TODAY: '2026-11-24' },
      log: silentLogger,
    });
    const gate = report.gates[0];
    expect(gate.findings.find((f) => f.ruleId === 'HostPID')!.suppressed).toEqual({
      kind: 'config',
      justification: 'third-party chart',
    });
    const sarif = JSON.parse(render(report, 'sarif', { color: false })!);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'HostPID');
    expect(result.suppressions[0].justification).toBe('third-party chart');
  });
});

describe('score gate job summary table', () => {
  it('renders one row per object: object, location, score, criticals, top advice', async () => {
    const dir = repo({ 'd.yaml': deployment('hostPID: true\ncontainers: [{name: a, image: a:1}]') });
    const out = await run(context(dir));
    const table = out.render!.markdown().split('\n');
    expect(table[0]).toBe('| object | location | score | criticals | top advice |');
    expect(table[2]).toBe(
      '| Deployment/d.default | `d.yaml:2` | -9 | HostPID | ReadOnlyRootFilesystem, RunAsNonRoot, RunAsUser, … |',
    );
  });
});
