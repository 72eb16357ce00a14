import { at, isJson, list, type Path, type Violation, type Workload } from '../../model.js';

/** `spec.os.name: windows` exempts a pod from the Linux-only restricted checks (PSA 1.25+). */
export function isWindows(w: Workload): boolean {
  return at(w.spec, ['os', 'name']) === 'windows';
}

/** `hostUsers: false` (a user namespace) relaxes some checks (PSA 1.35+). */
export function inUserNamespace(w: Workload): boolean {
  return w.spec.hostUsers === false;
}

export const present = (v: unknown): boolean => v !== null && v !== undefined;

/** Violations from the pod's security context and each container's, for one sub-field. */
export function podAndContainers(
  w: Workload,
  field: Path,
  bad: (v: unknown) => string | undefined,
): Violation[] {
  const out: Violation[] = [];
  const pod = at(w.spec, ['securityContext', ...field]);
  const podWhy = present(pod) ? bad(pod) : undefined;
  if (podWhy) out.push({ path: [...w.specPath, 'securityContext', ...field], message: `pod ${podWhy}` });
  for (const c of w.containers) {
    const v = at(c.value.securityContext, field);
    const why = present(v) ? bad(v) : undefined;
    if (why)
      out.push({
        path: [...c.path, 'securityContext', ...field],
        container: c.name,
        message: `container "${c.name}" ${why}`,
      });
  }
  return out;
}

/** Each container whose security-context field is bad, at that field. */
export function eachContainer(
  w: Workload,
  field: Path,
  bad: (v: unknown) => string | undefined,
): Violation[] {
  const out: Violation[] = [];
  for (const c of w.containers) {
    const why = bad(at(c.value.securityContext, field));
    if (why)
      out.push({
        path: [...c.path, 'securityContext', ...field],
        container: c.name,
        message: `container "${c.name}" ${why}`,
      });
  }
  return out;
}

export function volumes(w: Workload): { index: number; value: Record<string, unknown>; path: Path }[] {
  return list(w.spec.volumes).flatMap((v, index) =>
    isJson(v) ? [{ index, value: v, path: [...w.specPath, 'volumes', index] }] : [],
  );
}
