import type { Reference } from '../types.js';
import { entries, get, imageOf, items, scalarRef, type YamlFile } from './yaml.js';

const DOCKER = 'docker://';

/** `uses:` as an action, a reusable workflow or a `docker://` image. */
function usesRef(y: YamlFile, node: unknown): Reference | undefined {
  const ref = scalarRef(y, node, 'action', 'uses');
  if (!ref?.raw.startsWith(DOCKER)) return ref;
  return scalarRef(y, node, 'image', 'docker-uses', DOCKER.length);
}

function stepRefs(y: YamlFile, steps: unknown): Reference[] {
  return items(steps).flatMap((step) => {
    const r = usesRef(y, get(step, 'uses'));
    return r ? [r] : [];
  });
}

/**
 * GitHub workflow references: step and reusable-workflow `uses:`, `docker://` images, and the
 * `container:` and `services:` images of each job, in string and object form.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
export function extractWorkflow(y: YamlFile): Reference[] {
  const out: Reference[] = [];
  for (const doc of y.docs) {
    for (const [, job] of entries(get(doc.contents, 'jobs'))) {
      const reusable = usesRef(y, get(job, 'uses'));
      if (reusable) out.push(reusable);
      const container = imageOf(y, get(job, 'container'), 'container', 'image');
      if (container) out.push(container);
      for (const [, svc] of entries(get(job, 'services'))) {
        const image = imageOf(y, svc, 'service', 'image');
        if (image) out.push(image);
      }
      out.push(...stepRefs(y, get(job, 'steps')));
    }
  }
  return out;
}

/**
 * Composite and Docker action metadata (`action.yml`): `runs.steps[].uses` and a
 * `runs.image` of the form `docker://…`.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax
 */
export function extractAction(y: YamlFile): Reference[] {
  const out: Reference[] = [];
  for (const doc of y.docs) {
    const runs = get(doc.contents, 'runs');
    out.push(...stepRefs(y, get(runs, 'steps')));
    const image = scalarRef(y, get(runs, 'image'), 'image', 'docker-uses');
    if (image?.raw.startsWith(DOCKER)) {
      const ref = scalarRef(y, get(runs, 'image'), 'image', 'docker-uses', DOCKER.length);
      if (ref) out.push(ref);
    }
  }
  return out;
}
