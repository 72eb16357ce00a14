import { at, isJson, type Json, list, type Path, type Subject, type Violation } from '../../model.js';

/** Kubesec's PodSpec location (`getSpecSelector`): `spec` for Pod, the job template for CronJob. */
export function kubesecSpec(doc: Json): Json | undefined {
  const cached = SPECS.get(doc);
  if (cached !== undefined || SPECS.has(doc)) return cached;
  const path: Path =
    doc.kind === 'Pod'
      ? ['spec']
      : doc.kind === 'CronJob'
        ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
        : ['spec', 'template', 'spec'];
  const spec = at(doc, path);
  const found = isJson(spec) ? spec : undefined;
  SPECS.set(doc, found);
  return found;
}

/** Kubesec's 30 rules each look the PodSpec up again; once per document is enough. */
const SPECS = new WeakMap<Json, Json | undefined>();

/** Go's `%v` text of a decoded JSON value, which Kubesec substring-matches against. */
export function goFormat(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goFormat).join(' ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as Json).sort();
    return `map[${keys.map((k) => `${k}:${goFormat((v as Json)[k])}`).join(' ')}]`;
  }
  return String(v);
}

export type FieldState = 'unset' | 'valid' | 'invalid';

const LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/**
 * Kubesec's `checkSecurityContext`: counts containers (init, regular, ephemeral) whose field is
 * valid, or unset while the pod-level field is valid.
 */
export function securityContextCount(
  doc: Json,
  field: Path,
  podLevel: boolean,
  classify: (v: unknown) => FieldState,
): number {
  const spec = kubesecSpec(doc);
  if (!spec) return 0;
  const podValid = podLevel && classify(at(spec, field)) === 'valid';
  let valid = 0;
  for (const name of LISTS) {
    for (const c of list(spec[name])) {
      const state = classify(at(c, field));
      if (state === 'valid' || (state === 'unset' && podValid)) valid++;
    }
  }
  return valid;
}

/**
 * The strict evaluation of a security-context rule. A positive rule needs every container to be
 * valid (by its own field, or by an unset field under a valid pod-level one); a negative rule
 * reports every container that matches, at the field that makes it match.
 */
export function securityContextViolations(
  s: Subject,
  field: Path,
  podLevel: boolean,
  classify: (v: unknown) => FieldState,
  positive: boolean,
  want: string,
): Violation[] {
  const w = s.workload;
  if (!w) return [];
  const podField = [...w.specPath, ...field];
  const podState = podLevel ? classify(at(w.spec, field)) : 'unset';
  const out: Violation[] = [];
  if (positive && w.containers.length === 0) {
    return [{ path: [...w.specPath, 'containers'], message: `no containers, so nothing sets ${want}` }];
  }
  for (const c of w.containers) {
    const state = classify(at(c.value, field));
    const inherits = state === 'unset' && podState === 'valid';
    const complies = state === 'valid' || inherits;
    if (complies === positive) continue;
    const path = state !== 'unset' || !podLevel || podState === 'unset' ? [...c.path, ...field] : podField;
    out.push({
      path: inherits && !positive ? podField : path,
      container: c.name,
      message: positive
        ? `container "${c.name}" does not set ${want}`
        : `container "${c.name}" ${inherits ? 'inherits' : 'sets'} ${want}`,
    });
  }
  return out;
}
