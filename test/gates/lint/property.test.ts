import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, makeContext } from '../../../src/gates/lint/context.js';
import { initShell, parseDockerfile, parseErrors } from '../../../src/gates/lint/parse/index.js';
import { RULES } from '../../../src/gates/lint/rules/index.js';

beforeAll(() => initShell());

const SEED_LINES = [
  'FROM debian:12 AS base',
  'FROM --platform=$BUILDPLATFORM golang:1.22',
  'ARG V=1',
  'ENV A=1 B="x y"',
  'ENV LEGACY value with spaces',
  'RUN apt-get update && apt-get install -y curl=7 \\',
  '  && rm -rf /var/lib/apt/lists/*',
  'RUN <<EOF bash',
  'set -euo pipefail',
  'EOF',
  'RUN --mount=type=cache,target=/root/.cache pip install -r req.txt',
  'COPY --from=base --chmod=755 a b /dst/',
  'ADD https://example.com/x.tgz /x',
  'CMD ["sh", "-c", "echo  hi"]',
  'ENTRYPOINT run.sh',
  'USER root',
  'WORKDIR app',
  'EXPOSE 80/tcp 99999',
  'ONBUILD RUN sudo make',
  'SHELL ["powershell", "-c"]',
  'HEALTHCHECK CMD curl -f http://localhost/',
  '# hadolint ignore=DL3008',
  '# escape=`',
  'LABEL a=b',
  'RUN (cd /x; make) | tee log',
  '\\',
  '<<',
  '"',
  "'",
  '$',
  '${',
  '[',
];

/** Every finding lies inside the file: lines exist and columns stay within their line. */
function inside(
  text: string,
  f: { line: number; column: number; endLine: number; endColumn: number },
): boolean {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const within = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
  return (
    within(f.line, f.column) &&
    within(f.endLine, f.endColumn) &&
    (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column))
  );
}

function lintAll(text: string) {
  const model = parseDockerfile(text);
  const ctx = makeContext(model, 'Dockerfile', DEFAULT_SETTINGS);
  const errors = parseErrors(model);
  const findings = [
    ...errors.map((e) =>
      ctx.finding({ id: 'DL1000', title: '', severity: 'error', gate: 'lint' }, e, e.message),
    ),
    ...RULES.flatMap((r) => r.check(ctx)),
  ];
  return findings;
}

describe('lint never crashes and keeps positions inside the file', () => {
  it('on Dockerfiles assembled from real lines with random line ends, BOM and junk', () => {
    const line = fc.oneof(fc.constantFrom(...SEED_LINES), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (ls, eol, bom) => {
          const text = (bom ? '\uFEFF' : '') + ls.join(eol) + eol;
          for (const f of lintAll(text))
            expect(inside(text, f), `${f.ruleId} ${JSON.stringify(f)}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on mutations of a realistic Dockerfile (characters deleted, inserted, duplicated)', () => {
    const base = SEED_LINES.slice(0, 25).join('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 6 }),
        (edits) => {
          let text = base;
          for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
          for (const f of lintAll(text))
            expect(inside(text, f), `${f.ruleId} ${JSON.stringify(f)}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
