import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeFor, findConfig, loadConfig, PortcullisError, parseConfig } from '../../src/core/index.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'fail-on': { type: 'string', enum: ['error', 'warning'] },
    lint: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignored: { type: 'array', items: { type: 'string' } },
        'fail-on': { type: 'string', enum: ['error', 'warning'] },
      },
    },
  },
};

function errorOf(fn: () => unknown): PortcullisError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PortcullisError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('config', () => {
  it('accepts a valid file', () => {
    expect(
      parseConfig('fail-on: error\nlint:\n  ignored: [DL3006]\n', 'portcullis.yaml', schema).data,
    ).toEqual({
      'fail-on': 'error',
      lint: { ignored: ['DL3006'] },
    });
  });

  it('names the file, line and key of a typo, with exit code 2', () => {
    const e = errorOf(() =>
      parseConfig('lint:\n  ignored: []\n  fial-on: error\n', 'portcullis.yaml', schema),
    );
    expect(e.message).toBe('portcullis.yaml:3:3: unknown key "fial-on" in lint');
    expect(e.code).toBe('CONFIG_INVALID');
    expect(exitCodeFor(e)).toBe(2);
  });

  it('names the line of a bad value', () => {
    const e = errorOf(() => parseConfig('fail-on: error\nlint:\n  fail-on: loud\n', 'p.yaml', schema));
    expect(e.message).toMatch(/^p\.yaml:3:12: lint\.fail-on must be one of "error", "warning"/);
  });

  it('reports YAML syntax errors with a position', () => {
    const e = errorOf(() => parseConfig('lint:\n  ignored: [DL3006\n', 'p.yaml', schema));
    expect(e.message).toMatch(/^p\.yaml:\d+:\d+: invalid YAML/);
    expect(exitCodeFor(e)).toBe(2);
  });

  it('rejects duplicate keys and non-mapping documents', () => {
    expect(errorOf(() => parseConfig('lint: {}\nlint: {}\n', 'p.yaml', schema)).message).toMatch(
      /invalid YAML/,
    );
    expect(errorOf(() => parseConfig('- lint\n', 'p.yaml', schema)).message).toMatch(/must be a mapping/);
  });

  it('finds .portcullis.yaml and an explicit file, and refuses a missing explicit file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-config-'));
    expect(findConfig(dir)).toBeUndefined();
    expect(loadConfig(dir, schema).data).toEqual({});
    writeFileSync(join(dir, '.portcullis.yaml'), 'fail-on: warning\n');
    expect(findConfig(dir)).toBe(join(dir, '.portcullis.yaml'));
    expect(loadConfig(dir, schema).data).toEqual({ 'fail-on': 'warning' });
    const e = errorOf(() => findConfig(dir, 'nope.yaml'));
    expect(e.message).toContain('nope.yaml');
    expect(exitCodeFor(e)).toBe(2);
  });
});
