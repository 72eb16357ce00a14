import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addedLines, type ChangedLines, combine, toSarif, touchedBy } from '../../src/core/index.js';
import { finishGate } from '../../src/core/pipeline.js';
import { fitsGzipped } from '../../src/core/report/sarif.js';
import { finding, rules } from './fixtures.js';

// The real gzipSync, counted, to see when the SARIF size check compresses.
const zlibCalls = vi.hoisted(() => ({ gzip: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const gzipSync: typeof zlib.gzipSync = (...args) => {
    zlibCalls.gzip++;
    return zlib.gzipSync(...args);
  };
  return { ...zlib, default: { ...zlib, gzipSync }, gzipSync };
});

const PATCH = [
  '@@ -1,3 +1,4 @@',
  ' FROM debian:12',
  '-RUN apt-get update',
  '+RUN apt-get update && \\',
  '+    apt-get install -y curl',
  ' COPY . /app',
  '@@ -10,2 +11,3 @@ CMD',
  ' USER app',
  '+EXPOSE 80',
  '\\ No newline at end of file',
].join('\n');

describe('addedLines', () => {
  it('returns the new-file numbers of added lines across hunks, skipping context, removals and markers', () => {
    expect([...addedLines(PATCH)]).toEqual([2, 3, 12]);
  });

  it('is empty for a patch that only removes lines', () => {
    expect(addedLines('@@ -4,2 +4,0 @@\n-a\n-b').size).toBe(0);
  });
});

describe('touchedBy', () => {
  const changed: ChangedLines = new Map<string, Set<number> | 'all'>([
    ['Dockerfile', new Set([2, 3])],
    ['new.yaml', 'all'],
  ]);
  it.each([
    ['a finding on a changed line', { file: 'Dockerfile', line: 3, endLine: 3 }, true],
    ['a multi-line finding that covers a changed line', { file: 'Dockerfile', line: 1, endLine: 2 }, true],
    ['a finding on an unchanged line of a changed file', { file: 'Dockerfile', line: 5, endLine: 5 }, false],
    ['a finding anywhere in a new file', { file: 'new.yaml', line: 40, endLine: 41 }, true],
    ['a finding in a file the change does not touch', { file: 'other', line: 2, endLine: 2 }, false],
  ])('%s', (_name, at, expected) => {
    expect(touchedBy(finding(at), changed)).toBe(expected);
  });
});

describe('finishGate scope', () => {
  const findings = () => [
    finding({ line: 1, endLine: 1 }),
    finding({ ruleId: 'PL001', severity: 'error', line: 3, endLine: 3, snippet: 'RUN curl -k' }),
  ];

  it('suppresses findings off the changed lines as `diff`, so only the touched ones can fail', () => {
    const changed: ChangedLines = new Map([['app/Dockerfile', new Set([1])]]);
    const g = finishGate(
      'lint',
      { findings: findings(), errors: [], rules },
      { failOn: 'error', changed },
      '/x',
    );
    expect(g.findings.map((f) => [f.line, f.suppressed?.kind])).toEqual([
      [1, undefined],
      [3, 'diff'],
    ]);
    expect(g.passed).toBe(true);
  });

  it('report-severity hides findings from the report but the verdict still counts them, and says so', () => {
    const g = finishGate(
      'lint',
      { findings: findings(), errors: [], rules },
      { failOn: 'warning', reportSeverity: 'error' },
      '/x',
    );
    expect(g.findings.map((f) => f.ruleId)).toEqual(['PL001']);
    expect(g.hidden).toBe(1);
    expect(g.passed).toBe(false);
    expect(g.failingHidden).toBe(false);
    const onlyHidden = finishGate(
      'lint',
      { findings: [finding()], errors: [], rules },
      { failOn: 'warning', reportSeverity: 'error' },
      '/x',
    );
    expect(onlyHidden.findings).toEqual([]);
    expect(onlyHidden.passed).toBe(false);
    expect(onlyHidden.failingHidden).toBe(true);
  });
});

describe('SARIF limits', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    finding({ line: i + 1, endLine: i + 1, snippet: `line ${i}`, severity: i % 10 === 0 ? 'error' : 'info' }),
  );
  const run = combine(
    { name: 'portcullis', version: '0' },
    'lint',
    [finishGate('lint', { findings: many, errors: [], rules }, { failOn: 'error' }, '/x')],
    'error',
    false,
  );

  it('keeps the most severe results when a run has too many, and says how many it left out', () => {
    const log = toSarif(run, { resultsPerRun: 5, gzipBytes: 10_000_000 }) as any;
    const results = log.runs[0].results;
    expect(results).toHaveLength(5);
    expect(results.filter((r: any) => r.level === 'error')).toHaveLength(3);
    expect(log.runs[0].properties['portcullis/omittedResults']).toBe(25);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^25 less severe/);
  });

  it('shrinks the log until it fits the gzip budget', () => {
    const full = toSarif(run) as any;
    expect(full.runs[0].results).toHaveLength(30);
    const budget = gzipSync(JSON.stringify(full)).length - 200;
    const small = toSarif(run, { resultsPerRun: 25_000, gzipBytes: budget }) as any;
    expect(gzipSync(JSON.stringify(small)).length).toBeLessThanOrEqual(budget);
    expect(small.runs[0].results.length).toBeLessThan(30);
    expect(small.runs[0].results.filter((r: any) => r.level === 'error')).toHaveLength(3);
  });

  describe('the gzip check', () => {
    beforeEach(() => {
      zlibCalls.gzip = 0;
    });
    const json = JSON.stringify(toSarif(run));
    const bytes = Buffer.byteLength(json);

    it('does not compress a log whose JSON is under the budget by more than gzip can add', () => {
      expect(
        (toSarif(run, { resultsPerRun: 25_000, gzipBytes: bytes + 100 }) as any).runs[0].results,
      ).toHaveLength(30);
      expect(zlibCalls.gzip).toBe(0);
    });

    it('compresses a log whose JSON is over the budget, and keeps it whole when the gzip fits', () => {
      const gzipped = gzipSync(json).length;
      zlibCalls.gzip = 0;
      const budget = Math.floor((gzipped + bytes) / 2);
      expect(
        (toSarif(run, { resultsPerRun: 25_000, gzipBytes: budget }) as any).runs[0].results,
      ).toHaveLength(30);
      expect(zlibCalls.gzip).toBe(1);
    });

    it.each([
      ['text that compresses well, over the limit raw', 'a'.repeat(20_000), 10_000, true],
      [
        'incompressible bytes exactly at the limit (gzip adds its wrapper)',
        randomBytes(10_000),
        10_000,
        false,
      ],
      ['incompressible bytes under the limit by more than gzip can add', randomBytes(10_000), 10_100, true],
    ])('%s', (_name, data, limit, fits) => {
      expect(fitsGzipped(data, limit)).toBe(fits);
      expect(gzipSync(data).length <= limit).toBe(fits);
    });
  });
});
