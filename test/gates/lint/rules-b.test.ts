import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/text.js';
import { contextFor } from '../../../src/gates/lint/context.js';
import { RULES_B } from '../../../src/gates/lint/rules/set-b.js';
import { DL_CASES, PL_CASES, type RuleCase } from './rules-b.cases.js';

const HADOLINT_SEVERITY: Record<string, string> = {
  DL3032: 'warning',
  DL3033: 'warning',
  DL3034: 'warning',
  DL3035: 'warning',
  DL3036: 'warning',
  DL3037: 'warning',
  DL3038: 'warning',
  DL3040: 'warning',
  DL3041: 'warning',
  DL3042: 'warning',
  DL3043: 'error',
  DL3044: 'error',
  DL3045: 'warning',
  DL3046: 'warning',
  DL3047: 'info',
  DL3048: 'style',
  DL3049: 'info',
  DL3050: 'info',
  DL3051: 'warning',
  DL3052: 'warning',
  DL3053: 'warning',
  DL3054: 'warning',
  DL3055: 'warning',
  DL3056: 'warning',
  DL3057: 'info',
  DL3058: 'warning',
  DL3059: 'info',
  DL3060: 'info',
  DL3061: 'error',
  DL3062: 'warning',
  DL3063: 'warning',
  DL3064: 'warning',
  DL3065: 'warning',
  DL3066: 'info',
  DL3067: 'warning',
  DL4000: 'error',
  DL4001: 'warning',
  DL4003: 'warning',
  DL4004: 'error',
  DL4005: 'warning',
  DL4006: 'warning',
};

async function positions(c: RuleCase): Promise<number[][]> {
  const rule = RULES_B.find((r) => r.meta.id === c.rule);
  if (!rule) throw new Error(`no rule ${c.rule}`);
  const ctx = await contextFor(c.source, 'Dockerfile', c.settings ?? {});
  const findings = rule.check(ctx);
  for (const f of findings) {
    expect(f.ruleId).toBe(c.rule);
    expect(f.severity).toBe(rule.meta.severity);
  }
  return findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]);
}

describe('lint B: DL rules', () => {
  it.each(DL_CASES.map((c) => [`${c.rule} ${c.name}`, c] as const))('%s', async (_name, c) => {
    expect(await positions(c)).toEqual(c.expect);
  });

  it('has a hit and a no-hit case for every DL rule', () => {
    for (const id of Object.keys(HADOLINT_SEVERITY)) {
      expect(
        DL_CASES.some((c) => c.rule === id && c.expect.length > 0),
        `${id} hit`,
      ).toBe(true);
      expect(
        DL_CASES.some((c) => c.rule === id && c.expect.length === 0),
        `${id} no-hit`,
      ).toBe(true);
    }
  });

  it("uses hadolint's default severities", () => {
    const ours = Object.fromEntries(
      RULES_B.filter((r) => r.meta.id.startsWith('DL')).map((r) => [r.meta.id, r.meta.severity]),
    );
    expect(ours).toEqual(HADOLINT_SEVERITY);
  });

  it('keeps DL3057 off by default, as hadolint does', () => {
    expect(RULES_B.find((r) => r.meta.id === 'DL3057')?.meta.disabledByDefault).toBe(true);
  });
});

/** Rules hadolint also runs on `ONBUILD RUN` (its `onbuild` wrapper). */
const ONBUILD_RULES = [
  'DL3032',
  'DL3033',
  'DL3034',
  'DL3035',
  'DL3036',
  'DL3037',
  'DL3038',
  'DL3040',
  'DL3041',
  'DL3042',
  'DL3046',
  'DL3047',
  'DL3060',
  'DL3062',
  'DL4001',
  'DL4005',
];

/** The first hit case of a rule with every `RUN` line turned into `ONBUILD RUN`, positions shifted to match. */
function onbuildVariant(id: string): RuleCase {
  const c = DL_CASES.find((k) => k.rule === id && k.expect.length > 0 && !k.source.includes('ONBUILD'))!;
  const lines = c.source.split('\n');
  const runLines = new Set(lines.flatMap((l, i) => (l.startsWith('RUN ') ? [i + 1] : [])));
  const shift = (line: number, col: number) => (runLines.has(line) ? col + 'ONBUILD '.length : col);
  return {
    ...c,
    source: lines.map((l) => (l.startsWith('RUN ') ? `ONBUILD ${l}` : l)).join('\n'),
    expect: c.expect.map(([l, col, el, ec]) => [l, shift(l, col), el, shift(el, ec)]),
  };
}

