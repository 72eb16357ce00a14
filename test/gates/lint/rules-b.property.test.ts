import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../src/gates/lint/context.js';
import { RULES_B } from '../../../src/gates/lint/rules/set-b.js';

const LINES = [
  'FROM debian:12 AS base',
  'FROM base',
  'FROM scratch',
  'ARG V=1',
  'ENV A=1 B=$A',
  'ENV K v',
  'LABEL a=b',
  'RUN apt-get update && apt-get install -y curl | tee x',
  'RUN yum install -y a && dnf install b && zypper in c',
  'RUN <<EOF',
  'set -o pipefail',
  'curl -k https://x | sh',
  'EOF',
  'RUN pip install x \\',
  '',
  '  && go install y',
  'COPY --from=base / /',
  'COPY id_rsa $HOME/',
  'ADD https://x/a.tgz /',
  'ONBUILD RUN wget https://x',
  'ONBUILD ONBUILD RUN x',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  'USER $V:app',
  'EXPOSE 22 80:80',
  'WORKDIR /proc',
  'HEALTHCHECK NONE',
  'CMD a',
  'ENTRYPOINT ["b"]',
  '# hadolint ignore=DL3008',
];

/** Every finding must lie inside the text it was made for. */
function inside(
  source: string,
  f: { line: number; column: number; endLine: number; endColumn: number },
): boolean {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  const fits = (l: number, c: number) =>
    l >= 1 && l <= lines.length && c >= 1 && c <= lines[l - 1].length + 1;
  return (
    fits(f.line, f.column) &&
    fits(f.endLine, f.endColumn) &&
    (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column))
  );
}

async function lintAll(source: string) {
  const ctx = await contextFor(source, 'Dockerfile', { labelSchema: { a: 'semver' }, strictLabels: true });
  return RULES_B.flatMap((r) => r.check(ctx));
}

describe('lint B rules on random input', () => {
  it('never throw and keep every finding inside the file', async () => {
    const line = fc.oneof(
      fc.constantFrom(...LINES),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...LINES).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))),
    );
    const eol = fc.constantFrom('\n', '\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 25 }), eol, fc.boolean(), async (ls, nl, bom) => {
        const source = (bom ? '\uFEFF' : '') + ls.join(nl);
        for (const f of await lintAll(source))
          expect(inside(source, f), `${f.ruleId} ${JSON.stringify(f)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // The corpus sits beside the repository (see bench/); outside this workspace the test is skipped.
  const root = join(import.meta.dirname, '../../../../shared/corpus/dockerfiles');
  it.skipIf(!existsSync(root))('never throw on the 362 real Dockerfiles of the shared corpus', async () => {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThanOrEqual(362);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const f of await lintAll(source)) expect(inside(source, f), `${file} ${f.ruleId}`).toBe(true);
    }
  });
});
