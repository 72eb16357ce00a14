import { isMap, isSeq } from 'yaml';
import type { Reference } from '../types.js';
import { entries, get, items, scalarRef, type YamlFile } from './yaml.js';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * Walks any object for container lists, so every workload kind is covered without a table:
 * Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob (`jobTemplate` nesting), PodTemplate,
 * `kind: List` and custom resources that embed a PodSpec.
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#PodSpec
 */
function walk(y: YamlFile, node: unknown, out: Reference[]): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(y, item, out);
    return;
  }
  if (!isMap(node)) return;
  for (const [key, value] of entries(node)) {
    if (CONTAINER_LISTS.has(key) && isSeq(value)) {
      for (const c of items(value)) {
        const ref = scalarRef(y, get(c, 'image'), 'image', 'image');
        if (ref) out.push(ref);
      }
    } else {
      walk(y, value, out);
    }
  }
}

/** Container images of every object in a Kubernetes manifest stream. */
export function extractKubernetes(y: YamlFile): Reference[] {
  const out: Reference[] = [];
  for (const doc of y.docs) walk(y, doc.contents, out);
  return out;
}
