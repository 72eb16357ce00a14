import type { RuleMeta } from '../../../core/rule.js';

/** An end-of-life, unknown or unsupported OS release, reported when `fail-on-eol-os` is on. */
export const PS200: RuleMeta = {
  id: 'PS200',
  title: 'The OS release is end of life, unknown or unsupported: its packages were not checked',
  severity: 'critical',
  gate: 'scan',
  security: true,
  equivalents: ['trivy:--exit-on-eol'],
};

/** An ignore, `.trivyignore` or VEX entry past its expiry date. */
export const PS201: RuleMeta = {
  id: 'PS201',
  title: 'An ignore entry has expired',
  severity: 'critical',
  gate: 'scan',
  equivalents: ['trivy:exp', 'trivy:expired_at'],
};

/** The rule metadata of one advisory, built from the data so reporters can show it. */
export function advisoryRule(id: string, title: string, severity: RuleMeta['severity']): RuleMeta {
  return {
    id,
    title,
    severity,
    gate: 'scan',
    security: true,
    helpUri: `https://osv.dev/vulnerability/${id}`,
  };
}
