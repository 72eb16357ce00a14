import type { Finding } from './finding.js';
import type { Severity } from './severity.js';

export type GateName = 'pin' | 'lint' | 'scan' | 'attest' | 'verify' | 'score';

/** The data half of a rule: everything a reporter or a docs page needs, with no behaviour. */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  gate: GateName;
  /** Docs URL; derived from the id by `helpUriFor` when not given. */
  helpUri?: string;
  fixable?: boolean;
  security?: boolean;
  /** The same check in other tools, e.g. `hadolint:DL3006`, `trivy:DS-0001`, `buildkit:UndefinedVar`. */
  equivalents?: string[];
  /** Off unless a config turns it on. */
  disabledByDefault?: boolean;
  tags?: string[];
}

/** The behaviour half: a pure function of a parsed input, returning findings. No I/O. */
export interface Rule<Ctx> {
  meta: RuleMeta;
  check(ctx: Ctx): Finding[];
}

export const DOCS_BASE = 'https://github.com/portcullis-dev/portcullis/blob/main/docs/rules';

export function helpUriFor(meta: Pick<RuleMeta, 'id' | 'gate' | 'helpUri'>): string {
  return meta.helpUri ?? `${DOCS_BASE}/${meta.gate}.md#${meta.id.toLowerCase()}`;
}

/** Fails fast at load time when two rules share an id. */
export function assertUniqueRuleIds(metas: readonly RuleMeta[]): void {
  const seen = new Set<string>();
  for (const m of metas) {
    if (seen.has(m.id)) throw new Error(`duplicate rule id ${m.id}`);
    seen.add(m.id);
  }
}
