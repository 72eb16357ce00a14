import type { Reference } from '../types.js';
import { entries, get, imageOf, items, type YamlFile } from './yaml.js';

/** Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords). */
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec']);

function imagesIn(y: YamlFile, owner: unknown): Reference[] {
  const out: Reference[] = [];
  const image = imageOf(y, get(owner, 'image'), 'image', 'name');
  if (image) out.push(image);
  for (const svc of items(get(owner, 'services'))) {
    const ref = imageOf(y, svc, 'service', 'name');
    if (ref) out.push(ref);
  }
  return out;
}

/**
 * GitLab CI images: `image:` and `services:` in string and object (`name:`) form, at the top
 * level, under `default:` and in every job (hidden `.template` jobs included).
 * https://docs.gitlab.com/ci/yaml/#image
 */
export function extractGitlabCi(y: YamlFile): Reference[] {
  const out: Reference[] = [];
  for (const doc of y.docs) {
    out.push(...imagesIn(y, doc.contents));
    out.push(...imagesIn(y, get(doc.contents, 'default')));
    for (const [key, job] of entries(doc.contents)) {
      if (GLOBAL_KEYS.has(key) || key === 'image' || key === 'services') continue;
      out.push(...imagesIn(y, job));
    }
  }
  return out;
}
