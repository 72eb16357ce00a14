import { list, type Subject, type Violation } from '../../model.js';
import { normaliseHostPath } from '../host-paths.js';
import { goFormat, kubesecSpec } from './helpers.js';
import { type KubesecRule, kubesecMeta, WORKLOAD_KINDS } from './types.js';

/** A negative rule on `volumes[].hostPath.path`. */
export function hostPathRule(d: {
  id: string;
  title: string;
  points: number;
  selector: string;
  reason: string;
  /** Kubesec substring-matches this in the printed list of host paths. */
  substring: string;
  /** Ours: an exact test of the normalised path. */
  exposes: (path: string) => boolean;
  equivalents?: string[];
}): KubesecRule {
  return {
    meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
    points: d.points,
    selector: d.selector,
    reason: d.reason,
    kinds: WORKLOAD_KINDS,
    count(doc) {
      const paths = list(kubesecSpec(doc)?.volumes)
        .map((v) => (v as { hostPath?: { path?: unknown } } | null)?.hostPath?.path)
        .filter((p) => p !== undefined);
      return goFormat(paths).includes(d.substring) ? 1 : 0;
    },
    violations(s: Subject): Violation[] {
      const w = s.workload;
      if (!w) return [];
      const out: Violation[] = [];
      list(w.spec.volumes).forEach((v, i) => {
        const raw = (v as { hostPath?: { path?: unknown } } | null)?.hostPath?.path;
        const path = normaliseHostPath(raw);
        if (path && d.exposes(path))
          out.push({
            path: [...w.specPath, 'volumes', i, 'hostPath', 'path'],
            message: `hostPath volume mounts ${String(raw)}`,
          });
      });
      return out;
    },
  };
}
