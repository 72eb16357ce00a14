import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findHadolintConfig,
  hadolintEnv,
  hadolintThreshold,
  mergeHadolint,
  parseLabelSchema,
  readHadolintConfig,
} from '../../../src/gates/lint/hadolint-config.js';

describe('.hadolint.yaml', () => {
  it('reads every key hadolint parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-'));
    const file = join(dir, '.hadolint.yaml');
    writeFileSync(
      file,
      [
        'failure-threshold: style',
        'format: json',
        'formats: [sarif]',
        'ignored: [DL3000, SC1010]',
        'override: {error: [DL3001], warning: [DL3002], info: [DL3003], style: [DL3004]}',
        'trustedRegistries: [docker.io, my.example:5000]',
        'label-schema: {author: text, url: url}',
        'strict-labels: true',
        'disable-ignore-pragma: true',
        'no-fail: true',
        'no-color: true',
        'verbose: false',
      ].join('\n'),
    );
    expect(readHadolintConfig(file, '.hadolint.yaml')).toEqual({
      source: '.hadolint.yaml',
      failureThreshold: 'style',
      formats: ['sarif', 'json'],
      ignored: ['DL3000', 'SC1010'],
      override: { error: ['DL3001'], warning: ['DL3002'], info: ['DL3003'], style: ['DL3004'] },
      trustedRegistries: ['docker.io', 'my.example:5000'],
      labelSchema: { author: 'text', url: 'url' },
      strictLabels: true,
      disableIgnorePragma: true,
      noFail: true,
    });
  });

  it('an empty file is an empty config; a bad label type is an error with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-'));
    writeFileSync(join(dir, 'empty.yaml'), '\n');
    expect(readHadolintConfig(join(dir, 'empty.yaml'), 'empty.yaml')).toEqual({ source: 'empty.yaml' });
    writeFileSync(join(dir, 'bad.yaml'), 'ignored: []\nlabel-schema:\n  author: person\n');
    expect(() => readHadolintConfig(join(dir, 'bad.yaml'), 'bad.yaml')).toThrow(/^bad\.yaml:3:/);
  });

  it("finds the first file in hadolint's order, .yaml before .yml", () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-'));
    const home = join(dir, 'home');
    mkdirSync(join(home, '.hadolint'), { recursive: true });
    const env = { HOME: home };
    expect(findHadolintConfig(dir, env)).toBeUndefined();
    writeFileSync(join(home, '.hadolint.yml'), '');
    expect(findHadolintConfig(dir, env)).toBe(join(home, '.hadolint.yml'));
    writeFileSync(join(home, '.hadolint', 'config.yaml'), '');
    expect(findHadolintConfig(dir, env)).toBe(join(home, '.hadolint', 'config.yaml'));
    mkdirSync(join(home, '.config'));
    writeFileSync(join(home, '.config', 'hadolint.yml'), '');
    expect(findHadolintConfig(dir, env)).toBe(join(home, '.config', 'hadolint.yml'));
    writeFileSync(join(dir, '.hadolint.yml'), '');
    writeFileSync(join(dir, '.hadolint.yaml'), '');
    expect(findHadolintConfig(dir, env)).toBe(join(dir, '.hadolint.yaml'));
    expect(() => findHadolintConfig(dir, env, 'missing.yaml')).toThrow(
      'hadolint config not found: missing.yaml',
    );
  });
});

describe('HADOLINT_* variables', () => {
  it('reads lists, truthy flags and label schemas as hadolint does', () => {
    const c = hadolintEnv({
      HADOLINT_NOFAIL: 'On',
      HADOLINT_STRICT_LABELS: 'no',
      HADOLINT_DISABLE_IGNORE_PRAGMA: '1',
      HADOLINT_FAILURE_THRESHOLD: 'ignore',
      HADOLINT_IGNORE: 'DL3000, DL3001',
      HADOLINT_OVERRIDE_STYLE: 'DL3006',
      HADOLINT_TRUSTED_REGISTRIES: 'docker.io,ghcr.io',
      HADOLINT_REQUIRE_LABELS: 'maintainer:text,version:semver,bad:nonsense',
      HADOLINT_FORMAT: 'json',
    });
    expect(c).toMatchObject({
      noFail: true,
      strictLabels: false,
      disableIgnorePragma: true,
      failureThreshold: 'style',
      ignored: ['DL3000', 'DL3001'],
      override: { style: ['DL3006'] },
      trustedRegistries: ['docker.io', 'ghcr.io'],
      labelSchema: { maintainer: 'text', version: 'semver' },
      formats: ['json'],
    });
    expect(hadolintEnv({})).toMatchObject({ noFail: undefined, ignored: undefined });
  });

  it('maps thresholds and merges sources: lists add up, later single values win', () => {
    expect(['error', 'WARNING', 'info', 'style', 'ignore', 'none', 'bogus'].map(hadolintThreshold)).toEqual([
      'error',
      'warning',
      'info',
      'style',
      'style',
      'none',
      undefined,
    ]);
    expect(parseLabelSchema(['a:url', 'b', ':text'])).toEqual({ a: 'url' });
    const merged = mergeHadolint(
      { ignored: ['A'], noFail: true, override: { error: ['X'] }, labelSchema: { l: 'text' } },
      { ignored: ['B'], noFail: false, override: { error: ['Y'], info: ['Z'] }, labelSchema: { m: 'url' } },
    );
    expect(merged).toMatchObject({
      ignored: ['A', 'B'],
      noFail: false,
      override: { error: ['X', 'Y'], info: ['Z'] },
      labelSchema: { l: 'text', m: 'url' },
    });
  });
});
