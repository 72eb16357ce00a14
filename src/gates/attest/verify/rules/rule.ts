import type { Finding } from '../../../../core/finding.js';
import { DOCS_BASE, type Rule, type RuleMeta } from '../../../../core/rule.js';
import type { Verification } from '../check.js';

export type VerifyRule = Rule<Verification>;

/** The verify rules are documented with the attest gate, in docs/rules/attest.md. */
export function attestRuleDoc(id: string): string {
  return `${DOCS_BASE}/attest.md#${id.toLowerCase()}`;
}

/** A finding on the bundle file: verification results have no line of their own. */
export function bundleFinding(
  meta: RuleMeta,
  file: string,
  message: string,
  data?: Record<string, unknown>,
): Finding {
  return {
    ruleId: meta.id,
    severity: meta.severity,
    security: true,
    message,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    snippet: message,
    ...(data ? { data } : {}),
  };
}

/** True when the bundle verified cryptographically, so its content may be judged. */
export function verified(v: Verification): boolean {
  return (
    !v.unsupported &&
    !v.cryptoError &&
    !v.statementError &&
    (v.statement !== undefined || v.messageSigned === true)
  );
}

/** True when a verified statement is there to judge (not a plain message signature). */
export function verifiedStatement(v: Verification): boolean {
  return verified(v) && v.statement !== undefined;
}
