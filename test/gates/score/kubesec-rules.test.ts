import { describe, expect, it } from 'vitest';
import { KUBESEC_RULES } from '../../../src/gates/score/rules/kubesec/index.js';
import { cronJob, deployment, find, pod, positions, subject } from './helpers.js';

const A = 'containers:\n  - name: a\n    image: x';
const sc = (body: string) =>
  `containers:\n  - name: a\n    image: x\n    securityContext:\n${body.replace(/^/gm, '      ')}`;
const podSc = (body: string) => `securityContext:\n${body.replace(/^/gm, '  ')}\n${A}`;
const twoContainers = (first: string, second: string) =>
  `containers:\n  - name: a\n    securityContext:\n      ${first}\n  - name: b\n    securityContext:\n      ${second}`;

/** [rule, manifest, Kubesec matches, strict: the needles the findings point at]. */
type Row = [rule: string, manifest: string, kubesec: boolean, strict: (string | [string, number])[]];

const rows: Row[] = [
  ['HostNetwork', deployment(`hostNetwork: true\n${A}`), true, ['hostNetwork: true']],
  ['HostNetwork', deployment(`hostNetwork: false\n${A}`), false, []],
  ['HostNetwork', deployment(`hostNetwork: null\n${A}`), false, []],
  ['HostNetwork', cronJob(`hostNetwork: true\n${A}`), false, ['hostNetwork: true']],
  ['HostPID', pod(`hostPID: true\n${A}`), true, ['hostPID: true']],
  ['HostPID', pod(A), false, []],
  ['HostIPC', pod(`hostIPC: true\n${A}`), true, ['hostIPC: true']],
  ['HostIPC', pod(`hostIPC: false\n${A}`), false, []],
  ['ReadOnlyRootFilesystem', deployment(sc('readOnlyRootFilesystem: true')), true, []],
  [
    'ReadOnlyRootFilesystem',
    deployment(sc('readOnlyRootFilesystem: false')),
    false,
    ['readOnlyRootFilesystem: false'],
  ],
  // Kubesec credits it when any one container complies; strict names the one that does not.
  [
    'ReadOnlyRootFilesystem',
    deployment(twoContainers('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: null')),
    true,
    ['readOnlyRootFilesystem: null'],
  ],
  ['ReadOnlyRootFilesystem', deployment('containers: []'), false, ['containers: []']],
  // Set only at pod level: not a pod-level field, so neither counts it.
  ['ReadOnlyRootFilesystem', deployment(podSc('readOnlyRootFilesystem: true')), false, ['name: a']],
  ['RunAsNonRoot', deployment(podSc('runAsNonRoot: true')), true, []],
  ['RunAsNonRoot', deployment(sc('runAsNonRoot: true')), true, []],
  ['RunAsNonRoot', deployment(sc('runAsNonRoot: false')), false, ['runAsNonRoot: false']],
  ['RunAsNonRoot', deployment(`${podSc('runAsNonRoot: false')}`), false, ['runAsNonRoot: false']],
  [
    'RunAsNonRoot',
    deployment(`initContainers:\n  - name: i\n    securityContext:\n      runAsNonRoot: true\n${A}`),
    true,
    ['name: a'],
  ],
  // CronJob: Kubesec does not apply the rule to the kind; strict does, through the job template.
  ['RunAsNonRoot', cronJob(podSc('runAsNonRoot: true')), false, []],
  ['RunAsUser', deployment(sc('runAsUser: 10001')), true, []],
  ['RunAsUser', deployment(sc('runAsUser: 1000')), false, ['runAsUser: 1000']],
  ['RunAsUser', deployment(sc('runAsUser: "10001"')), false, ['runAsUser: "10001"']],
  ['RunAsGroup', deployment(podSc('runAsGroup: 20000')), true, []],
  ['RunAsGroup', deployment(podSc('runAsGroup: 1')), false, ['runAsGroup: 1']],
  ['Privileged', deployment(sc('privileged: true')), true, ['privileged: true']],
  ['Privileged', deployment(sc('privileged: false')), false, []],
  [
    'Privileged',
    deployment(`initContainers:\n  - name: i\n    securityContext:\n      privileged: true\n${A}`),
    true,
    ['privileged: true'],
  ],
  ['CapSysAdmin', deployment(sc('capabilities:\n  add: [SYS_ADMIN]')), true, ['add: [SYS_ADMIN]']],
  ['CapSysAdmin', deployment(sc('capabilities:\n  add: [CAP_SYS_ADMIN]')), true, ['add: [CAP_SYS_ADMIN]']],
  ['CapSysAdmin', deployment(sc('capabilities:\n  add: [CHOWN]')), false, []],
  ['CapSysAdmin', deployment(sc('capabilities:\n  add: null')), false, []],
  ['CapDropAny', deployment(sc('capabilities:\n  drop: [NET_RAW]')), true, []],
  ['CapDropAny', deployment(sc('capabilities:\n  drop: []')), false, ['drop: []']],
  ['CapDropAny', deployment(sc('capabilities:\n  drop: [null]')), false, ['drop: [null]']],
  ['CapDropAll', deployment(sc('capabilities:\n  drop: [ALL]')), true, []],
  // Kubesec upper-cases and substring-matches; Kubernetes compares `ALL` exactly.
  ['CapDropAll', deployment(sc('capabilities:\n  drop: [all]')), true, ['drop: [all]']],
  ['CapDropAll', deployment(sc('capabilities:\n  drop: [NET_RAW]')), false, ['drop: [NET_RAW]']],
  [
    'DockerSock',
    deployment(`${A}\nvolumes:\n  - name: s\n    hostPath:\n      path: /var/run/docker.sock`),
    true,
    ['path: /var/run/docker.sock'],
  ],
  [
    'DockerSock',
    deployment(`${A}\nvolumes:\n  - name: s\n    hostPath:\n      path: /run/containerd/containerd.sock`),
    false,
    ['path: /run/containerd/containerd.sock'],
  ],
  [
    'DockerSock',
    deployment(`${A}\nvolumes:\n  - name: s\n    hostPath:\n      path: /var/lib/data`),
    false,
    [],
  ],
  ['ProcMount', pod(`${A}\nvolumes:\n  - name: p\n    hostPath:\n      path: /proc`), true, ['path: /proc']],
  // Kubesec's substring match takes /host/proc for /proc; the exact match does not.
  ['ProcMount', pod(`${A}\nvolumes:\n  - name: p\n    hostPath:\n      path: /host/proc`), true, []],
  ['ProcMount', pod(`${A}\nvolumes:\n  - name: p\n    emptyDir: {}`), false, []],
  ['RequestsCPU', pod(`${A}\n    resources:\n      requests:\n        cpu: 100m`), true, []],
  ['RequestsCPU', pod(`${A}\n    resources: {}`), false, ['resources: {}']],
  ['LimitsCPU', pod(`${A}\n    resources:\n      limits:\n        cpu: 1`), true, []],
  ['LimitsCPU', pod(A), false, ['name: a']],
  ['RequestsMemory', pod(`${A}\n    resources:\n      requests:\n        memory: 1Gi`), true, []],
  ['RequestsMemory', pod(`${A}\n    resources:\n      requests: null`), false, ['requests: null']],
  ['LimitsMemory', pod(`${A}\n    resources:\n      limits:\n        memory: 1Gi`), true, []],
  ['LimitsMemory', pod(`${A}\n    resources:\n      limits:\n        cpu: 1`), false, ['limits']],
  ['ServiceAccountName', pod(`serviceAccountName: app\n${A}`), true, []],
  ['ServiceAccountName', pod(`serviceAccountName:\n${A}`), false, ['serviceAccountName:']],
  // Kubesec credits any non-null value, `default` included.
  ['ServiceAccountName', pod(`serviceAccountName: default\n${A}`), true, ['serviceAccountName: default']],
  ['HostAliases', pod(`hostAliases:\n  - ip: 1.2.3.4\n    hostnames: [a]\n${A}`), true, ['hostAliases']],
  ['HostAliases', pod(`hostAliases: []\n${A}`), true, []],
  ['HostAliases', pod(A), false, []],
  ['SeccompAny', deployment(podSc('seccompProfile:\n  type: RuntimeDefault')), true, []],
  ['SeccompAny', deployment(sc('seccompProfile:\n  type: Unconfined')), false, ['type: Unconfined']],
  ['SeccompUnconfined', deployment(podSc('seccompProfile:\n  type: Unconfined')), true, ['type: Unconfined']],
  ['SeccompUnconfined', deployment(sc('seccompProfile:\n  type: Localhost')), false, []],
  ['ApparmorAny', deployment(sc('appArmorProfile:\n  type: RuntimeDefault')), true, []],
  ['ApparmorAny', deployment(A), false, ['name: a']],
  ['ApparmorUnconfined', deployment(sc('appArmorProfile:\n  type: Unconfined')), true, ['type: Unconfined']],
  ['ApparmorUnconfined', deployment(podSc('appArmorProfile:\n  type: Localhost')), false, []],
  [
    'AllowPrivilegeEscalation',
    deployment(sc('allowPrivilegeEscalation: true')),
    true,
    ['allowPrivilegeEscalation: true'],
  ],
  ['AllowPrivilegeEscalation', deployment(sc('allowPrivilegeEscalation: false')), false, []],
  ['AutomountServiceAccountToken', pod(`automountServiceAccountToken: false\n${A}`), true, []],
  [
    'AutomountServiceAccountToken',
    pod(`automountServiceAccountToken: true\n${A}`),
    false,
    ['automountServiceAccountToken: true'],
  ],
  ['HostUsers', pod(`hostUsers: false\n${A}`), true, []],
  ['HostUsers', pod(`hostUsers: null\n${A}`), false, ['hostUsers: null']],
  [
    'SecretsAsEnvironmentVariables',
    cronJob(`${A}\n    env:\n      - name: P\n        valueFrom:\n          secretKeyRef: {name: s, key: k}`),
    true,
    ['secretKeyRef: {name: s, key: k}'],
  ],
  [
    'SecretsAsEnvironmentVariables',
    pod(`${A}\n    envFrom:\n      - secretRef:\n          name: s`),
    true,
    ['secretRef'],
  ],
  ['SecretsAsEnvironmentVariables', pod(`${A}\n    env:\n      - name: P\n        value: x`), false, []],
];

