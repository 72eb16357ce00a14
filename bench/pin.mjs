// pin against a real docker-registry on loopback: 500 image references (100 unique) across 200
// files, resolved and pinned with `--fix`. Prints wall time and the registry request count,
// which must equal the unique count, next to baselines measured in this run: one plain-fetch
// HEAD per unique reference in sequence (the least any client must ask), and one per reference.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UNIQUE = 100;
const REFS = 500;
const FILES = 200;

const { startRegistry } = await tsImport('../test/support/registry.ts', import.meta.url);
const { run } = await tsImport('../src/gates/pin/run.ts', import.meta.url);
const { silentLogger } = await tsImport('../src/core/gate.ts', import.meta.url);
const { MANIFEST_ACCEPT } = await tsImport('../src/registry/media-types.ts', import.meta.url);

const reg = await startRegistry();
try {
  // 100 unique references: 20 repositories x 5 tags; every fifth repository is multi-platform.
  const unique = [];
  for (let r = 0; r < 20; r++) {
    for (let t = 0; t < 5; t++) {
      const repo = `bench/app${r}`;
      const tag = `1.${t}`;
      unique.push(`${reg.host}/${repo}:${tag}`);
    }
  }
  // The registry is slow to open uploads, so setup pushes in parallel batches.
  for (let i = 0; i < unique.length; i += 10)
    await Promise.all(
      unique.slice(i, i + 10).map((ref, k) => {
        const [repo, tag] = ref.slice(reg.host.length + 1).split(':');
        return (i + k) % 25 < 5
          ? reg.pushIndex(repo, tag, ['linux/amd64', 'linux/arm64'])
          : reg.pushImage(repo, tag);
      }),
    );
  if (unique.length !== UNIQUE) throw new Error('setup');

  // 500 references over 200 files, each unique reference used 5 times, in four file kinds.
  const source = mkdtempSync(join(tmpdir(), 'pc-bench-pin-'));
  const perFile = Array.from({ length: FILES }, () => []);
  for (let i = 0; i < REFS; i++) perFile[i % FILES].push(unique[(i * 37) % UNIQUE]);
  perFile.forEach((refs, n) => {
    const kind = n % 4;
    let name;
    let text;
    if (kind === 0) {
      name = `svc${n}/Dockerfile`;
      text = refs.map((r, i) => `FROM ${r} AS s${i}\nRUN true\n`).join('');
    } else if (kind === 1) {
      name = `svc${n}/compose.yml`;
      text = `services:\n${refs.map((r, i) => `  s${i}:\n    image: ${r}\n`).join('')}`;
    } else if (kind === 2) {
      name = `k8s/deploy${n}.yaml`;
      text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${n}\nspec:\n  template:\n    spec:\n      containers:\n${refs.map((r, i) => `        - name: c${i}\n          image: ${r}\n`).join('')}`;
    } else {
      name = `ci${n}/.gitlab-ci.yml`;
      text = refs.map((r, i) => `job${i}:\n  image: ${r}\n  script: [true]\n`).join('');
    }
    mkdirSync(dirname(join(source, name)), { recursive: true });
    writeFileSync(join(source, name), text);
  });

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = async (fn) => {
    const start = process.hrtime.bigint();
    const value = await fn();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
  };
  const head = (ref) => {
    const slash = ref.indexOf('/');
    const [name, tag] = ref.slice(slash + 1).split(':');
    return fetch(`http://${ref.slice(0, slash)}/v2/${name}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT },
    }).then((res) => {
      if (!res.headers.get('docker-content-digest')) throw new Error(`no digest for ${ref}`);
    });
  };
  const allRefs = perFile.flat();

  const gate = [];
  const offline = [];
  const perUnique = [];
  const perRef = [];
  let requests = 0;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    perUnique.push(
      (
        await time(async () => {
          for (const r of unique) await head(r);
        })
      ).ms,
    );
    perRef.push(
      (
        await time(async () => {
          for (const r of allRefs) await head(r);
        })
      ).ms,
    );
    offline.push(
      (
        await time(() =>
          run({
            cwd: source,
            targets: ['.'],
            config: {},
            options: {},
            env: { PORTCULLIS_TODAY: '2026-11-24', HOME: source },
            log: silentLogger,
          }),
        )
      ).ms,
    );
    const work = mkdtempSync(join(tmpdir(), 'pc-bench-pin-run-'));
    cpSync(source, work, { recursive: true });
    const { ms, value } = await time(() =>
      run({
        cwd: work,
        targets: ['.'],
        config: {},
        options: { fix: true },
        env: { PORTCULLIS_TODAY: '2026-11-24', HOME: work },
        log: silentLogger,
      }),
    );
    gate.push(ms);
    if (value.errors.length) throw new Error(`gate errors: ${JSON.stringify(value.errors)}`);
    requests = value.extra.registryRequests;
    findings = value.findings.filter((f) => f.ruleId === 'PP001').length;
    const pinned = readFileSync(join(work, 'svc0/Dockerfile'), 'utf8');
    if (!/@sha256:[0-9a-f]{64} AS s0/.test(pinned)) throw new Error('not pinned');
    rmSync(work, { recursive: true, force: true });
  }
  rmSync(source, { recursive: true, force: true });

  const g = median(gate);
  const u = median(perUnique);
  const a = median(perRef);
  console.log(`pin --fix: ${REFS} references (${UNIQUE} unique) in ${FILES} files, median of ${RUNS} runs`);
  console.log(`  gate wall time                          ${g.toFixed(1)} ms`);
  console.log(`  same gate offline (no --fix, no network) ${median(offline).toFixed(1)} ms`);
  console.log(`  registry requests                       ${requests} (unique references: ${UNIQUE})`);
  console.log(`  unpinned left after --fix               ${findings}`);
  console.log(
    `  baseline: sequential HEAD per unique    ${u.toFixed(1)} ms  (${UNIQUE} requests)  ratio gate/baseline ${(g / u).toFixed(2)}`,
  );
  console.log(
    `  baseline: sequential HEAD per reference ${a.toFixed(1)} ms  (${REFS} requests)  ratio gate/baseline ${(g / a).toFixed(2)}`,
  );
  if (requests !== UNIQUE) {
    console.error(`FAIL: ${requests} registry requests for ${UNIQUE} unique references`);
    process.exitCode = 1;
  }
} finally {
  await reg.stop();
}
