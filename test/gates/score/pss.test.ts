import { describe, expect, it } from 'vitest';
import { checksFor, PSS_CHECKS } from '../../../src/gates/score/rules/pss/index.js';
import { cronJob, deployment, find, pod, positions, subject } from './helpers.js';

const A = 'containers:\n  - name: a\n    image: x';
const sc = (body: string, name = 'a') =>
  `containers:\n  - name: ${name}\n    image: x\n    securityContext:\n${body.replace(/^/gm, '      ')}`;
const podSc = (body: string, rest = A) => `securityContext:\n${body.replace(/^/gm, '  ')}\n${rest}`;
const init = (body: string) =>
  `initContainers:\n  - name: i\n    securityContext:\n${body.replace(/^/gm, '      ')}\n`;
/** A container that meets the restricted profile by itself. */
const hardened = sc(
  'allowPrivilegeEscalation: false\nrunAsNonRoot: true\nseccompProfile:\n  type: RuntimeDefault\ncapabilities:\n  drop: [ALL]',
);

/** [PSA check id, manifest, needles the violations point at (empty: allowed)]. */
type Row = [check: string, manifest: string, needles: (string | [string, number])[]];

const rows: Row[] = [
  ['hostNamespaces', pod(`hostNetwork: true\nhostIPC: true\n${A}`), ['hostNetwork: true', 'hostIPC: true']],
  ['hostNamespaces', pod(`hostPID: false\n${A}`), []],
  ['privileged', deployment(`${init('privileged: true')}${A}`), ['privileged: true']],
  ['privileged', deployment(sc('privileged: false')), []],
  ['capabilities_baseline', pod(sc('capabilities:\n  add: [CHOWN, NET_RAW]')), ['NET_RAW']],
  ['capabilities_baseline', pod(sc('capabilities:\n  add: [CHOWN, NET_BIND_SERVICE]')), []],
  ['hostPathVolumes', pod(`${A}\nvolumes:\n  - name: h\n    hostPath:\n      path: /data`), ['hostPath']],
  ['hostPathVolumes', pod(`${A}\nvolumes:\n  - name: e\n    emptyDir: {}`), []],
  [
    'hostPorts',
    pod(`${A}\n    ports:\n      - containerPort: 80\n        hostPort: 8080`),
    ['hostPort: 8080'],
  ],
  ['hostPorts', pod(`${A}\n    ports:\n      - containerPort: 80\n        hostPort: 0`), []],
  ['appArmorProfile', pod(podSc('appArmorProfile:\n  type: Unconfined')), ['appArmorProfile']],
  ['appArmorProfile', pod(sc('appArmorProfile:\n  type: Localhost\n  localhostProfile: p')), []],
  [
    'appArmorProfile',
    deployment(A).replace(
      '  template:\n',
      '  template:\n    metadata:\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/a: unconfined\n',
    ),
    ['container.apparmor.security.beta.kubernetes.io/a: unconfined'],
  ],
  ['seLinuxOptions', pod(sc('seLinuxOptions:\n  type: spc_t')), ['seLinuxOptions']],
  ['seLinuxOptions', pod(podSc('seLinuxOptions:\n  user: system_u')), ['seLinuxOptions']],
  ['seLinuxOptions', pod(sc('seLinuxOptions:\n  type: container_t\n  level: s0:c1')), []],
  ['procMount', pod(sc('procMount: Unmasked')), ['procMount: Unmasked']],
  ['procMount', pod(`hostUsers: false\n${sc('procMount: Unmasked')}`), []],
  ['procMount_restricted', pod(`hostUsers: false\n${sc('procMount: Unmasked')}`), ['procMount: Unmasked']],
  ['procMount_restricted', pod(sc('procMount: Default')), []],
  ['seccompProfile_baseline', pod(sc('seccompProfile:\n  type: Unconfined')), ['seccompProfile']],
  ['seccompProfile_baseline', pod(A), []],
  ['sysctls', pod(podSc('sysctls:\n  - name: kernel.msgmax\n    value: "1"')), ['name: kernel.msgmax']],
  ['sysctls', pod(podSc('sysctls:\n  - name: net.ipv4.tcp_syncookies\n    value: "1"')), []],
  ['windowsHostProcess', pod(podSc('windowsOptions:\n  hostProcess: true')), ['hostProcess: true']],
  ['windowsHostProcess', pod(sc('windowsOptions:\n  hostProcess: false')), []],
  [
    'hostProbesAndHostLifecycle',
    pod(`${A}\n    livenessProbe:\n      httpGet:\n        host: 10.0.0.1\n        port: 80`),
    ['host: 10.0.0.1'],
  ],
  ['hostProbesAndHostLifecycle', pod(`${A}\n    livenessProbe:\n      httpGet:\n        port: 80`), []],
  [
    'restrictedVolumes',
    pod(`${A}\nvolumes:\n  - name: n\n    nfs:\n      server: s\n      path: /`),
    ['nfs'],
  ],
  [
    'restrictedVolumes',
    pod(`${A}\nvolumes:\n  - name: c\n    configMap:\n      name: c\n  - name: bare`),
    [],
  ],
  ['allowPrivilegeEscalation', pod(A), ['name: a']],
  ['allowPrivilegeEscalation', pod(sc('allowPrivilegeEscalation: true')), ['allowPrivilegeEscalation: true']],
  ['allowPrivilegeEscalation', pod(`os:\n  name: windows\n${A}`), []],
  ['allowPrivilegeEscalation', pod(sc('allowPrivilegeEscalation: false')), []],
  ['runAsNonRoot', pod(A), ['name: a']],
  ['runAsNonRoot', pod(podSc('runAsNonRoot: true', sc('runAsNonRoot: false'))), ['runAsNonRoot: false']],
  ['runAsNonRoot', pod(podSc('runAsNonRoot: true')), []],
  ['runAsNonRoot', pod(`hostUsers: false\n${A}`), []],
  ['runAsUser', pod(podSc('runAsUser: 0')), ['runAsUser: 0']],
  ['runAsUser', pod(sc('runAsUser: 1000')), []],
  ['seccompProfile_restricted', pod(A), ['name: a']],
  ['seccompProfile_restricted', pod(podSc('seccompProfile:\n  type: RuntimeDefault')), []],
  ['seccompProfile_restricted', pod(sc('seccompProfile:\n  type: Unconfined')), ['type: Unconfined']],
  ['capabilities_restricted', pod(sc('capabilities:\n  drop: [ALL]\n  add: [NET_RAW]')), ['NET_RAW']],
  ['capabilities_restricted', pod(A), ['name: a']],
  ['capabilities_restricted', pod(sc('capabilities:\n  drop: [ALL]\n  add: [NET_BIND_SERVICE]')), []],
  // Edge cases: CronJob nesting, init containers, empty lists and nulls.
  ['privileged', cronJob(`${init('privileged: true')}${A}`), ['privileged: true']],
  ['hostPathVolumes', cronJob(`${A}\nvolumes: []`), []],
  ['hostPorts', pod(`${A}\n    ports:\n      - containerPort: 80\n        hostPort: null`), []],
  ['capabilities_baseline', pod(sc('capabilities: null')), []],
  ['capabilities_restricted', pod(sc('capabilities: null')), ['capabilities: null']],
  ['seccompProfile_restricted', cronJob(podSc('seccompProfile: null')), ['name: a']],
  [
    'runAsNonRoot',
    cronJob(`${init('runAsNonRoot: false')}${podSc('runAsNonRoot: true')}`),
    ['runAsNonRoot: false'],
  ],
  ['sysctls', pod(podSc('sysctls: []')), []],
];

