// Inventory speed and memory of the scan gate on a big real image: this machine's /usr/lib,
// /usr/bin and dpkg database packed into gzip layers with umoci (about 1 GB uncompressed).
// Prints the wall time of `portcullis`' streaming inventory next to `gunzip -c | tar -t` of the
// same layers in the same run (goal: at most 1.5x), the peak RSS of the inventory process (goal:
// under 200 MB) and the time of a second run with a warm layer cache. Not run in CI.
//
//   node bench/scan-inventory.mjs            (BENCH_SCAN_DIR keeps the image between runs)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MiB = 1024 * 1024;

if (process.argv[2] === '--child') {
  const [, , , ref, cacheDir] = process.argv;
  const { buildInventory } = await import('../src/gates/scan/analyze.ts');
  const start = process.hrtime.bigint();
  const inv = await buildInventory(ref, { cwd: process.cwd(), ...(cacheDir ? { cacheDir } : {}) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const byEcosystem = {};
  for (const p of inv.packages) byEcosystem[p.ecosystem] = (byEcosystem[p.ecosystem] ?? 0) + 1;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssKb: process.resourceUsage().maxRSS,
      packages: inv.packages.length,
      byEcosystem,
      problems: inv.problems.length,
      cachedLayers: inv.layers.filter((l) => l.cached).length,
      os: inv.os,
    }),
  );
  process.exit(0);
}

const work = process.env.BENCH_SCAN_DIR ?? join(tmpdir(), 'pc-bench-scan');
const layout = join(work, 'oci');
const tag = 'usr';
const LAYERS = [
  {
    created: 'ADD usr/lib/x86_64-linux-gnu var/lib/dpkg',
    paths: ['usr/lib/x86_64-linux-gnu', 'var/lib/dpkg', 'usr/lib/os-release', 'etc/os-release'],
  },
  { created: 'ADD usr/bin', paths: ['usr/bin'] },
  { created: 'ADD usr/lib/python3 usr/share/java', paths: ['usr/lib/python3', 'usr/share/java'] },
];

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * MiB, ...options });
}

function buildImage() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  sh('umoci', ['init', '--layout', layout]);
  sh('umoci', ['new', '--image', `${layout}:${tag}`]);
  sh('umoci', ['config', '--image', `${layout}:${tag}`, '--os', 'linux', '--architecture', 'amd64']);
  LAYERS.forEach((layer, i) => {
    const file = join(work, `layer${i}.tar`);
    const paths = layer.paths.filter((p) => existsSync(`/${p}`));
    // GNU tar exits 1 when a file changed while it was read (packages being installed): still a valid tar.
    const r = spawnSync('tar', ['--warning=no-file-changed', '-C', '/', '-cf', file, ...paths], {
      stdio: 'ignore',
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`tar of ${paths.join(' ')} failed (${r.status})`);
    sh('umoci', [
      'raw',
      'add-layer',
      '--image',
      `${layout}:${tag}`,
      '--history.created_by',
      layer.created,
      file,
    ]);
    rmSync(file);
  });
}

function layerBlobs() {
  const blob = (d) => join(layout, 'blobs', 'sha256', d.slice('sha256:'.length));
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
  const entry = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag);
  const manifest = JSON.parse(readFileSync(blob(entry.digest), 'utf8'));
  return manifest.layers.map((l) => blob(l.digest));
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function child(ref, cacheDir) {
  const args = [
    '--import',
    'tsx',
    'bench/scan-inventory.mjs',
    '--child',
    ref,
    ...(cacheDir ? [cacheDir] : []),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * MiB });
  if (r.status !== 0) throw new Error(`inventory run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

if (!existsSync(join(layout, 'index.json'))) {
  const built = timed(buildImage);
  console.log(`built the image in ${(built.ms / 1000).toFixed(1)} s at ${layout}`);
}
const blobs = layerBlobs();
const compressed = blobs.reduce((n, b) => n + statSync(b).size, 0);
const ref = `oci:${layout}:${tag}`;

// Warm the page cache so both sides read the blobs from memory.
for (const b of blobs) readFileSync(b);
const baseline = timed(() => {
  let uncompressed = 0;
  for (const b of blobs) {
    sh('sh', ['-c', 'gunzip -c "$1" | tar -t > /dev/null', 'sh', b]);
    uncompressed += Number(sh('sh', ['-c', 'gunzip -c "$1" | wc -c', 'sh', b]).trim());
  }
  return uncompressed;
});
// The second gunzip (for the byte count) is not part of the baseline time.
const gunzipTar = timed(() => {
  for (const b of blobs) sh('sh', ['-c', 'gunzip -c "$1" | tar -t > /dev/null', 'sh', b]);
});
const cacheDir = join(work, 'cache');
rmSync(cacheDir, { recursive: true, force: true });
const cold = child(ref);
const firstCached = child(ref, cacheDir);
const warm = child(ref, cacheDir);

const ratio = cold.ms / gunzipTar.ms;
console.log(
  `image: ${blobs.length} layers, ${(compressed / MiB).toFixed(0)} MB gzip, ${(baseline.result / MiB).toFixed(0)} MB uncompressed`,
);
console.log(
  `packages: ${cold.packages} ${JSON.stringify(cold.byEcosystem)}, problems: ${cold.problems}, os: ${cold.os?.family} ${cold.os?.versionId}`,
);
console.log(`gunzip -c | tar -t:          ${(gunzipTar.ms / 1000).toFixed(2)} s`);
console.log(
  `portcullis inventory:        ${(cold.ms / 1000).toFixed(2)} s  (${ratio.toFixed(2)}x, goal <= 1.5x)`,
);
console.log(`peak RSS:                    ${(cold.maxRssKb / 1024).toFixed(0)} MB  (goal < 200 MB)`);
console.log(
  `first run writing the cache: ${(firstCached.ms / 1000).toFixed(2)} s, peak RSS ${(firstCached.maxRssKb / 1024).toFixed(0)} MB`,
);
console.log(
  `second run, cached layers:   ${(warm.ms / 1000).toFixed(3)} s  (${warm.cachedLayers}/${blobs.length} layers from the cache)`,
);