const statefulSet = (claims: string) =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: s\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n${claims}`;
const binding = (name: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: b\nroleRef: {kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io}\nsubjects:\n  - kind: User\n    name: ${name}\n`;

rows.push(
  ['VolumeClaimAccessModeReadWriteOnce', statefulSet(''), true, []],
  [
    'VolumeClaimAccessModeReadWriteOnce',
    statefulSet('  volumeClaimTemplates:\n    - spec:\n        accessModes: [ReadWriteOnce]'),
    true,
    [],
  ],
  [
    'VolumeClaimAccessModeReadWriteOnce',
    statefulSet('  volumeClaimTemplates:\n    - spec:\n        accessModes: [ReadWriteMany]'),
    false,
    ['accessModes: [ReadWriteMany]'],
  ],
  [
    'VolumeClaimRequestsStorage',
    statefulSet(
      '  volumeClaimTemplates:\n    - spec:\n        resources:\n          requests:\n            storage: 1Gi',
    ),
    true,
    [],
  ],
  [
    'VolumeClaimRequestsStorage',
    statefulSet('  volumeClaimTemplates:\n    - spec:\n        accessModes: [ReadWriteOnce]'),
    false,
    [['spec', 2]],
  ],
  ['BindingsToSystemAnonymous', binding('system:anonymous'), true, ['name: system:anonymous']],
  ['BindingsToSystemAnonymous', binding('system:unauthenticated'), false, ['name: system:unauthenticated']],
  ['BindingsToSystemAnonymous', binding('alice'), false, []],
);

