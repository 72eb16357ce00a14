import { at, isJson, type Json, list, type Subject, type Violation } from '../../model.js';
import { kubesecSpec } from './helpers.js';
import { type KubesecRule, kubesecMeta, WORKLOAD_KINDS } from './types.js';

const LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const present = (v: unknown) => v !== null && v !== undefined;

function usesSecret(c: unknown): boolean {
  return (
    list(at(c, ['env'])).some((e) => present(at(e, ['valueFrom', 'secretKeyRef']))) ||
    list(at(c, ['envFrom'])).some((e) => present(at(e, ['secretRef'])))
  );
}

/** SecretsAsEnvironmentVariables (-5): secrets leak through logs, crash dumps and process listings. */
export const SecretsAsEnvironmentVariables: KubesecRule = {
  meta: kubesecMeta('SecretsAsEnvironmentVariables', 'Secret passed as an environment variable', -5, [
    'kubescape:C-0207',
    'checkov:CKV_K8S_35',
  ]),
  points: -5,
  selector:
    '.spec .containers[] .env[] .valueFrom .secretKeyRef | .spec .initContainers[] .env[] .valueFrom .secretKeyRef | .spec .ephemeralContainers[] .env[] .valueFrom .secretKeyRef | .spec .containers[] .envFrom[] .secretRef | .spec .initContainers[] .envFrom[] .secretRef | .spec .ephemeralContainers[] .envFrom[] .secretRef',
  reason:
    'Secrets passed as environment variables can be easily exposed through application logs, crash dumps, and system process inspection',
  kinds: [...WORKLOAD_KINDS, 'ReplicaSet', 'Job', 'CronJob'],
  count(doc: Json) {
    const spec = kubesecSpec(doc);
    return LISTS.reduce((n, l) => n + list(spec?.[l]).filter(usesSecret).length, 0);
  },
  violations(s: Subject): Violation[] {
    const out: Violation[] = [];
    for (const c of s.workload?.containers ?? []) {
      list(c.value.env).forEach((e, i) => {
        if (isJson(e) && present(at(e, ['valueFrom', 'secretKeyRef'])))
          out.push({
            path: [...c.path, 'env', i, 'valueFrom', 'secretKeyRef'],
            container: c.name,
            message: `container "${c.name}" reads secret into environment variable ${String(e.name)}`,
          });
      });
      list(c.value.envFrom).forEach((e, i) => {
        if (present(at(e, ['secretRef'])))
          out.push({
            path: [...c.path, 'envFrom', i, 'secretRef'],
            container: c.name,
            message: `container "${c.name}" loads a whole secret into its environment`,
          });
      });
    }
    return out;
  },
};
