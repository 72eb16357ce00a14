// score on 10,000 generated workload documents (Deployments, StatefulSets, DaemonSets, CronJobs,
// Pods; hardened and risky) in one stream. Prints documents per second for the whole gate (read,
// parse with positions, Kubesec report, strict score, own rules, restricted PSS, exemptions) next
// to `yaml` parse-only time on the same text, measured in this run. Goal: ratio at most 1.5.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tsImport } from 'tsx/esm/api';
import { LineCounter, parseAllDocuments } from 'yaml';

// Each timed part starts from a collected heap, so neither pays for the other's garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);

const { run } = await tsImport('../src/gates/score/run.ts', import.meta.url);
const { silentLogger } = await tsImport('../src/core/gate.ts', import.meta.url);

const KINDS = [
  [
    'apps/v1',
    'Deployment',
    (s) => `spec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: a}\n    spec:\n${s(6)}`,
  ],
  [
    'apps/v1',
    'StatefulSet',
    (s) =>
      `spec:\n  template:\n    spec:\n${s(6)}\n  volumeClaimTemplates:\n    - metadata: {name: data}\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources: {requests: {storage: 1Gi}}`,
  ],
  ['apps/v1', 'DaemonSet', (s) => `spec:\n  template:\n    spec:\n${s(6)}`],
  [
    'batch/v1',
    'CronJob',
    (s) =>
      `spec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${s(10)}`,
  ],
  ['v1', 'Pod', (s) => `spec:\n${s(2)}`],
];

function podSpec(i, indent) {
  const risky = i % 3 === 0;
  const lines = [
    `serviceAccountName: sa-${i % 7}`,
    'securityContext:',
    '  runAsNonRoot: true',
    `  runAsUser: ${risky ? 0 : 10001}`,
    '  seccompProfile: {type: RuntimeDefault}',
    ...(risky ? ['hostNetwork: true'] : []),
    'containers:',
    `  - name: app-${i}`,
    `    image: registry.example.com/app${i % 50}:${risky ? 'latest' : '1.2.3'}`,
    '    ports: [{containerPort: 8080}]',
    '    env:',
    '      - {name: LOG_LEVEL, value: info}',
    ...(risky
      ? ['      - name: DB_PASSWORD', '        valueFrom: {secretKeyRef: {name: db, key: password}}']
      : []),
    '    resources:',
    '      requests: {cpu: 100m, memory: 64Mi}',
    '      limits: {cpu: 200m, memory: 128Mi}',
    '    livenessProbe: {httpGet: {path: /healthz, port: 8080}}',
    '    securityContext:',
    '      readOnlyRootFilesystem: true',
    `      allowPrivilegeEscalation: ${risky}`,
    `      capabilities: {drop: [ALL]${risky ? ', add: [NET_ADMIN]' : ''}}`,
    '  - name: sidecar',
    '    image: busybox:1.36',
  ];
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

const docs = [];
for (let i = 0; i < DOCS; i++) {
  const [apiVersion, kind, body] = KINDS[i % KINDS.length];
  docs.push(
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: w${i}\n  namespace: ns${i % 10}\n${body((n) => podSpec(i, n))}\n`,
  );
}
const text = docs.join('---\n');
const dir = mkdtempSync(join(tmpdir(), 'pc-score-'));
writeFileSync(join(dir, 'stream.yaml'), text);

const ctx = {
  cwd: dir,
  targets: ['stream.yaml'],
  config: {},
  options: { profile: 'restricted' },
  env: { PORTCULLIS_TODAY: '2026-11-24' },
  log: silentLogger,
};

/** The baseline: `yaml` parsing with positions, the documents kept until the end as the gate's input is. */
function parseOnly() {
  return parseAllDocuments(text, { lineCounter: new LineCounter() }).length;
}

/**
 * CPU time of this process (all its threads, the garbage collector's included): on a shared
 * machine wall time mostly measures the neighbours.
 */
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// One untimed warm-up of both on a tenth of the stream, so neither is measured while the JIT compiles.
writeFileSync(join(dir, 'warm.yaml'), docs.slice(0, DOCS / 10).join('---\n'));
parseAllDocuments(docs.slice(0, DOCS / 10).join('---\n'));
await run({ ...ctx, targets: ['warm.yaml'] });

const parseTimes = [];
const gateTimes = [];
let findings = 0;
for (let r = 0; r < RUNS; r++) {
  gc();
  let t = cpuMs();
  const count = parseOnly();
  parseTimes.push(cpuMs() - t);
  if (count !== DOCS) throw new Error(`parsed ${count} documents, expected ${DOCS}`);
  gc();
  t = cpuMs();
  const out = await run(ctx);
  gateTimes.push(cpuMs() - t);
  if (out.errors.length) throw new Error(out.errors[0].message);
  findings = out.findings.length;
}
const parse = median(parseTimes);
const gate = median(gateTimes);
console.log(`score: ${DOCS} workload documents, ${findings} findings, median CPU time of ${RUNS} runs`);
console.log(
  `  yaml parse only   ${parse.toFixed(0).padStart(6)} ms  ${Math.round(DOCS / (parse / 1000))} docs/s`,
);
console.log(
  `  score gate        ${gate.toFixed(0).padStart(6)} ms  ${Math.round(DOCS / (gate / 1000))} docs/s`,
);
console.log(`  ratio gate/parse  ${(gate / parse).toFixed(2)}x (goal <= 1.50x)`);
