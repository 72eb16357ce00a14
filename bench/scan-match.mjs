// Matching speed of the scan gate (part 2): a realistic inventory (500 Debian packages from 400
// source packages, 1,500 npm packages) against a local DB of 50,000 OSV advisories written by
// `writeDb`. Prints, each next to a baseline measured in the same run:
//   - DB open time (index parse + SHA-256 check) vs reading the records file
//   - match time per 1,000 packages vs parsing every record (what a DB without an index costs)
//   - peak RSS of this process
//   - end to end (inventory + match) on part 1's big image vs `gunzip -c | tar -t` of its layers,
//     when bench/scan-inventory.mjs has built it in BENCH_SCAN_DIR (goal: at most 1.5x), and the
//     whole gate (one walk for inventory and secrets) vs the same baseline (goal: at most 1.5x)
//
//   node bench/scan-match.mjs        (BENCH_ADVISORIES=50000 BENCH_RUNS=5)
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { writeDb, openDb } = await tsImport('../src/gates/scan/vulndb/index.ts', import.meta.url);
const { matchInventory } = await tsImport('../src/gates/scan/match/index.ts', import.meta.url);

const ADVISORIES = Number(process.env.BENCH_ADVISORIES ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
};

const layer = { index: 0, digest: 'sha256:0', diffId: 'sha256:0' };
const packages = [];
for (let i = 0; i < 500; i++) {
  const v = `${1 + rand(3)}.${rand(20)}-${1 + rand(5)}`;
  packages.push({
    name: `pkg${i}`,
    version: v,
    ecosystem: 'deb',
    type: 'os',
    sourceName: `src${i % 400}`,
    sourceVersion: v,
    purl: `pkg:deb/debian/pkg${i}@${v}`,
    locations: ['var/lib/dpkg/status'],
    foundBy: 'dpkg',
    layer,
  });
}
for (let i = 0; i < 1500; i++) {
  const v = `${rand(5)}.${rand(20)}.${rand(10)}`;
  packages.push({
    name: `npm-pkg-${i * 7}`,
    version: v,
    ecosystem: 'npm',
    type: 'library',
    purl: `pkg:npm/npm-pkg-${i * 7}@${v}`,
    locations: [`app/node_modules/npm-pkg-${i * 7}/package.json`],
    foundBy: 'npm',
    layer,
  });
}
const inventory = {
  image: {
    reference: 'bench',
    transport: 'oci',
    manifestDigest: 'sha256:1',
    configDigest: 'sha256:2',
    tags: [],
    platform: { os: 'linux', architecture: 'amd64' },
  },
  os: { family: 'debian', versionId: '12', source: 'etc/os-release' },
  layers: [],
  packages,
  problems: [],
  analyzerVersion: 'bench',
};

// --- the DB: 40% Debian:12 advisories over 8,000 source packages, 60% npm over 15,000 names ---
function makeRecords() {
  const records = [];
  for (let i = 0; i < ADVISORIES; i++) {
    const debian = i % 5 < 2;
    const name = debian ? `src${rand(8000)}` : `npm-pkg-${rand(15000)}`;
    const fixed = debian
      ? `${1 + rand(3)}.${rand(20)}-${1 + rand(5)}+deb12u${1 + rand(4)}`
      : `${rand(5)}.${rand(20)}.${rand(10)}`;
    const events = rand(10) === 0 ? [{ introduced: '0' }] : [{ introduced: '0' }, { fixed }];
    records.push({
      id: debian ? `DEBIAN-CVE-2026-${i}` : `GHSA-${i.toString(36).padStart(4, '0')}-bench-0000`,
      modified: '2026-11-01T00:00:00Z',
      published: '2026-10-01T00:00:00Z',
      aliases: [`CVE-2026-${100000 + i}`],
      summary: `Synthetic advisory ${i} for the matching benchmark`,
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [
        {
          package: { ecosystem: debian ? 'Debian:12' : 'npm', name },
          ranges: [{ type: debian ? 'ECOSYSTEM' : 'SEMVER', events }],
          ...(debian ? { ecosystem_specific: { urgency: ['low', 'medium', 'high'][rand(3)] } } : {}),
        },
      ],
    });
  }
  return records;
}

