import {
  CONTAINER_LISTS,
  type ContainerRef,
  isJson,
  type Json,
  type ManifestObject,
  type Path,
  type Workload,
} from './model.js';

/** A PodSpec location for objects of one kind (and, for custom resources, one API group). */
export interface PodSpecPath {
  kind: string;
  /** API group, e.g. `argoproj.io`; any group when absent. */
  group?: string;
  path: Path;
}

const TEMPLATE: Path = ['spec', 'template', 'spec'];
const JOB_TEMPLATE: Path = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];

/**
 * Where each known kind keeps its PodSpec: the built-in workload kinds and the custom resources
 * with pod templates that people ask for (Argo Rollouts, OpenKruise, Knative, KEDA).
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/
 */
export const KNOWN_POD_SPEC_PATHS: readonly PodSpecPath[] = [
  { kind: 'Pod', group: '', path: ['spec'] },
  { kind: 'PodTemplate', group: '', path: ['template', 'spec'] },
  { kind: 'ReplicationController', group: '', path: TEMPLATE },
  { kind: 'Deployment', group: 'apps', path: TEMPLATE },
  { kind: 'StatefulSet', group: 'apps', path: TEMPLATE },
  { kind: 'DaemonSet', group: 'apps', path: TEMPLATE },
  { kind: 'ReplicaSet', group: 'apps', path: TEMPLATE },
  { kind: 'Job', group: 'batch', path: TEMPLATE },
  { kind: 'CronJob', group: 'batch', path: JOB_TEMPLATE },
  { kind: 'Rollout', group: 'argoproj.io', path: TEMPLATE },
  { kind: 'CloneSet', group: 'apps.kruise.io', path: TEMPLATE },
  { kind: 'StatefulSet', group: 'apps.kruise.io', path: TEMPLATE },
  { kind: 'DaemonSet', group: 'apps.kruise.io', path: TEMPLATE },
  { kind: 'Service', group: 'serving.knative.dev', path: TEMPLATE },
  { kind: 'Configuration', group: 'serving.knative.dev', path: TEMPLATE },
  { kind: 'ScaledJob', group: 'keda.sh', path: JOB_TEMPLATE },
];

/** The API group of `apiVersion` (`apps/v1` → `apps`, `v1` → ``). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Parses `Kind[.group]=a.b.c` (the CLI form of an extra PodSpec path). */
export function parsePodSpecPath(text: string): PodSpecPath | undefined {
  const m = /^([A-Za-z][\w]*)(?:\.([\w.-]+))?=([\w.-]+)$/.exec(text.trim());
  if (!m) return undefined;
  return { kind: m[1], group: m[2], path: m[3].split('.').filter(Boolean) };
}

function findPath(o: ManifestObject, paths: readonly PodSpecPath[]): Path | undefined {
  const group = apiGroup(o.apiVersion);
  return paths.find((p) => p.kind === o.kind && (p.group === undefined || p.group === group))?.path;
}

function containersOf(spec: Json, specPath: Path): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const list of CONTAINER_LISTS) {
    const items = spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c, index) => {
      if (!isJson(c)) return;
      out.push({
        list,
        index,
        name: typeof c.name === 'string' ? c.name : `${list}[${index}]`,
        value: c,
        path: [...specPath, list, index],
      });
    });
  }
  return out;
}

/**
 * The workload view of an object: its PodSpec, pod metadata and containers, or undefined when
 * the object has no PodSpec (a Service, a Rollout using `workloadRef`, …). Configured paths are
 * tried before the built-in table, so a team can override it.
 */
export function workloadOf(o: ManifestObject, extra: readonly PodSpecPath[] = []): Workload | undefined {
  const specPath = findPath(o, extra) ?? findPath(o, KNOWN_POD_SPEC_PATHS);
  if (!specPath) return undefined;
  let spec: unknown = o.value;
  for (const k of specPath) spec = isJson(spec) ? spec[k] : undefined;
  if (!isJson(spec)) return undefined;
  const podMetaPath: Path =
    specPath.length > 1 && specPath[specPath.length - 1] === 'spec'
      ? [...specPath.slice(0, -1), 'metadata']
      : ['metadata'];
  let podMeta: unknown = o.value;
  for (const k of podMetaPath) podMeta = isJson(podMeta) ? podMeta[k] : undefined;
  return {
    object: o,
    specPath,
    spec,
    podMetaPath,
    podMeta: isJson(podMeta) ? podMeta : {},
    containers: containersOf(spec, specPath),
  };
}
