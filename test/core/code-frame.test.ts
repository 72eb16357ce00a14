import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combine } from '../../src/core/index.js';
import { finishGate } from '../../src/core/pipeline.js';
import { renderText } from '../../src/core/report/text.js';
import { finding, rules } from './fixtures.js';

function textFor(source: string, at: Parameters<typeof finding>[0]) {
  const dir = mkdtempSync(join(tmpdir(), 'pc-frame-'));
  writeFileSync(join(dir, 'Dockerfile'), source);
  const gate = finishGate(
    'lint',
    { findings: [finding({ file: 'Dockerfile', ...at })], errors: [], rules },
    { failOn: 'error' },
    dir,
  );
  return renderText(combine({ name: 'portcullis', version: '0' }, 'lint', [gate], 'error', false), {
    color: false,
  });
}

describe('text report code frame', () => {
  it('shows the source line under the finding with carets under its range', () => {
    const text = textFor('# base\nFROM node:20 AS build\n', {
      line: 2,
      column: 6,
      endLine: 2,
      endColumn: 13,
    });
    expect(text).toContain(['     2 | FROM node:20 AS build', '       |      ^^^^^^^'].join('\n'));
  });

  it('underlines to the end of the line for a multi-line range', () => {
    const text = textFor('RUN apt-get update && \\\n  apt-get install x\n', {
      line: 1,
      column: 5,
      endLine: 2,
      endColumn: 20,
    });
    expect(text).toContain(
      ['     1 | RUN apt-get update && \\', '       |     ^^^^^^^^^^^^^^^^^^^'].join('\n'),
    );
  });

  it('prints no frame when the file cannot be read', () => {
    const gate = finishGate(
      'lint',
      { findings: [finding({ file: 'missing/Dockerfile' })], errors: [], rules },
      { failOn: 'error' },
      '/nonexistent',
    );
    const text = renderText(combine({ name: 'portcullis', version: '0' }, 'lint', [gate], 'error', false), {
      color: false,
    });
    expect(text).not.toContain(' | ');
  });
});
