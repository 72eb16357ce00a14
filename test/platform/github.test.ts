import { describe, expect, it } from 'vitest';
import type { OptionSpec } from '../../src/core/index.js';
import { annotations } from '../../src/platform/github/annotate.js';
import { gateInputs, listInput } from '../../src/platform/github/inputs.js';
import { summaryMarkdown } from '../../src/platform/github/summary.js';
import { finding, runReport, sample } from '../core/fixtures.js';

describe('annotations', () => {
  it('puts the most severe first, caps the count and sends columns only for one-line ranges', () => {
    const run = runReport([
      ...sample,
      finding({ ruleId: 'DL3059', severity: 'info', line: 7, endLine: 9, snippet: 'RUN a' }),
    ]);
    const { list, omitted } = annotations(run, 2);
    expect(list.map((a) => [a.level, a.properties.title])).toEqual([
      ['error', 'PL001 (error)'],
      ['warning', 'DL3006 (warning)'],
    ]);
    expect(list[0].properties).toMatchObject({
      file: 'app/Dockerfile',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 15,
    });
    expect(omitted).toBe(1);
    const multi = annotations(run, 10).list.find((a) => a.properties.title.startsWith('DL3059'));
    expect(multi?.properties).toEqual({
      title: 'DL3059 (info)',
      file: 'app/Dockerfile',
      startLine: 7,
      endLine: 9,
    });
    expect(multi?.level).toBe('notice');
  });
});

describe('job summary', () => {
  it('has a table per gate and links findings to their lines', () => {
    const md = summaryMarkdown(runReport(sample), {
      repository: 'o/r',
      sha: 'abc',
      serverUrl: 'https://github.com',
    });
    expect(md).toContain('### portcullis lint: ❌ failed');
    expect(md).toContain('| fail-on | findings |');
    expect(md).toContain('[app/Dockerfile:3](https://github.com/o/r/blob/abc/app/Dockerfile#L3)');
    expect(md.indexOf('PL001')).toBeLessThan(md.indexOf('| warning | DL3006'));
  });

  it("appends a gate's own markdown section when it renders one", () => {
    const run = runReport(sample);
    run.gates[0].render.markdown = () => '| object | score |\n| --- | --- |\n| Pod/a | 3 |\n';
    expect(summaryMarkdown(run, {})).toContain('| Pod/a | 3 |');
    expect(summaryMarkdown(runReport(sample), {})).not.toContain('| object | score |');
  });

  it('says when a gate could not complete', () => {
    const md = summaryMarkdown(runReport([], [{ file: 'x.yaml', message: 'unreadable' }]), {});
    expect(md).toContain('could not complete');
    expect(md).toContain('x.yaml: unreadable');
  });
});

describe('action inputs', () => {
  const specs: OptionSpec[] = [
    { name: 'fix', type: 'boolean', description: '' },
    { name: 'min-score', type: 'number', description: '' },
    { name: 'ignore', type: 'list', description: '' },
    { name: 'profile', type: 'string', description: '' },
    { name: 'list-rules', type: 'boolean', description: '', cliOnly: true },
  ];
  const inputs: Record<string, string> = {
    fix: 'true',
    'min-score': '4',
    ignore: 'DL3006, DL3008\nDL3009',
    profile: 'restricted',
    'list-rules': 'true',
  };

  it('maps declared options to typed values and skips CLI-only ones', () => {
    expect(gateInputs(specs, (n) => inputs[n] ?? '')).toEqual({
      fix: true,
      'min-score': 4,
      ignore: ['DL3006', 'DL3008', 'DL3009'],
      profile: 'restricted',
    });
  });

  it('rejects malformed booleans and numbers', () => {
    expect(() => gateInputs(specs, (n) => (n === 'fix' ? 'maybe' : ''))).toThrow(/fix must be true or false/);
    expect(() => gateInputs(specs, (n) => (n === 'min-score' ? 'high' : ''))).toThrow(
      /min-score must be a number/,
    );
  });

  it('splits lists on commas, spaces and new lines', () => {
    expect(listInput(' a,b\n c d \n')).toEqual(['a', 'b', 'c', 'd']);
  });
});