describe('lint B: DL rules inside ONBUILD', () => {
  it.each(ONBUILD_RULES)('%s', async (id) => {
    const c = onbuildVariant(id);
    expect(c.source).toContain('ONBUILD RUN');
    expect(await positions(c)).toEqual(c.expect);
  });

  it('leaves rules hadolint does not wrap alone inside ONBUILD', async () => {
    const c: RuleCase = {
      rule: 'DL4006',
      name: 'onbuild',
      source: 'FROM debian:12\nONBUILD RUN a | b\n',
      expect: [],
    };
    expect(await positions(c)).toEqual([]);
  });
});

describe('lint B: PL rules', () => {
  it.each(PL_CASES.map((c) => [`${c.rule} ${c.name}`, c] as const))('%s', async (_name, c) => {
    expect(await positions(c)).toEqual(c.expect);
  });

  it('has a hit and a no-hit case for every PL rule, and names the anchors with the same check', () => {
    for (const rule of RULES_B.filter((r) => r.meta.id.startsWith('PL'))) {
      expect(
        PL_CASES.some((c) => c.rule === rule.meta.id && c.expect.length > 0),
        `${rule.meta.id} hit`,
      ).toBe(true);
      expect(
        PL_CASES.some((c) => c.rule === rule.meta.id && c.expect.length === 0),
        `${rule.meta.id} no-hit`,
      ).toBe(true);
      expect(rule.meta.equivalents?.length, rule.meta.id).toBeGreaterThan(0);
    }
  });
});

describe('lint B: fixes', () => {
  const fixes: [string, string, string][] = [
    [
      'DL3034',
      'FROM opensuse/leap:15\nRUN zypper install a=1\n',
      'FROM opensuse/leap:15\nRUN zypper install -y a=1\n',
    ],
    [
      'DL3038',
      'FROM fedora:40\nRUN dnf install a-1 \\\n && dnf clean all\n',
      'FROM fedora:40\nRUN dnf install -y a-1 \\\n && dnf clean all\n',
    ],
    [
      'DL3042',
      'FROM python:3\r\nRUN pip3 install x==1\r\n',
      'FROM python:3\r\nRUN pip3 install --no-cache-dir x==1\r\n',
    ],
    [
      'DL3047',
      'FROM debian:12\nRUN wget https://x/a\n',
      'FROM debian:12\nRUN wget --progress=dot:giga https://x/a\n',
    ],
    [
      'DL4000',
      'FROM debian:12\nMAINTAINER Jo "J" <jo@x>\n',
      'FROM debian:12\nLABEL maintainer="Jo \\"J\\" <jo@x>"\n',
    ],
    ['PL017', 'FROM debian:12\nENV GOPATH  /go\n', 'FROM debian:12\nENV GOPATH=/go\n'],
  ];
  it.each(fixes)('%s', async (id, source, fixed) => {
    const rule = RULES_B.find((r) => r.meta.id === id)!;
    expect(rule.meta.fixable).toBe(true);
    const [finding] = rule.check(await contextFor(source));
    expect(finding.fix).toBeDefined();
    const out = applyEdits(source, finding.fix!.edits);
    expect(out).toBe(fixed);
    expect(rule.check(await contextFor(out))).toEqual([]);
  });

  it('offers no fix for exec-form RUN', async () => {
    const rule = RULES_B.find((r) => r.meta.id === 'DL3038')!;
    const [finding] = rule.check(await contextFor('FROM fedora:40\nRUN ["dnf", "install", "a-1"]\n'));
    expect(finding.fix).toBeUndefined();
  });
});

describe('lint B: docs', () => {
  it('has a section in docs/rules/lint.md for every rule, which its helpUri points at', async () => {
    const { readFileSync } = await import('node:fs');
    const { helpUriFor } = await import('../../../src/core/rule.js');
    const docs = readFileSync(new URL('../../../docs/rules/lint.md', import.meta.url), 'utf8');
    for (const r of RULES_B) {
      expect(docs, r.meta.id).toContain(`\n## ${r.meta.id}\n`);
      expect(helpUriFor(r.meta)).toMatch(new RegExp(`/docs/rules/lint\\.md#${r.meta.id.toLowerCase()}$`));
    }
  });
});
