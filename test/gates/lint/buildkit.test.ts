import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShell, keyValues, parseDockerfile, parseErrors } from '../../../src/gates/lint/parse/index.js';

// Fixtures from moby/buildkit (Apache-2.0); see test/fixtures/lint/buildkit/README.md.
const ROOT = join(import.meta.dirname, '../../fixtures/lint/buildkit');
const positive = readdirSync(join(ROOT, 'testfiles'));

beforeAll(() => initShell());

/** The instruction keywords of a BuildKit `result` file, one S-expression per line. */
function expectedKeywords(dir: string): string[] {
  return readFileSync(join(ROOT, 'testfiles', dir, 'result'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('('))
    .map((l) => (/^\((\S+?)[\s)]/.exec(l)?.[1] ?? '').toUpperCase());
}

describe('BuildKit parser test files', () => {
  it('has the positive cases', () => expect(positive.length).toBeGreaterThanOrEqual(30));

  it.each(positive)('%s parses like BuildKit, without a parse error', (dir) => {
    const model = parseDockerfile(readFileSync(join(ROOT, 'testfiles', dir, 'Dockerfile'), 'utf8'));
    expect(parseErrors(model)).toEqual([]);
    expect(model.instructions.map((i) => i.keyword)).toEqual(expectedKeywords(dir));
  });

  it('an escaped backslash at the end of a line is not a continuation (trailing-backslash)', () => {
    const model = parseDockerfile(
      readFileSync(join(ROOT, 'testfiles/trailing-backslash/Dockerfile'), 'utf8'),
    );
    const env = model.instructions.filter((i) => i.keyword === 'ENV').map((i) => keyValues(i)[0]);
    expect(env.map((kv) => [kv.key, kv.value])).toEqual([
      ['A', 'path'],
      ['B', 'another\\\\path'],
      ['C', 'trailing\\\\backslash\\\\'],
      ['D', 'This should not be appended to C'],
      ['E', 'helloworld'],
      ['F', 'hello world'],
      ['G', 'hello world'],
    ]);
  });

  it.each([
    ['env_no_value', 'ENV must have two arguments', [3, 1]],
    ['shykes-nested-json', 'CMD arguments must be a JSON array of strings', [1, 5]],
  ] as const)('negative case %s is a parse error at its exact place', (dir, message, [line, column]) => {
    const model = parseDockerfile(readFileSync(join(ROOT, 'testfiles-negative', dir, 'Dockerfile'), 'utf8'));
    const [error] = parseErrors(model);
    expect(error.message).toContain(message);
    expect(model.index.position(error.start)).toEqual({ line, column });
  });

  it.each(['empty_dockerfile', 'only_comments'])('negative case %s has no instructions', (dir) => {
    const model = parseDockerfile(readFileSync(join(ROOT, 'testfiles-negative', dir, 'Dockerfile'), 'utf8'));
    expect(model.instructions).toEqual([]);
  });
});
