import type { Fix, TextEdit } from '../../core/finding.js';
import { applyEdits } from '../../core/text.js';
import type { Reference } from './types.js';

/** A comment that only names a version, which a new pin may replace: `# v4`, `# tag=v4.1.2`, `# pin@v4`. */
const VERSION_COMMENT = /^#\s*(?:tag=|pin@)?v?\d[\w.+-]*\s*$/;

/**
 * Pins an image in place, keeping its tag for readers: `node:20-alpine` →
 * `node:20-alpine@sha256:…` (a stale digest is replaced). `FROM ${BASE}` is pinned in the
 * ARG's default; other text built from variables is never rewritten.
 */
export function imageFix(ref: Reference, digest: string): Fix | undefined {
  const target = ref.editable ? { range: ref.range, raw: ref.raw } : ref.edit;
  if (!target) return undefined;
  const base = target.raw.replace(/@sha256:[0-9a-f]*$/i, '');
  const newText = `${base}@${digest}`;
  if (newText === target.raw) return undefined;
  return { description: `pin ${base} to ${digest}`, edits: [{ ...target.range, newText }] };
}

/**
 * Pins an action to a commit SHA and names the tag in a comment, the form GitHub's docs and
 * Renovate use: `actions/checkout@<sha> # v4.1.2`. Every byte outside the two edits is kept.
 */
export function actionFix(ref: Reference, text: string, sha: string, label: string): Fix | undefined {
  if (!ref.editable) return undefined;
  const at = ref.raw.lastIndexOf('@');
  const base = at < 0 ? ref.raw : ref.raw.slice(0, at);
  const edits: TextEdit[] = [{ ...ref.range, newText: `${base}@${sha}` }];
  const lineNo = ref.range.endLine;
  const line = (text.split('\n')[lineNo - 1] ?? '').replace(/\r$/, '');
  const restStart = ref.range.endColumn - 1;
  const rest = line.slice(restStart);
  const hash = rest.search(/(?:^|\s)#/);
  const commentCol = hash < 0 ? -1 : restStart + rest.indexOf('#', hash) + 1;
  const comment = commentCol < 0 ? '' : line.slice(commentCol - 1);
  const at1 = (column: number) => ({ line: lineNo, column, endLine: lineNo, endColumn: column });
  if (commentCol < 0) {
    edits.push({ ...at1(line.length + 1), newText: ` # ${label}` });
  } else if (VERSION_COMMENT.test(comment)) {
    edits.push({
      line: lineNo,
      column: commentCol,
      endLine: lineNo,
      endColumn: line.length + 1,
      newText: `# ${label}`,
    });
  } else {
    edits.push({ ...at1(commentCol), newText: `# ${label} ` });
  }
  return { description: `pin ${base} to ${sha} (${label})`, edits };
}

/** Applies fixes to a file's text; identical edits (one ARG used twice) are applied once. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const seen = new Set<string>();
  const edits = fixes
    .flatMap((f) => f.edits)
    .filter((e) => {
      const key = JSON.stringify(e);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return applyEdits(text, edits);
}

/** The most precise tag: `v4.1.2` over `v4.1` over `v4`; else the ref the user wrote. */
export function preciseTag(tags: readonly string[], fallback: string): string {
  const parts = (t: string) =>
    t
      .replace(/^v/, '')
      .split('.')
      .filter((p) => /^\d+$/.test(p)).length;
  const sorted = [...tags].sort((a, b) => parts(b) - parts(a) || a.length - b.length || (a < b ? -1 : 1));
  return sorted[0] ?? fallback;
}
