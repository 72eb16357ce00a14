import { at, type Json, list, type Path, type Subject, type Violation } from '../../model.js';
import { type FieldState, kubesecSpec, securityContextCount, securityContextViolations } from './helpers.js';
import { type KubesecRule, kubesecMeta, WORKLOAD_KINDS } from './types.js';

interface Base {
  id: string;
  title: string;
  points: number;
  selector: string;
  reason: string;
  kinds?: readonly string[];
  equivalents?: string[];
}

/** A rule on one field of each container's security context, optionally inherited from the pod's. */
export function securityContextRule(
  d: Base & {
    field: Path;
    podLevel: boolean;
    /** Kubesec's reading of the field. */
    classify: (v: unknown) => FieldState;
    /** Ours, where Kubesec's substring matching is too loose; defaults to `classify`. */
    strict?: (v: unknown) => FieldState;
    want: string;
  },
): KubesecRule {
  return {
    meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
    points: d.points,
    selector: d.selector,
    reason: d.reason,
    kinds: d.kinds ?? WORKLOAD_KINDS,
    count: (doc) => securityContextCount(doc, d.field, d.podLevel, d.classify),
    violations: (s) =>
      securityContextViolations(s, d.field, d.podLevel, d.strict ?? d.classify, d.points > 0, d.want),
  };
}

/** A rule on one PodSpec field. */
export function podFieldRule(
  d: Base & {
    field: string;
    /** Kubesec's test of the value. */
    matches: (v: unknown) => boolean;
    /** Ours, when stricter; defaults to `matches`. */
    strict?: (v: unknown) => boolean;
    want: string;
  },
): KubesecRule {
  const strict = d.strict ?? d.matches;
  return {
    meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
    points: d.points,
    selector: d.selector,
    reason: d.reason,
    kinds: d.kinds ?? WORKLOAD_KINDS,
    count: (doc) => (d.matches(kubesecSpec(doc)?.[d.field]) ? 1 : 0),
    violations(s: Subject): Violation[] {
      const w = s.workload;
      if (!w) return [];
      const matched = strict(w.spec[d.field]);
      if (matched === d.points > 0) return [];
      return [
        { path: [...w.specPath, d.field], message: d.points > 0 ? `${d.want} is not set` : `${d.want}` },
      ];
    },
  };
}

/** A positive rule on `containers[].resources`: Kubesec counts the regular containers that have the key. */
export function resourceRule(d: Base & { field: Path }): KubesecRule {
  const has = (c: unknown) => at(c, d.field) !== undefined;
  const name = `resources.${d.field.slice(1).join('.')}`;
  return {
    meta: kubesecMeta(d.id, d.title, d.points, d.equivalents),
    points: d.points,
    selector: d.selector,
    reason: d.reason,
    kinds: d.kinds ?? WORKLOAD_KINDS,
    count: (doc: Json) => list(kubesecSpec(doc)?.containers).filter(has).length,
    violations(s) {
      const w = s.workload;
      if (!w) return [];
      const regular = w.containers.filter((c) => c.list === 'containers');
      if (regular.length === 0)
        return [{ path: [...w.specPath, 'containers'], message: `no containers, so nothing sets ${name}` }];
      return regular
        .filter((c) => at(c.value, d.field) === undefined || at(c.value, d.field) === null)
        .map((c) => ({
          path: [...c.path, ...d.field],
          container: c.name,
          message: `container "${c.name}" does not set ${name}`,
        }));
    },
  };
}

export const isBool = (v: unknown): FieldState =>
  typeof v !== 'boolean' ? 'unset' : v ? 'valid' : 'invalid';
export const isFalse = (v: unknown): FieldState =>
  typeof v !== 'boolean' ? 'unset' : v ? 'invalid' : 'valid';
export const above10000 = (v: unknown): FieldState =>
  typeof v !== 'number' ? 'unset' : v > 10000 ? 'valid' : 'invalid';