describe('Kubesec rules: Kubesec count and strict violations at exact positions', () => {
  it('has all 30 Kubesec rules, each with a hit and a no-hit case', () => {
    expect(KUBESEC_RULES).toHaveLength(30);
    for (const rule of KUBESEC_RULES) {
      const own = rows.filter((r) => r[0] === rule.meta.id);
      expect(
        own.some((r) => r[2]),
        `${rule.meta.id} hit`,
      ).toBe(true);
      expect(
        own.some((r) => !r[2]),
        `${rule.meta.id} no-hit`,
      ).toBe(true);
    }
  });

  it.each(rows.map((r, i) => [i, ...r] as const))('#%i %s', (_i, id, manifest, kubesec, strict) => {
    const rule = KUBESEC_RULES.find((r) => r.meta.id === id)!;
    const s = subject(manifest);
    // Kubesec skips the kinds a rule does not list (`Rule.Eval`), then runs the predicate.
    expect(rule.kinds.includes(s.object.kind) && rule.count(s.object.value) > 0).toBe(kubesec);
    const expected = strict.map((needle) =>
      typeof needle === 'string' ? find(manifest, needle) : find(manifest, needle[0], needle[1]),
    );
    expect(positions(s, rule.violations(s))).toEqual(expected);
  });
});
