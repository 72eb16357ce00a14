import { isJson, type Json, list, type Path, type Subject, type Violation } from '../../model.js';

/** The StatefulSet's volume claim templates that have a `spec`, as Kubesec counts them. */
export function claimTemplates(doc: Json): { spec: Json; index: number }[] {
  const spec = isJson(doc.spec) ? doc.spec : {};
  return list(spec.volumeClaimTemplates).flatMap((t, index) =>
    isJson(t) && isJson(t.spec) ? [{ spec: t.spec, index }] : [],
  );
}

/** Strict: every template must comply; a StatefulSet without templates is credited, as in Kubesec. */
export function claimViolations(
  s: Subject,
  complies: (spec: Json) => boolean,
  field: Path,
  message: string,
): Violation[] {
  if (s.object.kind !== 'StatefulSet') return [];
  return claimTemplates(s.object.value)
    .filter((t) => !complies(t.spec))
    .map((t) => ({
      path: ['spec', 'volumeClaimTemplates', t.index, 'spec', ...field],
      message: `volumeClaimTemplates[${t.index}] ${message}`,
    }));
}
