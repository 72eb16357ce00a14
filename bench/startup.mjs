// Cold-start time of the bundled CLI, of one gate's action bundle and of the root action running
// every local gate (lint, pin without network, score) on examples/, each next to `node -e 0`
// measured in the same run. Goals: under 0.3 s on top of Node's own start for the CLI and one
// action; under 1 s for the root action on examples/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'pc-startup-'));
const examples = join(work, 'examples');
cpSync('examples', examples, { recursive: true });
writeFileSync(join(work, 'Dockerfile'), 'FROM alpine:3.20\n');

function median(args, env) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.error) throw r.error;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const actionEnv = (cwd, inputs) => ({
  ...inputs,
  'INPUT_WORKING-DIRECTORY': cwd,
  'INPUT_SARIF-FILE': join(work, 'out.sarif'),
  GITHUB_OUTPUT: join(work, 'out.txt'),
  GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
});
for (const f of ['out.txt', 'summary.md']) writeFileSync(join(work, f), '');

const gateStub = ['lint', 'pin', 'score'].map((g) => join('dist', `${g}.js`)).find(existsSync);
const cases = [
  ['cli --version', [join('bin', 'portcullis.js'), '--version'], {}, 300],
  ['cli --help', [join('bin', 'portcullis.js'), '--help'], {}, 300],
  ...(gateStub
    ? [[`action ${gateStub}`, [gateStub], actionEnv(work, { INPUT_PATHS: 'Dockerfile' }), 300]]
    : []),
  [
    'root action (check.js) on examples/',
    [resolve('dist/check.js')],
    actionEnv(examples, { INPUT_GATES: 'lint,pin,score', 'INPUT_NO-FAIL': 'true' }),
    1000,
  ],
];

const baseline = median(['-e', '0'], {});
console.log(`node -e 0: ${baseline.toFixed(1)} ms (median of ${runs})`);
let over = 0;
for (const [name, args, env, goal] of cases) {
  const t = median(args, env);
  const extra = t - baseline;
  if (extra >= goal) over++;
  console.log(
    `${name}: ${t.toFixed(1)} ms, +${extra.toFixed(1)} ms over node, ratio ${(t / baseline).toFixed(2)}x ` +
      `(goal < ${goal} ms over node: ${extra < goal ? 'OK' : 'OVER GOAL'})`,
  );
}
console.log(over ? `${over} case(s) over goal` : 'all cases within goal');
