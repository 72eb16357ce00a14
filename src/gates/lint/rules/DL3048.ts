import type { LintRule } from '../rule.js';
import { labelPairs } from './labels-b.js';

/** Docker's label key format (https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations). */
export function validLabelKey(key: string): boolean {
  return (
    /^[a-z]/.test(key) &&
    /[a-z0-9]$/.test(key) &&
    /^[0-9a-z._/-]+$/.test(key) &&
    !/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key) &&
    !key.includes('..') &&
    !key.includes('--')
  );
}

/** DL3048: label keys should be lower-case reverse-DNS and avoid Docker's reserved namespaces. */
export const DL3048: LintRule = {
  meta: {
    id: 'DL3048',
    title: 'Invalid label key',
    severity: 'style',
    gate: 'lint',
    equivalents: ['hadolint:DL3048'],
  },
  check(ctx) {
    const seen = new Set<unknown>();
    return labelPairs(ctx)
      .filter((p) => !validLabelKey(p.key) && !seen.has(p.instr) && seen.add(p.instr))
      .map((p) => ctx.finding(DL3048.meta, p, 'Invalid label key.'));
  },
};
