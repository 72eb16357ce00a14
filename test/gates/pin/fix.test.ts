// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile text with ${VAR}
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../../src/core/discover.js';
import type { Fix } from '../../../src/core/finding.js';
import { extractReferences } from '../../../src/gates/pin/extract/index.js';
import { actionFix, applyFixes, imageFix, preciseTag } from '../../../src/gates/pin/fix.js';
import { FULL_SHA, parseActionRef } from '../../../src/gates/pin/types.js';

const DIR = join(import.meta.dirname, '../../fixtures/pin/fix');

/** A stand-in digest derived from the reference, so the golden files are stable. */
const digestOf = (ref: string) => `sha256:${createHash('sha256').update(ref).digest('hex')}`;
const shaOf = (ref: string) => createHash('sha1').update(ref).digest('hex');

function fixAll(file: string, kind: FileKind, text: string): string {
  const fixes: Fix[] = [];
  for (const ref of extractReferences(file, kind, text)) {
    if (ref.value === undefined || ref.value.startsWith('./')) continue;
    if (ref.kind === 'image' && !ref.value.includes('@sha256:')) {
      const f = imageFix(ref, digestOf(ref.value));
      if (f) fixes.push(f);
    }
    const action = ref.kind === 'action' ? parseActionRef(ref.value) : undefined;
    if (action && !FULL_SHA.test(action.ref)) {
      const f = actionFix(ref, text, shaOf(ref.value), action.ref);
      if (f) fixes.push(f);
    }
  }
  return applyFixes(text, fixes);
}

const cases: [string, FileKind][] = [
  ['Dockerfile', 'dockerfile'],
  ['workflow', 'github-workflow'],
  ['gitlab-ci', 'gitlab-ci'],
  ['compose', 'compose'],
  ['k8s', 'kubernetes'],
];

const ext = (name: string) => (name === 'Dockerfile' ? '' : '.yml');

describe('pin --fix edits (golden files)', () => {
  it.each(cases)('%s', (name, kind) => {
    const input = readFileSync(join(DIR, `${name}.in${ext(name)}`), 'utf8');
    const out = fixAll(name, kind, input);
    const golden = join(DIR, `${name}.out${ext(name)}`);
    // UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing.
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
    const expected = readFileSync(golden, 'utf8');
    expect(out).toBe(expected);
    // Idempotent: a second pass changes nothing.
    expect(fixAll(name, kind, out)).toBe(out);
    // Only the references changed: every line keeps its ending and everything before the ref.
    expect(out.split('\n').length).toBe(input.split('\n').length);
    expect(out.includes('\r\n')).toBe(input.includes('\r\n'));
    expect(out.charCodeAt(0) === 0xfeff).toBe(input.charCodeAt(0) === 0xfeff);
  });

  it.each([
    [['v4', 'v4.1', 'v4.1.2'], 'v4', 'v4.1.2'],
    [['v4.1.2', 'latest-release'], 'v4', 'v4.1.2'],
    [[], 'main', 'main'],
  ])('preciseTag(%j, %s) = %s', (tags, fallback, want) => expect(preciseTag(tags, fallback)).toBe(want));

  it('FROM ${ARG} is pinned in the ARG default; a reference built from fragments is never rewritten', () => {
    const [whole] = extractReferences('Dockerfile', 'dockerfile', 'ARG B=node:20\nFROM ${B}\n');
    expect(imageFix(whole, 'sha256:1')?.edits).toEqual([
      { line: 1, column: 7, endLine: 1, endColumn: 14, newText: 'node:20@sha256:1' },
    ]);
    const [fragment] = extractReferences('Dockerfile', 'dockerfile', 'ARG V=20\nFROM node:${V}-alpine\n');
    expect(imageFix(fragment, 'sha256:1')).toBeUndefined();
  });
});
