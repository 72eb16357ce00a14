import { RELEASE_FILES } from '../catalog/os-release.js';
import { purlOf } from '../catalog/purl.js';
import type { FileFacts, RawPackage } from '../catalog/types.js';
import {
  type InventoryPackage,
  type InventoryProblem,
  type LayerRef,
  OS_ECOSYSTEMS,
  type OsInfo,
} from '../inventory.js';
import type { LayerAnalysis } from './analysis.js';
import { osFromRelease, SUPPORTED_OS } from './os.js';
import { dirname } from './paths.js';

export interface SquashResult {
  os?: OsInfo;
  osNote?: string;
  packages: InventoryPackage[];
  problems: InventoryProblem[];
}

interface Placed {
  facts: FileFacts;
  layer: number;
}

const keyOf = (p: RawPackage) => `${p.ecosystem}\0${p.group ?? ''}\0${p.name}\0${p.version}\0${p.arch ?? ''}`;

function deleteUnder<V>(map: Map<string, V>, dir: string): void {
  if (dir === '') {
    map.clear();
    return;
  }
  const prefix = `${dir}/`;
  for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
}

/** Resolves symlinks in every part of a path; `undefined` on a loop (more than `maxHops` links). */
export function resolvePath(
  path: string,
  symlinks: ReadonlyMap<string, string>,
  maxHops: number,
): string | undefined {
  let parts = path.split('/').filter(Boolean);
  let hops = 0;
  let i = 0;
  while (i < parts.length) {
    const target = symlinks.get(parts.slice(0, i + 1).join('/'));
    if (target === undefined) {
      i++;
      continue;
    }
    if (++hops > maxHops) return undefined;
    parts = [...target.split('/').filter(Boolean), ...parts.slice(i + 1)];
    i = 0;
  }
  return parts.join('/');
}

/**
 * Replays the layers' results in order, as Trivy's applier does with per-layer results rather than files:
 * opaque directories and whiteouts delete what lower layers said, later files replace earlier ones. Each
 * package is attributed to the lowest layer from which it was continuously present at the same path.
 * Language packages in files an OS package owns are left to the OS package (reported once).
 * See https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
export function squash(
  layers: readonly { ref: LayerRef; analysis: LayerAnalysis }[],
  maxSymlinkHops: number,
): SquashResult {
  const files = new Map<string, Placed>();
  const symlinks = new Map<string, string>();
  const history = new Map<string, { layer: number; keys: Set<string> }[]>();
  const problems: InventoryProblem[] = [];
  layers.forEach(({ analysis }, index) => {
    problems.push(...analysis.problems);
    for (const dir of analysis.opaqueDirs) {
      deleteUnder(files, dir);
      deleteUnder(symlinks, dir);
      deleteUnder(history, dir);
    }
    for (const path of analysis.whiteouts) {
      for (const map of [files, symlinks, history] as Map<string, unknown>[]) {
        map.delete(path);
        deleteUnder(map, path);
      }
    }
    for (const path of analysis.replaced) {
      if (!(path in analysis.files)) {
        files.delete(path);
        history.delete(path);
      }
      if (!(path in analysis.symlinks)) symlinks.delete(path);
    }
    for (const [path, facts] of Object.entries(analysis.files)) {
      files.set(path, { facts, layer: index });
      const runs = history.get(path) ?? [];
      runs.push({ layer: index, keys: new Set((facts.packages ?? []).map(keyOf)) });
      history.set(path, runs);
    }
    for (const [path, target] of Object.entries(analysis.symlinks)) symlinks.set(path, target);
  });

  for (const link of symlinks.keys()) {
    if (resolvePath(link, symlinks, maxSymlinkHops) === undefined) {
      problems.push({ code: 'SYMLINK_LOOP', message: `symlink "${link}" loops; not followed`, path: link });
    }
  }

  const distroless =
    [...files.keys()].some((p) => p.includes('var/lib/dpkg/status.d/')) && !files.has('var/lib/dpkg/status');
  let os: OsInfo | undefined;
  for (const release of RELEASE_FILES) {
    const resolved = resolvePath(release, symlinks, maxSymlinkHops);
    const fields = resolved === undefined ? undefined : files.get(resolved)?.facts.release;
    if (fields) {
      os = osFromRelease(fields, release, distroless);
      if (os) break;
    }
  }
  const osNote = !os
    ? `OS unknown: none of ${RELEASE_FILES.map((f) => `/${f}`).join(', ')} names one`
    : SUPPORTED_OS.has(os.family)
      ? undefined
      : `OS "${os.family}" ${os.versionId} is not supported: its OS packages are listed but cannot be matched`;

  const owned = new Set<string>();
  const installedNpmDirs = new Set<string>();
  for (const [path, { facts }] of files) {
    for (const f of facts.ownedFiles ?? []) owned.add(f);
    if (facts.cataloger === 'npm' && path.includes('node_modules/')) {
      installedNpmDirs.add(path.slice(0, path.lastIndexOf('node_modules/')));
    }
    if (facts.unsupported)
      problems.push({ code: 'UNSUPPORTED_RPMDB', message: `${facts.unsupported} (/${path})`, path });
  }

  const distro = os && { family: os.family, versionId: os.versionId };
  const packages: InventoryPackage[] = [];
  for (const [path, { facts }] of files) {
    if (facts.cataloger === 'npm-lock') {
      const dir = dirname(path);
      if (installedNpmDirs.has(dir ? `${dir}/` : '')) continue;
    }
    for (const raw of facts.packages ?? []) {
      const isOs = OS_ECOSYSTEMS.has(raw.ecosystem);
      if (!isOs && owned.has(path)) continue;
      const key = keyOf(raw);
      const runs = history.get(path) ?? [];
      let origin = runs.length - 1;
      while (origin > 0 && runs[origin - 1]?.keys.has(key)) origin--;
      const layer = layers[runs[origin]?.layer ?? 0]?.ref as LayerRef;
      const { vendor: _vendor, ...rest } = raw;
      packages.push({
        ...rest,
        type: isOs ? 'os' : 'library',
        ...(isOs && distro ? { distro } : {}),
        purl: purlOf(raw, isOs ? distro : undefined),
        locations: [path],
        foundBy: facts.cataloger,
        layer,
      });
    }
  }
  packages.sort(
    (a, b) =>
      a.ecosystem.localeCompare(b.ecosystem) ||
      a.name.localeCompare(b.name) ||
      a.version.localeCompare(b.version) ||
      (a.locations[0] ?? '').localeCompare(b.locations[0] ?? ''),
  );
  const result: SquashResult = { packages, problems };
  if (os) result.os = os;
  if (osNote) result.osNote = osNote;
  return result;
}
