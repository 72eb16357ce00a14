import type { RuleMeta } from '../../../../core/rule.js';

export const configMeta = (
  id: string,
  title: string,
  severity: RuleMeta['severity'],
  equivalents: string[] = [],
): RuleMeta => ({
  id,
  title,
  severity,
  gate: 'scan',
  security: true,
  tags: ['image-config'],
  equivalents,
});

/** Names of variables that hold credentials by convention. */
export const SECRET_NAME =
  /^[A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)[A-Z0-9_]*$/i;

/** A value that is not a secret: empty, a `$VAR` reference, or an obvious placeholder. */
export function isPlaceholder(value: string): boolean {
  const v = value.replace(/^["']|["']$/g, '');
  return (
    v === '' ||
    /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) ||
    /^(x+|\*+|<[^>]*>|changeme|none|null|false|true)$/i.test(v) ||
    v.startsWith('/run/secrets/')
  );
}
