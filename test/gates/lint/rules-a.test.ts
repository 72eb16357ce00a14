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

/** Rules hadolint also runs on `ONBUILD RUN` triggers (its `onbuild` wrapper). */
const ONBUILD_RULES = [
  'DL3001',
  'DL3004',
  'DL3008',
  'DL3009',
  'DL3013',
  'DL3014',
  'DL3015',
  'DL3016',
  'DL3018',
  'DL3019',
  'DL3027',
  'DL3028',
  'DL3030',
];

describe('ONBUILD variants', () => {
  const hits = A_CASES.filter(
    (c) =>
      ONBUILD_RULES.includes(c.rule) &&
      c.expect.length === 1 &&
      /^RUN /m.test(c.source) &&
      !c.source.includes('ONBUILD'),
  );

  it('covers every rule that applies inside ONBUILD', () => {
    expect(new Set(hits.map((c) => c.rule))).toEqual(new Set(ONBUILD_RULES));
  });

  it.each(hits.map((c) => [`${c.rule} ${c.name}`, c] as const))('%s as ONBUILD RUN', async (_n, c) => {
    const rule = byId.get(c.rule);
    if (!rule) throw new Error(`no rule ${c.rule}`);
    const ctx = await contextFor(c.source.replace(/^RUN /gm, 'ONBUILD RUN '), 'Dockerfile', c.settings);
    const [line, column, endLine, endColumn] = c.expect[0];
    expect(rule.check(ctx).map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([
      [line, column + 8, endLine, endColumn + 8],
    ]);
  });

  it('DL3003 stays out of ONBUILD, as in hadolint', async () => {
    const ctx = await contextFor('FROM debian:12\nONBUILD RUN cd /x\n');
    expect(byId.get('DL3003')?.check(ctx)).toEqual([]);
  });
});
