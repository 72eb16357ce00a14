import type { Finding } from '../../core/finding.js';

/** One finding as hadolint reports it: the instruction's first line, column 1 (DL1000 keeps its column). */
export interface HadolintItem {
  file: string;
  line: number;
  column: number;
  level: string;
  code: string;
  message: string;
}

/** Hadolint's own format names that portcullis renders (`--format hadolint-json`, …). */
export const HADOLINT_FORMATS = [
  'hadolint-json',
  'hadolint-tty',
  'hadolint-gnu',
  'hadolint-checkstyle',
] as const;

/** The findings hadolint would print: suppressed ones are left out, as hadolint drops them. */
export function hadolintItems(findings: readonly Finding[], lineOf: (f: Finding) => number): HadolintItem[] {
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => ({ f, line: lineOf(f) }))
    .sort((a, b) => (a.f.file < b.f.file ? -1 : a.f.file > b.f.file ? 1 : a.line - b.line))
    .map(({ f, line }) => ({
      file: f.file,
      line,
      column: f.ruleId === 'DL1000' ? f.column : 1,
      level: f.severity,
      code: f.ruleId,
      message: f.message,
    }));
}

/**
 * hadolint's `--format json`: one array of objects whose keys come in the order aeson writes them
 * (sorted): code, column, file, level, line, message; no newline at the end, as hadolint writes it.
 */
export function hadolintJson(items: readonly HadolintItem[]): string {
  const sorted = items.map((i) => ({
    code: i.code,
    column: i.column,
    file: i.file,
    level: i.level,
    line: i.line,
    message: i.message,
  }));
  return JSON.stringify(sorted);
}

/** hadolint's `--format tty` without colour: `file:line code level: message`. */
export function hadolintTty(items: readonly HadolintItem[]): string {
  return items.map((i) => `${i.file}:${i.line} ${i.code} ${i.level}: ${i.message}\n`).join('');
}

/** hadolint's `--format gnu`: `hadolint:file:line: code level: message`. */
export function hadolintGnu(items: readonly HadolintItem[]): string {
  return items.map((i) => `hadolint:${i.file}:${i.line}: ${i.code} ${i.level}: ${i.message}\n`).join('');
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** hadolint's `--format checkstyle` (Checkstyle 4.3 XML), one `<file>` per linted file. */
export function hadolintCheckstyle(items: readonly HadolintItem[], files: readonly string[]): string {
  const body = files
    .map((file) => {
      const errors = items
        .filter((i) => i.file === file)
        .map(
          (i) =>
            `<error column="${i.column}" line="${i.line}" message="${xml(i.message)}" severity="${i.level}" source="${xml(i.code)}"/>`,
        )
        .join('');
      return `<file name="${xml(file)}">${errors}</file>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><checkstyle version="4.3">${body}</checkstyle>\n`;
}
