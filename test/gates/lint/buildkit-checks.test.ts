import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../src/gates/lint/context.js';
import { RULES_B } from '../../../src/gates/lint/rules/set-b.js';

interface Expected {
  rule: string;
  line: number;
  detail?: string;
}

const { cases } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/lint/buildkit-checks/cases.json'), 'utf8'),
) as { cases: { name: string; dockerfile: string; warnings: Expected[] }[] };

/** Our rules that implement a BuildKit check with the same meaning and position, by BuildKit name. */
const BY_BUILDKIT = new Map(
  RULES_B.flatMap((r) =>
    (r.meta.equivalents ?? [])
      .filter((e) => e.startsWith('buildkit:'))
      .map((e) => [e.slice('buildkit:'.length), r] as const),
  ).filter(
    ([name]) =>
      !['MultipleInstructionsDisallowed', 'SecretsUsedInArgOrEnv', 'WorkdirRelativePath'].includes(name),
  ),
);

describe("BuildKit's build-check cases (Apache-2.0, see the fixture README)", () => {
  it('covers the BuildKit checks lint B implements', () => {
    const used = new Set(cases.flatMap((c) => c.warnings.map((w) => w.rule)));
    for (const name of BY_BUILDKIT.keys()) expect(used, name).toContain(name);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ctx = await contextFor(c.dockerfile);
    const got = [...BY_BUILDKIT].flatMap(([name, rule]) =>
      // PL017 is off by default; BuildKit always runs its checks, so run it here regardless.
      rule.check(ctx).map((f) => ({ rule: name, line: f.line, detail: f.message })),
    );
    const want = c.warnings.filter((w) => BY_BUILDKIT.has(w.rule));
    const key = (w: Expected) => `${w.line} ${w.rule} ${w.detail ?? ''}`;
    const sorted = (ws: Expected[]) => ws.map(key).sort();
    const withDetail = got.map((g) => {
      const wanted = want.find((w) => w.rule === g.rule && w.line === g.line && w.detail === undefined);
      return wanted ? { rule: g.rule, line: g.line } : g;
    });
    expect(sorted(withDetail)).toEqual(sorted(want));
  });
});
