import type { Finding } from './finding.js';

export type PragmaScope = 'next' | 'global' | 'stage' | 'line' | 'file';

export interface IgnorePragma {
  tool: string;
  scope: PragmaScope;
  rules: string[];
  reason?: string;
}

const PRAGMA =
  /^#?\s*([a-z]+)\s+(?:(global|stage|file)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)(?:\s*[;#]\s*(?:reason\s*=\s*)?(.*))?\s*$/;

/**
 * Parses `<tool> [global|stage|file] ignore=ID[,ID...]` comments, the form hadolint uses and
 * portcullis accepts for every gate. `tools` lists the accepted tool names.
 */
export function parseIgnorePragma(comment: string, tools: readonly string[]): IgnorePragma | undefined {
  const m = PRAGMA.exec(comment.trim());
  if (!m || !tools.includes(m[1])) return undefined;
  const rules = m[3]
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (rules.length === 0) return undefined;
  return {
    tool: m[1],
    scope: (m[2] as PragmaScope | undefined) ?? 'next',
    rules,
    reason: m[4]?.trim() || undefined,
  };
}

/** True when an id list names the rule, or `all`/`*`. Matching is case-insensitive. */
export function ruleListMatches(rules: readonly string[], ruleId: string): boolean {
  const id = ruleId.toLowerCase();
  return rules.some((r) => r === '*' || r.toLowerCase() === 'all' || r.toLowerCase() === id);
}

/** Marks findings that match as suppressed inline; they stay in the report. */
export function suppressWhere(
  findings: Finding[],
  matches: (f: Finding) => string | false | undefined,
): void {
  for (const f of findings) {
    if (f.suppressed) continue;
    const justification = matches(f);
    if (justification !== false && justification !== undefined)
      f.suppressed = { kind: 'inline', justification };
  }
}
