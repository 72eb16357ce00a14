import { describe, expect, it } from 'vitest';
import type { CheckedRef, ImageReference, PinCheckContext, PinPolicy } from '../../../src/gates/pin/check.js';
import { BUNDLED_SNAPSHOT } from '../../../src/gates/pin/lifecycle/load.js';
import { PIN_RULES } from '../../../src/gates/pin/rules/index.js';
import { parseActionRef } from '../../../src/gates/pin/types.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const DIGEST = `sha256:${'b'.repeat(64)}`;
const range = { line: 3, column: 6, endLine: 3, endColumn: 20 };

function img(raw: string, image: Partial<ImageReference>, extra: Partial<CheckedRef> = {}): CheckedRef {
  return {
    kind: 'image',
    context: 'from',
    file: 'Dockerfile',
    raw,
    value: raw,
    range,
    editable: true,
    image: { registry: 'docker.io', repository: `library/${raw.split(/[:@]/)[0]}`, ...image },
    ...extra,
  };
}

function action(raw: string): CheckedRef {
  return {
    kind: 'action',
    context: 'uses',
    file: 'w.yml',
    raw,
    value: raw,
    range,
    editable: true,
    action: parseActionRef(raw),
  };
}

const policy: PinPolicy = {
  requireDigest: true,
  forbidLatest: true,
  allowedRegistries: ['docker.io', 'ghcr.io/myorg/*', '*.dkr.ecr.*.amazonaws.com'],
  lifecycle: { enabled: true, warnDays: 90, extendedSupport: false },
};

function run(ruleId: string, refs: CheckedRef[], over: Partial<PinPolicy> = {}) {
  const rule = PIN_RULES.find((r) => r.meta.id === ruleId)!;
  const ctx: PinCheckContext = {
    refs,
    policy: { ...policy, ...over },
    snapshot: BUNDLED_SNAPSHOT,
    today: '2026-11-24',
  };
  return rule.check(ctx).map((f) => [f.ruleId, f.severity, f.line, f.column, f.endLine, f.endColumn]);
}

const hit = (id: string, severity: string) => [[id, severity, 3, 6, 3, 20]];

// [rule, hit, no-hit]
const table: [string, string, CheckedRef, CheckedRef][] = [
  ['PP001', 'error', img('node:20', { tag: '20' }), img('node:20@x', { tag: '20', digest: DIGEST })],
  ['PP002', 'error', action('actions/checkout@v4'), action(`actions/checkout@${SHA}`)],
  [
    'PP003',
    'warning',
    img('node:latest@x', { tag: 'latest', digest: DIGEST }),
    img('node:22', { tag: '22' }),
  ],
  ['PP004', 'warning', img('node@x', { digest: DIGEST }), img('node:22', { tag: '22' })],
  [
    'PP005',
    'error',
    img('ghcr.io/other/app:1', { registry: 'ghcr.io', repository: 'other/app', tag: '1' }),
    img('ghcr.io/myorg/app:1', { registry: 'ghcr.io', repository: 'myorg/app', tag: '1' }),
  ],
  [
    'PP006',
    'error',
    img('node:16-alpine', { tag: '16-alpine' }),
    img('node:24-alpine', { tag: '24-alpine' }),
  ],
  ['PP007', 'warning', img('php:8.2-fpm', { tag: '8.2-fpm' }), img('php:8.4-fpm', { tag: '8.4-fpm' })],
  [
    'PP008',
    'info',
    { ...img('$REG/app', {}), value: undefined, image: undefined, unresolved: ['REG'] },
    img('node:22', { tag: '22' }),
  ],
  [
    'PP009',
    'warning',
    img('node:22@x', { tag: '22', digest: DIGEST }, { staleness: { stale: true, current: DIGEST } }),
    img('node:22@x', { tag: '22', digest: DIGEST }, { staleness: { current: DIGEST } }),
  ],
  [
    'PP010',
    'error',
    img('node:22@x', { tag: '22', digest: DIGEST }, { staleness: { missing: true } }),
    img('node:22@x', { tag: '22', digest: DIGEST }, { staleness: {} }),
  ],
  [
    'PP011',
    'error',
    { ...img('Bad Ref', {}), image: undefined, invalid: 'bad' },
    img('node:22', { tag: '22' }),
  ],
];

describe('pin rules', () => {
  it.each(table)('%s hits', (id, severity, bad) => expect(run(id, [bad])).toEqual(hit(id, severity)));
  it.each(table)('%s does not hit', (id, _s, _bad, good) => expect(run(id, [good])).toEqual([]));

  it('every rule has docs metadata and a PP id', () => {
    for (const r of PIN_RULES) {
      expect(r.meta.id).toMatch(/^PP\d{3}$/);
      expect(r.meta.gate).toBe('pin');
      expect(Array.isArray(r.meta.equivalents)).toBe(true);
    }
  });

  it.each([
    ['./local', 'local actions are exempt', []],
    ['actions/checkout', 'an action without @ref is unpinned', hit('PP002', 'error')],
    [`actions/checkout@${SHA.slice(0, 7)}`, 'a short SHA is not enough', hit('PP002', 'error')],
  ])('PP002: %s (%s)', (raw, _why, expected) => expect(run('PP002', [action(raw)])).toEqual(expected));

  it.each([
    ['node:20', 'docker.io', 'library/node', ['docker.io'], true],
    ['node:20', 'docker.io', 'library/node', ['docker.io/library/*'], true],
    ['ghcr.io/myorg/sub/app', 'ghcr.io', 'myorg/sub/app', ['ghcr.io/myorg/*'], true],
    ['ecr', '123.dkr.ecr.eu-west-1.amazonaws.com', 'app', ['*.dkr.ecr.*.amazonaws.com'], true],
    ['quay.io/x/y', 'quay.io', 'x/y', ['docker.io', 'ghcr.io'], false],
    ['evil', 'ghcr.io.evil.com', 'myorg/app', ['ghcr.io/myorg/*'], false],
  ])('PP005 pattern: %s on %s/%s with %j → trusted=%s', (raw, registry, repository, allowed, trusted) => {
    const out = run('PP005', [img(raw, { registry, repository, tag: '1' })], { allowedRegistries: allowed });
    expect(out.length === 0).toBe(trusted);
  });

  it('policy switches turn rules off', () => {
    expect(run('PP001', [img('node:20', { tag: '20' })], { requireDigest: false })).toEqual([]);
    expect(run('PP003', [img('node:latest', { tag: 'latest' })], { forbidLatest: false })).toEqual([]);
    expect(
      run('PP005', [img('quay.io/x', { registry: 'quay.io', repository: 'x' })], { allowedRegistries: [] }),
    ).toEqual([]);
    const lifecycle = { enabled: false, warnDays: 90, extendedSupport: false };
    expect(run('PP006', [img('node:16', { tag: '16' })], { lifecycle })).toEqual([]);
  });
});
