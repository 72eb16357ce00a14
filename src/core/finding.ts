import type { Severity } from './severity.js';

/** A 1-based, inclusive-start, exclusive-end range in a text file. Columns count UTF-16 code units. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A machine-applicable text replacement in one file. */
export interface TextEdit extends Range {
  newText: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** Why a finding is reported but does not count against the gate. */
export interface Suppression {
  /** `diff`: outside the lines a pull request changed (`only-changed`). */
  kind: 'inline' | 'baseline' | 'config' | 'external' | 'diff';
  justification?: string;
}

/** One problem found by a rule, at an exact place. This is the shape every reporter consumes. */
export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path as the user gave it, or relative to the working directory; `/`-separated. */
  file: string;
  helpUri?: string;
  fix?: Fix;
  /** Stable identity across line moves; filled by the pipeline when absent. */
  fingerprint?: string;
  suppressed?: Suppression;
  /** True for security findings, which get a SARIF `security-severity`. */
  security?: boolean;
  /** `low` for heuristic matches the user opted into (scan `--cpe-match`); SARIF `precision`. */
  confidence?: 'low';
  /** Normalised source text of the offending construct; feeds the fingerprint. */
  snippet?: string;
  /** The source line at `line`, for human reports; filled by the pipeline when the file is readable. */
  sourceLine?: string;
  /** Gate-specific structured data; kept in JSON output under `data`. */
  data?: Record<string, unknown>;
}

/** A problem that stopped the gate from looking at something. Any error makes the gate fail closed. */
export interface GateError {
  file?: string;
  message: string;
  code?: string;
}

/** A gate error as one line: `file: message`, or the message alone. */
export function gateErrorText(e: GateError): string {
  return e.file ? `${e.file}: ${e.message}` : e.message;
}

/** Deterministic order: path, line, column, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** A range covering a whole line of text, 1-based. */
export function lineRange(line: number, text: string): Range {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 };
}
