import type { RuleMeta } from '../../../../core/rule.js';

/** Rule metadata for a secret rule, with Trivy's rule id as its equivalent. */
export const secretMeta = (
  id: string,
  title: string,
  severity: RuleMeta['severity'],
  trivy: string,
): RuleMeta => ({
  id,
  title,
  severity,
  gate: 'scan',
  security: true,
  tags: ['secret'],
  equivalents: [`trivy:${trivy}`],
});

/** Rejects `${VAR}` placeholders and obvious dummies such as `xxxx` or `<token>`. */
export const notPlaceholder = (s: string): boolean =>
  !/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(s) && !/^(x+|\*+|<[^>]*>|changeme|password|example)$/i.test(s);
