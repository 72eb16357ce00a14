import type { Workload } from './model.js';
import { objectName } from './model.js';
import { checksFor, type PssLevel } from './rules/pss/index.js';

export type EnforceLevel = 'privileged' | PssLevel;

export interface NamespaceSuggestion {
  namespace: string;
  /** The strictest level every workload in the namespace already meets. */
  level: EnforceLevel;
  workloads: number;
  /** The next level up, when there is one, and what keeps each workload from it. */
  next?: EnforceLevel;
  blockers: { object: string; file: string; checks: string[] }[];
  label: string;
}

const LEVELS: PssLevel[] = ['baseline', 'restricted'];

/** What `--suggest` keeps of a workload: where it lives and the checks it fails per level. */
export interface WorkloadLevels {
  namespace: string;
  object: string;
  file: string;
  failing: Record<PssLevel, string[]>;
}

function failing(w: Workload, level: PssLevel): string[] {
  return checksFor(level)
    .filter((c) => c.check(w).length > 0)
    .map((c) => c.checkId);
}

export function workloadLevels(w: Workload): WorkloadLevels {
  return {
    namespace: w.object.namespace ?? 'default',
    object: objectName(w.object),
    file: w.object.file,
    failing: { baseline: failing(w, 'baseline'), restricted: failing(w, 'restricted') },
  };
}

/**
 * For each namespace, the strictest Pod Security Standards level all of its workloads meet, the
 * workloads that block the next level, and the label that would enforce it. Objects without a
 * namespace count under `default`, where `kubectl apply` would put them.
 * https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
 */
export function suggestLevels(workloads: readonly WorkloadLevels[]): NamespaceSuggestion[] {
  const byNamespace = new Map<string, WorkloadLevels[]>();
  for (const w of workloads) byNamespace.set(w.namespace, [...(byNamespace.get(w.namespace) ?? []), w]);
  return [...byNamespace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([namespace, list]) => {
      let level: EnforceLevel = 'privileged';
      let blockers: NamespaceSuggestion['blockers'] = [];
      for (const candidate of LEVELS) {
        blockers = list
          .map((w) => ({ object: w.object, file: w.file, checks: w.failing[candidate] }))
          .filter((b) => b.checks.length > 0);
        if (blockers.length > 0) break;
        level = candidate;
      }
      const next = level === 'restricted' ? undefined : level === 'baseline' ? 'restricted' : 'baseline';
      return {
        namespace,
        level,
        workloads: list.length,
        next,
        blockers: next ? blockers : [],
        label: `pod-security.kubernetes.io/enforce: ${level}`,
      };
    });
}

/** One note line per namespace, for the text report. */
export function suggestionNote(s: NamespaceSuggestion): string {
  const head = `namespace ${s.namespace}: ${s.level} is met by all ${s.workloads} workload(s); label ${s.label}`;
  if (!s.next) return head;
  const who = s.blockers.map((b) => `${b.object} (${b.checks.join(', ')})`).join('; ');
  return `${head}; ${s.next} is blocked by ${who}`;
}
