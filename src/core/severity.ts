/**
 * One ordered severity scale shared by every gate. Each gate shows its own names
 * (hadolint's error/warning/info/style for lint, Trivy's critical/high/medium/low/unknown
 * for scan), and every name sits on one rank so that `--fail-on` compares the same way
 * in every gate and across gates in `portcullis check`.
 */
export const SEVERITIES = [
  'critical',
  'high',
  'error',
  'medium',
  'warning',
  'low',
  'info',
  'unknown',
  'style',
] as const;

export type Severity = (typeof SEVERITIES)[number];

/** A threshold is any severity, or `none` (never fail on findings, hadolint's `failure-threshold: none`). */
export type Threshold = Severity | 'none';

const RANK: Record<Severity, number> = {
  critical: 6,
  high: 5,
  error: 5,
  medium: 4,
  warning: 4,
  low: 3,
  info: 3,
  unknown: 2,
  style: 1,
};

export function rank(severity: Severity): number {
  return RANK[severity];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && value in RANK;
}

export function isThreshold(value: unknown): value is Threshold {
  return value === 'none' || isSeverity(value);
}

/** Parses a user-supplied severity name, case-insensitively; returns undefined when unknown. */
export function parseThreshold(value: string): Threshold | undefined {
  const lower = value.trim().toLowerCase();
  return isThreshold(lower) ? lower : undefined;
}

/** True when a finding of `severity` meets or exceeds `threshold`. */
export function meetsThreshold(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

/** Sorts most severe first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** SARIF `level` for a severity (SARIF 2.1.0 §3.27.10). */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  const r = RANK[severity];
  if (r >= 5) return 'error';
  if (r >= 4) return 'warning';
  return 'note';
}

/** GitHub code scanning `security-severity` score (0.0–10.0, CVSS-like bands). */
export function securitySeverityScore(severity: Severity): string {
  const scores: Record<number, string> = { 6: '9.5', 5: '8.0', 4: '5.5', 3: '2.0', 2: '0.0', 1: '0.0' };
  return scores[RANK[severity]] ?? '0.0';
}

/** GitLab Code Quality severity names. */
export function gitlabSeverity(severity: Severity): 'info' | 'minor' | 'major' | 'critical' | 'blocker' {
  const r = RANK[severity];
  if (r >= 6) return 'blocker';
  if (r >= 5) return 'critical';
  if (r >= 4) return 'major';
  if (r >= 3) return 'minor';
  return 'info';
}
