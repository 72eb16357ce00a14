import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/index.js';
import { commentMarkdown, commentMarker } from '../../src/platform/github/pr-comment.js';
import { pullRequestOf } from '../../src/platform/github/pull-request.js';
import { failureMessage } from '../../src/platform/github/run-context.js';
import { finding, runReport, sample } from '../core/fixtures.js';

const marker = commentMarker('CI', 'lint');

describe('sticky comment', () => {
  it('lists only findings on changed lines, with a verdict per gate and a code scanning link for the rest', () => {
    const md = commentMarkdown(runReport(sample), {
      marker,
      pullNumber: 7,
      repository: 'acme/app',
      sha: 'abc',
      changed: new Map([['app/Dockerfile', new Set([3])]]),
    });
    expect(md.startsWith(`${marker}\n`)).toBe(true);
    expect(md).toContain('| lint | ❌ failed | 2 | warning |');
    expect(md).toContain(
      '| error | lint/PL001 | [app/Dockerfile:3](https://github.com/acme/app/blob/abc/app/Dockerfile#L3)',
    );
    expect(md).not.toContain('lint/DL3006');
    expect(md).toContain(
      '1 more in [code scanning](https://github.com/acme/app/security/code-scanning?query=pr%3A7+is%3Aopen).',
    );
  });

  it('says so when nothing is on the changed lines', () => {
    const md = commentMarkdown(runReport([finding()]), { marker, pullNumber: 1, changed: new Map() });
    expect(md).toContain('No findings on the lines this pull request changes.');
  });

  it('keeps one marker per workflow and category, and the marker cannot close the HTML comment early', () => {
    expect(commentMarker('CI', 'lint')).not.toBe(commentMarker('CI', 'pin'));
    expect(commentMarker('a-->b', 'lint')).not.toContain('-->b');
  });
});

describe('pullRequestOf', () => {
  function event(name: string, payload: unknown) {
    const dir = mkdtempSync(join(tmpdir(), 'pc-event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
    return pullRequestOf({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: join(dir, 'event.json') });
  }
  const payload = (head: string) => ({
    pull_request: { number: 9, head: { repo: { full_name: head } } },
    repository: { full_name: 'acme/app' },
  });

  it.each([
    ['a same-repository pull request', 'pull_request', payload('acme/app'), { number: 9, fromFork: false }],
    ['a pull request from a fork', 'pull_request', payload('someone/app'), { number: 9, fromFork: true }],
    ['a push', 'push', payload('acme/app'), undefined],
  ])('%s', (_name, eventName, body, expected) => {
    const pr = event(eventName, body);
    if (expected === undefined) expect(pr).toBeUndefined();
    else expect(pr).toMatchObject({ repository: 'acme/app', ...expected });
  });
});

describe('failure message', () => {
  it('names fail-on as what failed, and says when the failing findings are below report-severity', () => {
    const run = runReport(sample);
    expect(failureMessage(run, 'lint', EXIT.failed)).toBe(
      'portcullis lint failed on fail-on (not report-severity): lint: 2 findings at or above fail-on "warning"',
    );
    const hidden = {
      ...run,
      gates: [{ ...run.gates[0], failingHidden: true, reportSeverity: 'error' as const }],
    };
    expect(failureMessage(hidden, 'lint', EXIT.failed)).toMatch(
      /below report-severity "error" and so not shown/,
    );
  });
});
