import { describe, expect, it } from 'vitest';
import { applyEdits, LineIndex, parseIgnorePragma, ruleListMatches } from '../../src/core/index.js';

describe('LineIndex', () => {
  const index = new LineIndex('ab\r\ncd\nef');
  it('maps offsets to 1-based positions and back', () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 1 });
    expect(index.position(8)).toEqual({ line: 3, column: 2 });
    expect(index.offset(3, 2)).toBe(8);
    expect(index.lineCount).toBe(3);
  });
});

describe('applyEdits', () => {
  it('replaces ranges and keeps every other byte, CRLF included', () => {
    const text = 'FROM node:20\r\n# keep\r\nFROM alpine\r\n';
    const out = applyEdits(text, [
      { line: 1, column: 13, endLine: 1, endColumn: 13, newText: '@sha256:aa' },
      { line: 3, column: 6, endLine: 3, endColumn: 12, newText: 'alpine:3.20' },
    ]);
    expect(out).toBe('FROM node:20@sha256:aa\r\n# keep\r\nFROM alpine:3.20\r\n');
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { line: 1, column: 1, endLine: 1, endColumn: 4, newText: 'x' },
        { line: 1, column: 3, endLine: 1, endColumn: 5, newText: 'y' },
      ]),
    ).toThrow(/overlapping/);
  });
});

describe('ignore pragmas', () => {
  it.each([
    ['# hadolint ignore=DL3006,DL3008', { tool: 'hadolint', scope: 'next', rules: ['DL3006', 'DL3008'] }],
    ['# portcullis global ignore=PP001', { tool: 'portcullis', scope: 'global', rules: ['PP001'] }],
    ['# hadolint stage ignore=DL3003 ', { tool: 'hadolint', scope: 'stage', rules: ['DL3003'] }],
    [
      '# portcullis ignore=PK001; reason=vendor chart',
      { tool: 'portcullis', scope: 'next', rules: ['PK001'], reason: 'vendor chart' },
    ],
  ])('parses %s', (text, expected) => {
    expect(parseIgnorePragma(text, ['hadolint', 'portcullis'])).toMatchObject(expected);
  });

  it.each(['# just a comment', '# other ignore=DL3006', '# hadolint ignore='])('ignores %s', (text) => {
    expect(parseIgnorePragma(text, ['hadolint', 'portcullis'])).toBeUndefined();
  });

  it('matches rule lists case-insensitively and with all', () => {
    expect(ruleListMatches(['dl3006'], 'DL3006')).toBe(true);
    expect(ruleListMatches(['all'], 'PP004')).toBe(true);
    expect(ruleListMatches(['DL3007'], 'DL3006')).toBe(false);
  });
});
