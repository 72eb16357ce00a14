import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBaseline, finishGate, readBaseline, writeBaseline } from '../../src/core/index.js';
import { finding, rules } from './fixtures.js';

function lint(
  cwd: string,
  findings: ReturnType<typeof finding>[],
  baseline?: ReturnType<typeof readBaseline>,
) {
  return finishGate('lint', { findings, errors: [], rules }, { failOn: 'warning', baseline }, cwd);
}

describe('baseline', () => {
  it('suppresses old findings after their lines move, and still fails on new ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-baseline-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu\nRUN echo hi\n');
    const before = lint(dir, [finding({ file: 'Dockerfile', line: 1, snippet: undefined })]);
    writeBaseline(join(dir, 'baseline.json'), before.findings);
    const baseline = readBaseline(join(dir, 'baseline.json'));

    writeFileSync(join(dir, 'Dockerfile'), '# new header\n\nFROM ubuntu\nRUN echo hi\nFROM debian\n');
    const after = lint(
      dir,
      [
        finding({ file: 'Dockerfile', line: 3, endLine: 3, snippet: undefined }),
        finding({ file: 'Dockerfile', line: 5, endLine: 5, snippet: undefined }),
      ],
      baseline,
    );
    expect(after.findings.map((f) => [f.line, f.suppressed?.kind])).toEqual([
      [3, 'baseline'],
      [5, undefined],
    ]);
    expect(after.passed).toBe(false);

    const onlyOld = lint(
      dir,
      [finding({ file: 'Dockerfile', line: 3, endLine: 3, snippet: undefined })],
      baseline,
    );
    expect(onlyOld.passed).toBe(true);
  });

  it('tells identical snippets in one file apart', () => {
    const report = lint('/none', [finding({ line: 1 }), finding({ line: 9, endLine: 9 })]);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(createBaseline(report.findings).findings).toHaveLength(2);
  });

  it('rejects a file that is not a baseline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-baseline-'));
    writeFileSync(join(dir, 'b.json'), '{"findings": 3}');
    expect(() => readBaseline(join(dir, 'b.json'))).toThrow(/not a portcullis baseline/);
    writeFileSync(join(dir, 'c.json'), '{oops');
    expect(() => readBaseline(join(dir, 'c.json'))).toThrow(/not valid JSON/);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toContain('findings');
  });
});

describe('gating', () => {
  it('never passes when the gate reported an error', () => {
    const report = finishGate(
      'lint',
      { findings: [], errors: [{ message: 'cannot read' }], rules },
      { failOn: 'none' },
      '/none',
    );
    expect(report.passed).toBe(false);
  });
});
