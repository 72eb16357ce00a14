import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/** Collapses whitespace so that re-indenting or re-wrapping a line keeps its fingerprint. */
export function normaliseSnippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Assigns a fingerprint to each finding from rule, path and snippet, never the line number,
 * so a baseline survives lines moving. Identical snippets in one file are told apart by
 * their order of appearance.
 */
export function assignFingerprints(findings: Finding[], snippetOf: (f: Finding) => string): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    if (f.fingerprint) continue;
    const key = `${f.ruleId}\0${f.file}\0${normaliseSnippet(f.snippet ?? snippetOf(f))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  }
}
