import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { discover } from '../../../core/discover.js';
import { errorMessage, PortcullisError } from '../../../core/errors.js';

/** An image named in a manifest, with where it is named. */
export interface ManifestImage {
  image: string;
  file: string;
  line: number;
  column: number;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function walk(node: unknown, file: string, lines: LineCounter, out: ManifestImage[]): void {
  if (isSeq(node)) {
    for (const item of node.items) walk(item, file, lines, out);
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (CONTAINER_LISTS.has(key) && isSeq(pair.value)) {
      for (const c of pair.value.items) {
        const image = isMap(c) ? c.get('image', true) : undefined;
        if (isScalar(image) && typeof image.value === 'string' && image.value.trim()) {
          const pos = lines.linePos(image.range?.[0] ?? 0);
          out.push({ image: image.value.trim(), file, line: pos.line, column: pos.col });
        }
      }
    } else walk(pair.value, file, lines, out);
  }
}

/**
 * Every container image of the Kubernetes manifests under the given paths: `containers`,
 * `initContainers` and `ephemeralContainers` of any object (Pod, workloads, CronJob, List,
 * custom resources embedding a PodSpec). A manifest that does not parse is an error, so an
 * image can never be skipped silently.
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#PodSpec
 */
export function manifestImages(cwd: string, paths: readonly string[]): ManifestImage[] {
  const out: ManifestImage[] = [];
  for (const f of discover({ cwd, targets: [...paths], kinds: ['kubernetes'] })) {
    let text: string;
    try {
      text = readFileSync(f.absPath, 'utf8');
    } catch (cause) {
      throw new PortcullisError('PATH_UNREADABLE', `cannot read ${f.path}: ${errorMessage(cause)}`, {
        file: f.path,
      });
    }
    const lines = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: lines })) {
      if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = lines.linePos(e.pos[0]);
        throw new PortcullisError(
          'PARSE_FAILED',
          `${f.path}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`,
          {
            file: f.path,
          },
        );
      }
      walk(doc.contents, f.path, lines, out);
    }
  }
  return out;
}
