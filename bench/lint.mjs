// lint over the real Dockerfiles in ../shared/corpus (or BENCH_CORPUS): files per second, and three
// ratios measured in this same run on the same files, in this process, after a warm-up:
//   1. against parsing alone with dockerfile-ast (goal: at most 3x);
//   2. against dockerfilelint (npm), the other JavaScript Dockerfile linter;
//   3. with ShellCheck (one process per Dockerfile) against without.
// hadolint itself is not installable here (not in Debian, no network beyond npm and apt), so the
// issue's allowed baselines stand in for it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CORPUS = resolve(process.env.BENCH_CORPUS ?? '../shared/corpus/dockerfiles');
const require = createRequire(import.meta.url);
const { DockerfileParser } = require('dockerfile-ast');

const { clearShellCache, initShell, parseDockerfile, parseErrors } = await tsImport(
  '../src/gates/lint/parse/index.ts',
  import.meta.url,
);
const { makeContext, DEFAULT_SETTINGS } = await tsImport('../src/gates/lint/context.ts', import.meta.url);
const { RULES } = await tsImport('../src/gates/lint/rules/index.ts', import.meta.url);
const { ShellcheckCache, shellcheckFindings } = await tsImport(
  '../src/gates/lint/shellcheck.ts',
  import.meta.url,
);
// The rules `portcullis lint` runs by default (the three off-by-default BuildKit style checks are not).
const DEFAULT_RULES = RULES.filter((r) => !r.meta.disabledByDefault);

function walk(dir, out = []) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const files = walk(CORPUS).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
if (files.length === 0) throw new Error(`no files under ${CORPUS}`);
await initShell();

function lintOne(f) {
  const model = parseDockerfile(f.text);
  const ctx = makeContext(model, f.path, DEFAULT_SETTINGS);
  if (parseErrors(model).length) return { ctx, n: 1 };
  let n = 0;
  for (const r of DEFAULT_RULES) n += r.check(ctx).length;
  return { ctx, n };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const elapsed = async (fn) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const line = (label, ms) =>
  console.log(
    `${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms  ${((files.length / ms) * 1000).toFixed(0).padStart(6)} files/s`,
  );

/**
 * Times `fn` against `baseline` on the same files: both warmed up first (WARMUP runs each), then
 * RUNS rounds that run the two back to back (in alternating order), so a load change on this
 * shared machine hits both.
 * The ratio is the median of the per-round ratios.
 */
async function against(label, fn, baselineLabel, baseline) {
  for (let i = 0; i < WARMUP; i++) {
    await baseline();
    await fn();
  }
  const times = [];
  const bases = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    let t;
    let b;
    if (i % 2 === 0) {
      b = await elapsed(baseline);
      t = await elapsed(fn);
    } else {
      t = await elapsed(fn);
      b = await elapsed(baseline);
    }
    times.push(t);
    bases.push(b);
    ratios.push(t / b);
  }
  line(baselineLabel, median(bases));
  line(label, median(times));
  return { ms: median(times), ratio: median(ratios), spread: [Math.min(...ratios), Math.max(...ratios)] };
}

const fmt = (r) => `${r.ratio.toFixed(2)}x (rounds ${r.spread[0].toFixed(2)}-${r.spread[1].toFixed(2)})`;

console.log(
  `${files.length} Dockerfiles from ${CORPUS}; ${RUNS} interleaved rounds after ${WARMUP} warm-up runs each, medians`,
);
const parseOnly = () => {
  for (const f of files) DockerfileParser.parse(f.text);
};
// Each timed run starts with an empty shell-parse cache, as one CLI run does.
const lint = () => {
  clearShellCache();
  for (const f of files) lintOne(f);
};
const vsParse = await against(
  `portcullis lint (${DEFAULT_RULES.length} default rules, no ShellCheck)`,
  lint,
  'dockerfile-ast parse only',
  parseOnly,
);
let vsDfl;
try {
  const dfl = require('dockerfilelint');
  const emptyDir = mkdtempSync(join(tmpdir(), 'dfl-'));
  vsDfl = await against('portcullis lint', lint, 'dockerfilelint 1.8 (npm)', () => {
    for (const f of files) dfl.run(emptyDir, f.text);
  });
} catch (error) {
  console.log(`dockerfilelint not available (${error.message}); run npm install`);
}
let vsShellcheck;
let shellcheckVersion;
try {
  shellcheckVersion = execFileSync('shellcheck', ['--version'], { encoding: 'utf8' }).match(
    /version: (\S+)/,
  )?.[1];
} catch {}
if (shellcheckVersion && process.env.BENCH_SHELLCHECK !== '0') {
  vsShellcheck = await against(
    `portcullis lint + ShellCheck ${shellcheckVersion}`,
    async () => {
      clearShellCache();
      // A fresh cache per measured run, shared by its files, as one CLI run has.
      const cache = new ShellcheckCache();
      for (const f of files) {
        const { ctx } = lintOne(f);
        await shellcheckFindings(ctx, { cache });
      }
    },
    'portcullis lint',
    lint,
  );
} else if (!shellcheckVersion) {
  console.log('shellcheck not on PATH (Debian package shellcheck): the ShellCheck ratio is skipped');
}
console.log('');
console.log(`lint / parse-only:          ${fmt(vsParse)} (goal <= 3x)`);
if (vsDfl) console.log(`lint / dockerfilelint:      ${fmt(vsDfl)}`);
if (vsShellcheck) console.log(`with / without ShellCheck:  ${fmt(vsShellcheck)}`);
