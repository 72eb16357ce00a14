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

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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
  for (const r of RULES) n += r.check(ctx).length;
  return { ctx, n };
}

async function time(label, fn) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${((files.length / ms) * 1000).toFixed(0).padStart(6)} files/s`,
  );
  return ms;
}

console.log(`${files.length} Dockerfiles from ${CORPUS}, median of ${RUNS} runs`);
const parseOnly = await time('dockerfile-ast parse only', () => {
  for (const f of files) DockerfileParser.parse(f.text);
});
// Each timed run starts with an empty shell-parse cache, as one CLI run does.
const lint = await time('portcullis lint (DL + PL rules, no ShellCheck)', () => {
  clearShellCache();
  for (const f of files) lintOne(f);
});
let dockerfilelint;
try {
  const dfl = require('dockerfilelint');
  const emptyDir = mkdtempSync(join(tmpdir(), 'dfl-'));
  dockerfilelint = await time('dockerfilelint 1.8 (npm)', () => {
    for (const f of files) dfl.run(emptyDir, f.text);
  });
} catch (error) {
  console.log(`dockerfilelint not available (${error.message}); run npm install`);
}
let withShellcheck;
let shellcheckVersion;
try {
  shellcheckVersion = execFileSync('shellcheck', ['--version'], { encoding: 'utf8' }).match(
    /version: (\S+)/,
  )?.[1];
} catch {}
if (shellcheckVersion && process.env.BENCH_SHELLCHECK !== '0') {
  withShellcheck = await time(`portcullis lint + ShellCheck ${shellcheckVersion}`, async () => {
    clearShellCache();
    // A fresh cache per measured run, shared by its files, as one CLI run has.
    const cache = new ShellcheckCache();
    for (const f of files) {
      const { ctx } = lintOne(f);
      await shellcheckFindings(ctx, { cache });
    }
  });
} else if (!shellcheckVersion) {
  console.log('shellcheck not on PATH (Debian package shellcheck): the ShellCheck ratio is skipped');
}
console.log('');
console.log(`lint / parse-only:          ${(lint / parseOnly).toFixed(2)}x (goal <= 3x)`);
if (dockerfilelint) console.log(`lint / dockerfilelint:      ${(lint / dockerfilelint).toFixed(2)}x`);
if (withShellcheck) console.log(`with / without ShellCheck:  ${(withShellcheck / lint).toFixed(2)}x`);
