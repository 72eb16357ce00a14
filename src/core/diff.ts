import type { Finding } from './finding.js';

/** Lines a change touched, per `/`-separated file path; `'all'` when the whole file is new or renamed. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/**
 * The new-file line numbers a unified diff hunk list adds or modifies (the `patch` of GitHub's
 * "list pull request files" API, or `git diff -U0` output for one file).
 * https://www.gnu.org/software/diffutils/manual/html_node/Detailed-Unified.html
 */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const text of patch.split(/\r?\n/)) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || text.startsWith('\\')) continue;
    if (text.startsWith('+')) lines.add(next++);
    else if (!text.startsWith('-')) next++;
  }
  return lines;
}

/** True when the finding's file is in the change and, for a partial change, one of its lines was touched. */
export function touchedBy(f: Finding, changed: ChangedLines): boolean {
  const lines = changed.get(f.file);
  if (!lines) return false;
  if (lines === 'all') return true;
  for (let line = f.line; line <= Math.max(f.line, f.endLine); line++) if (lines.has(line)) return true;
  return false;
}