if (process.argv[2] === '--child') {
  // Open and match in a fresh process, so the peak RSS is the scan's own, not the generator's.
  const childDir = process.argv[3];
  const opens = [];
  let db;
  for (let i = 0; i < RUNS; i++) {
    db?.close();
    const t = process.hrtime.bigint();
    db = await openDb(childDir);
    opens.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const matches = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    db.close();
    db = await openDb(childDir, { verify: false }); // a fresh record cache each run
    const [ms, r] = time(() => matchInventory(inventory, db));
    matches.push(ms);
    count = r.matches.length;
  }
  db.close();
  process.stdout.write(
    JSON.stringify({
      openMs: median(opens),
      matchMs: median(matches),
      count,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
  process.exit(0);
}

const records = makeRecords();
const dir = mkdtempSync(join(tmpdir(), 'pc-bench-match-'));
try {
  const [buildMs, meta] = time(() =>
    writeDb(dir, records, [{ name: 'synthetic', records: records.length, skipped: 0 }]),
  );
  const version = JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')).version;
  const recordsFile = join(dir, version, 'records.jsonl');

  const readMs = median(Array.from({ length: RUNS }, () => time(() => readFileSync(recordsFile))[0]));
  const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const child = JSON.parse(out);
  const parseAllMs = median(
    Array.from(
      { length: RUNS },
      () =>
        time(() =>
          readFileSync(recordsFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        )[0],
    ),
  );
  const perK = (child.matchMs / packages.length) * 1000;
  console.log(
    `advisories: ${meta.records} (DB built in ${buildMs.toFixed(0)} ms, ${(readFileSync(recordsFile).length / 1e6).toFixed(1)} MB records)`,
  );
  console.log(`inventory: ${packages.length} packages (500 deb, 1500 npm), ${child.count} matches`);
  console.log(
    `DB open: ${child.openMs.toFixed(1)} ms vs reading the records file ${readMs.toFixed(1)} ms (ratio ${(child.openMs / readMs).toFixed(2)}x)`,
  );
  console.log(
    `match: ${perK.toFixed(1)} ms per 1,000 packages vs parsing every record ${parseAllMs.toFixed(0)} ms (ratio ${(child.matchMs / parseAllMs).toFixed(3)}x)`,
  );
  console.log(
    `peak RSS of open + match: ${(child.maxRssKb / 1024).toFixed(0)} MB (this generator process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
  );

  // --- end to end on part 1's big image, when it exists ---
  const work = process.env.BENCH_SCAN_DIR ?? join(tmpdir(), 'pc-bench-scan');
  const layout = join(work, 'oci');
  if (existsSync(join(layout, 'index.json'))) {
    const { buildInventory } = await tsImport('../src/gates/scan/analyze.ts', import.meta.url);
    const { runScan } = await tsImport('../src/gates/scan/match/run-image.ts', import.meta.url);
    const silent = { info() {}, warn() {}, debug() {} };
    const e2e = [];
    const gate = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      let t = process.hrtime.bigint();
      const inv = await buildInventory(`oci:${layout}:usr`, { cwd: process.cwd() });
      const d = await openDb(dir);
      matchInventory(inv, d);
      d.close();
      e2e.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      const outcome = await runScan({
        cwd: process.cwd(),
        targets: [`oci:${layout}:usr`],
        config: {},
        options: { 'db-dir': dir },
        env: {},
        log: silent,
      });
      if (outcome.errors.length) throw new Error(JSON.stringify(outcome.errors));
      gate.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const blobs = join(layout, 'blobs', 'sha256');
    const layerFiles = readdirSync(blobs).filter((f) => {
      const head = readFileSync(join(blobs, f)).subarray(0, 2);
      return head[0] === 0x1f && head[1] === 0x8b;
    });
    const base = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const t = process.hrtime.bigint();
      for (const f of layerFiles) execSync(`gunzip -c ${join(blobs, f)} | tar -t > /dev/null`);
      base.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    console.log(
      `end to end (inventory + match): ${median(e2e).toFixed(0)} ms vs gunzip | tar -t ${median(base).toFixed(0)} ms (ratio ${(median(e2e) / median(base)).toFixed(2)}x, goal <= 1.5x)`,
    );
    console.log(
      `whole gate (one walk for inventory and secrets, match, config checks): ${median(gate).toFixed(0)} ms (ratio ${(median(gate) / median(base)).toFixed(2)}x)`,
    );
  } else {
    console.log(`end to end: skipped, no image in ${layout} (run bench/scan-inventory.mjs first)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
