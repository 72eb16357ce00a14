// Cold-start time of the bundled CLI and of one action bundle, next to `node -e 0`, all
// measured in this run. Goal: under 0.3 s on top of Node's own start.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'pc-startup-'));
writeFileSync(join(work, 'out.txt'), '');
writeFileSync(join(work, 'summary.md'), '');

function median(command, args, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.error) throw r.error;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const node = process.execPath;
const baseline = median(node, ['-e', '0']);
const cases = [
  ['cli --version', [join('bin', 'portcullis.js'), '--version'], {}],
  ['cli --help', [join('bin', 'portcullis.js'), '--help'], {}],
];
const stub = ['lint', 'score', 'pin']
  .map((g) => join('dist', `${g}.js`))
  .find((p) => {
    try {
      execFileSync(node, ['-e', `require('node:fs').accessSync(${JSON.stringify(p)})`]);
      return true;
    } catch {
      return false;
    }
  });
if (stub) {
  const dockerfile = join(work, 'Dockerfile');
  writeFileSync(dockerfile, 'FROM alpine:3.20\n');
  cases.push([
    `action ${stub}`,
    [stub],
    {
      INPUT_PATHS: dockerfile,
      'INPUT_SARIF-FILE': join(work, 'out.sarif'),
      'INPUT_WORKING-DIRECTORY': work,
      GITHUB_OUTPUT: join(work, 'out.txt'),
      GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    },
  ]);
}
console.log(`node -e 0: ${baseline.toFixed(1)} ms (median of ${runs})`);
let worst = 0;
for (const [name, args, env] of cases) {
  const t = median(node, args, env);
  worst = Math.max(worst, t - baseline);
  console.log(
    `${name}: ${t.toFixed(1)} ms, +${(t - baseline).toFixed(1)} ms over node, ratio ${(t / baseline).toFixed(2)}x`,
  );
}
console.log(`worst overhead: ${worst.toFixed(1)} ms (goal < 300 ms) ${worst < 300 ? 'OK' : 'OVER GOAL'}`);