describe('Pod Security Standards checks (PSA semantics) at exact positions', () => {
  it('has every PSA check, each with a pass and a fail case', () => {
    expect(PSS_CHECKS).toHaveLength(19);
    for (const c of PSS_CHECKS) {
      const own = rows.filter((r) => r[0] === c.checkId);
      expect(
        own.some((r) => r[2].length > 0),
        `${c.checkId} fail`,
      ).toBe(true);
      expect(
        own.some((r) => r[2].length === 0),
        `${c.checkId} pass`,
      ).toBe(true);
    }
  });

  it.each(rows.map((r, i) => [i, ...r] as const))('#%i %s', (_i, id, manifest, needles) => {
    const check = PSS_CHECKS.find((c) => c.checkId === id)!;
    const s = subject(manifest);
    const expected = needles.map((n) =>
      typeof n === 'string' ? find(manifest, n) : find(manifest, n[0], n[1]),
    );
    expect(positions(s, check.check(s.workload!))).toEqual(expected);
  });

  it('restricted replaces the baseline checks it overrides, as PSA does', () => {
    const ids = (level: 'baseline' | 'restricted') => checksFor(level).map((c) => c.checkId);
    expect(ids('baseline')).toHaveLength(12);
    expect(ids('restricted')).not.toContain('hostPathVolumes');
    expect(ids('restricted')).not.toContain('seccompProfile_baseline');
    expect(ids('restricted')).not.toContain('capabilities_baseline');
    expect(ids('restricted')).not.toContain('procMount');
    expect(ids('restricted')).toContain('restrictedVolumes');
    expect(ids('restricted')).toHaveLength(15);
  });

  it('a hardened pod passes every restricted check, init and ephemeral containers included', () => {
    const manifest = pod(
      hardened +
        '\nephemeralContainers:\n  - name: e\n    image: x\n    securityContext:\n      privileged: true',
    );
    const s = subject(manifest);
    const failing = checksFor('restricted').filter((c) => c.check(s.workload!).length > 0);
    expect(failing.map((c) => c.checkId)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'privileged',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    const clean = subject(pod(hardened));
    expect(checksFor('restricted').flatMap((c) => c.check(clean.workload!))).toEqual([]);
  });
});
