import { describe, expect, it } from 'vitest';
import {
  formatImageReference,
  InvalidReferenceError,
  parseImageReference,
} from '../../src/registry/index.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    ['node', { registry: 'docker.io', repository: 'library/node' }],
    ['node:20', { registry: 'docker.io', repository: 'library/node', tag: '20' }],
    ['library/node:20', { registry: 'docker.io', repository: 'library/node', tag: '20' }],
    ['docker.io/node', { registry: 'docker.io', repository: 'library/node' }],
    ['index.docker.io/library/node:1', { registry: 'docker.io', repository: 'library/node', tag: '1' }],
    ['bitnami/redis:7', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7' }],
    ['ghcr.io/org/app:1.2', { registry: 'ghcr.io', repository: 'org/app', tag: '1.2' }],
    ['ghcr.io/app', { registry: 'ghcr.io', repository: 'app' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/a/b/c:t', { registry: 'localhost:5000', repository: 'a/b/c', tag: 't' }],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app' }],
    ['[::1]:5000/app:x', { registry: '[::1]:5000', repository: 'app', tag: 'x' }],
    ['Registry/app', { registry: 'Registry', repository: 'app' }],
    [`node@${D}`, { registry: 'docker.io', repository: 'library/node', digest: D }],
    [
      `node:20-alpine@${D}`,
      { registry: 'docker.io', repository: 'library/node', tag: '20-alpine', digest: D },
    ],
    [
      `host:443/a_b__c-d.e---f:v1.0_x-y@${D}`,
      { registry: 'host:443', repository: 'a_b__c-d.e---f', tag: 'v1.0_x-y', digest: D },
    ],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    ['', /empty/],
    ['Node:20', /lower-case/],
    ['node:', /not a valid tag/],
    ['node:-x', /not a valid tag/],
    [`node:${'a'.repeat(129)}`, /not a valid tag/],
    ['node@sha256:abc', /not a digest/],
    [`node@sha256:${'A'.repeat(64)}`, /lower-case hex/],
    [`node@sha256:${'a'.repeat(63)}`, /64/],
    ['-host.io/app', /registry host|repository/],
    ['a//b', /repository name/],
    ['node_/x', /repository name/],
    ['$REGISTRY/app', /repository name|registry host/],
    [`${'a'.repeat(256)}`, /longer than 255/],
  ])('%j is invalid', (text, reason) => {
    const call = () => parseImageReference(text);
    expect(call).toThrow(InvalidReferenceError);
    expect(call).toThrow(reason);
    try {
      call();
    } catch (error) {
      expect((error as InvalidReferenceError).code).toBe('IMAGE_INVALID');
    }
  });
});

describe('formatImageReference', () => {
  it.each([
    ['node:20', 'docker.io/library/node:20', 'node:20'],
    ['bitnami/redis', 'docker.io/bitnami/redis', 'bitnami/redis'],
    [`ghcr.io/o/a:1@${D}`, `ghcr.io/o/a:1@${D}`, `ghcr.io/o/a:1@${D}`],
    ['localhost:5000/library/x', 'localhost:5000/library/x', 'localhost:5000/library/x'],
  ])('%s → %s (familiar %s), and parses back to the same reference', (text, full, familiar) => {
    const ref = parseImageReference(text);
    expect(formatImageReference(ref)).toBe(full);
    expect(formatImageReference(ref, { familiar: true })).toBe(familiar);
    expect(parseImageReference(full)).toEqual(ref);
  });
});
