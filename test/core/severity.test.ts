import { describe, expect, it } from 'vitest';
import { meetsThreshold, parseThreshold, rank, sarifLevel } from '../../src/core/index.js';

describe('one severity scale for every gate', () => {
  it.each([
    ['error', 'high', true],
    ['high', 'error', true],
    ['warning', 'error', false],
    ['medium', 'warning', true],
    ['style', 'info', false],
    ['info', 'low', true],
    ['critical', 'error', true],
    ['unknown', 'low', false],
    ['critical', 'none', false],
  ] as const)('%s meets %s: %s', (severity, threshold, expected) => {
    expect(meetsThreshold(severity, threshold)).toBe(expected);
  });

  it('orders lint names below and beside scan names', () => {
    expect(rank('style')).toBeLessThan(rank('info'));
    expect(rank('error')).toBe(rank('high'));
    expect(rank('critical')).toBeGreaterThan(rank('error'));
  });

  it('parses thresholds case-insensitively and rejects unknown names', () => {
    expect(parseThreshold('HIGH')).toBe('high');
    expect(parseThreshold('none')).toBe('none');
    expect(parseThreshold('severe')).toBeUndefined();
  });

  it('maps to SARIF levels', () => {
    expect([sarifLevel('critical'), sarifLevel('warning'), sarifLevel('style')]).toEqual([
      'error',
      'warning',
      'note',
    ]);
  });
});
