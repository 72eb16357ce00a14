import type { Document, LineCounter } from 'yaml';

/** A path into a Kubernetes object: map keys and list indexes. */
export type Path = readonly (string | number)[];

export type Json = Record<string, unknown>;

/** One Kubernetes object read from a manifest, with what is needed to point into its source. */
export interface ManifestObject {
  /** Path as the user gave it, `-` for stdin. */
  file: string;
  /** The YAML document it came from. */
  doc: Document;
  lines: LineCounter;
  /** Where the object sits inside its document: `[]`, or `['items', 3]` inside a `kind: List`. */
  base: Path;
  value: Json;
  kind: string;
  apiVersion: string;
  name: string;
  namespace?: string;
}

export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';

export const CONTAINER_LISTS: readonly ContainerList[] = [
  'initContainers',
  'containers',
  'ephemeralContainers',
];

export interface ContainerRef {
  list: ContainerList;
  index: number;
  name: string;
  value: Json;
  /** Path of the container inside its object. */
  path: Path;
}

/** An object that carries a PodSpec, with the PodSpec found and its containers listed. */
export interface Workload {
  object: ManifestObject;
  specPath: Path;
  spec: Json;
  /** Metadata of the pod (the object's own for a Pod, the template's otherwise). */
  podMetaPath: Path;
  podMeta: Json;
  containers: ContainerRef[];
}

/** A place that breaks a rule, relative to its object. */
export interface Violation {
  path: Path;
  message: string;
  container?: string;
}

/** What rules look at: an object, and its workload view when it has a PodSpec. */
export interface Subject {
  object: ManifestObject;
  workload?: Workload;
}

/** `Kind/name.namespace`, Kubesec's object name. */
export function objectName(o: Pick<ManifestObject, 'kind' | 'name' | 'namespace'>): string {
  return `${o.kind}/${o.name}.${o.namespace ?? 'default'}`;
}

export function isJson(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a nested value by path; undefined when any step is missing. */
export function at(v: unknown, path: Path): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
