import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../src/gates/lint/context.js';
import { RULES_A } from '../../../src/gates/lint/rules/set-a.js';
import { A_CASES, REGISTRY_CASES } from './rules-a.cases.js';

const byId = new Map(RULES_A.map((r) => [r.meta.id, r]));

describe('lint A rules: hit and no-hit with exact positions', () => {
  it.each([...A_CASES, ...REGISTRY_CASES].map((c) => [`${c.rule} ${c.name}`, c] as const))(
    '%s',
    async (_n, c) => {
      const rule = byId.get(c.rule);
      if (!rule) throw new Error(`no rule ${c.rule}`);
      const ctx = await contextFor(c.source, 'Dockerfile', c.settings);
      const got = rule.check(ctx).map((f) => [f.line, f.column, f.endLine, f.endColumn]);
      expect(got).toEqual(c.expect);
    },
  );

  it('every rule of set A has at least one hit and one no-hit case', () => {
    const cases = [...A_CASES, ...REGISTRY_CASES];
    for (const rule of RULES_A) {
      const mine = cases.filter((c) => c.rule === rule.meta.id);
      expect(
        mine.some((c) => c.expect.length > 0),
        `${rule.meta.id} hit`,
      ).toBe(true);
      expect(
        mine.some((c) => c.expect.length === 0),
        `${rule.meta.id} no-hit`,
      ).toBe(true);
    }
  });

  it('findings carry the rule id, severity, file and docs link', async () => {
    const ctx = await contextFor('FROM debian\n', 'sub/Dockerfile');
    const [f] = byId.get('DL3006')?.check(ctx) ?? [];
    expect(f).toMatchObject({
      ruleId: 'DL3006',
      severity: 'warning',
      file: 'sub/Dockerfile',
      helpUri: expect.stringContaining('lint.md#dl3006'),
    });
  });
});
