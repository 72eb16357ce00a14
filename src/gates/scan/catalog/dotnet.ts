import type { BufferCataloger, FileFacts, RawPackage } from './types.js';

const DEPS_JSON = /\.deps\.json$/;
const RUNTIME_PACK = 'runtimepack.';
const TYPES = new Set(['package', 'project', 'runtimepack']);

interface TargetLib {
  runtime?: unknown;
  runtimeTargets?: unknown;
  native?: unknown;
}

interface DepsJson {
  runtimeTarget?: { name?: string };
  targets?: Record<string, Record<string, TargetLib>>;
  libraries?: Record<string, { type?: string }>;
}

const nonEmpty = (v: unknown) =>
  v !== undefined && v !== null && (typeof v !== 'object' || Object.keys(v).length > 0);

/**
 * NuGet packages from a .NET `*.deps.json`, as Trivy reads them (trivy pkg/dependency/parser/dotnet/core_deps):
 * `libraries` of type package, project or runtimepack (without its `runtimepack.` prefix); when the runtime
 * target is listed, only libraries with runtime, runtimeTargets or native assets in it.
 * See https://github.com/dotnet/sdk/blob/main/documentation/specs/runtime-configuration-file.md
 */
export function parseDepsJson(text: string): RawPackage[] {
  const doc = JSON.parse(text) as DepsJson;
  const stripKey = (key: string) => (key.startsWith(RUNTIME_PACK) ? key.slice(RUNTIME_PACK.length) : key);
  const target = doc.targets?.[doc.runtimeTarget?.name ?? ''];
  const targetLibs = target ? new Map(Object.entries(target).map(([k, v]) => [stripKey(k), v])) : undefined;
  const out: RawPackage[] = [];
  for (const [key, lib] of Object.entries(doc.libraries ?? {})) {
    const slash = key.indexOf('/');
    if (slash <= 0 || !TYPES.has((lib.type ?? '').toLowerCase())) continue;
    const id = stripKey(key);
    const t = targetLibs?.get(id);
    if (targetLibs && t && !nonEmpty(t.runtime) && !nonEmpty(t.runtimeTargets) && !nonEmpty(t.native))
      continue;
    out.push({
      name: id.slice(0, id.indexOf('/')),
      version: id.slice(id.indexOf('/') + 1),
      ecosystem: 'nuget',
    });
  }
  return out;
}

export const dotnetCataloger: BufferCataloger = {
  kind: 'buffer',
  name: 'dotnet-deps',
  match: (path) => DEPS_JSON.test(path),
  parse: (_path, data): FileFacts => ({
    cataloger: 'dotnet-deps',
    packages: parseDepsJson(data.toString('utf8')),
  }),
};
