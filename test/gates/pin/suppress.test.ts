import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import { applyPinSuppressions } from '../../../src/gates/pin/suppress.js';

function finding(ruleId: string, line: number): Finding {
  return { ruleId, severity: 'error', message: 'm', file: 'f', line, column: 1, endLine: line, endColumn: 2 };
}

function suppressed(text: string, findings: [string, number][]): boolean[] {
  const list = findings.map(([id, line]) => finding(id, line));
  applyPinSuppressions(list, new Map([['f', text]]));
  return list.map((f) => f.suppressed?.kind === 'inline');
}

describe('pin suppressions', () => {
  it.each([
    [
      'next-line pragma',
      '# portcullis ignore=PP001\nFROM node:20\nFROM node:22\n',
      [
        ['PP001', 2],
        ['PP001', 3],
      ],
      [true, false],
    ],
    [
      'only the named rule',
      '# portcullis ignore=PP001\nFROM node:latest\n',
      [
        ['PP001', 2],
        ['PP003', 2],
      ],
      [true, false],
    ],
    [
      'several rules',
      '# portcullis ignore=PP001, PP003\nFROM node:latest\n',
      [
        ['PP001', 2],
        ['PP003', 2],
      ],
      [true, true],
    ],
    [
      'same-line pragma in YAML',
      'a:\n  image: node:20 # portcullis ignore=PP001\n  x: 1\n',
      [
        ['PP001', 2],
        ['PP001', 3],
      ],
      [true, false],
    ],
    [
      'file pragma',
      'x: 1\n# portcullis file ignore=PP006\nimage: node:16\n',
      [
        ['PP006', 3],
        ['PP001', 3],
      ],
      [true, false],
    ],
    [
      'ratchet:exclude on the line',
      '- uses: a/b@v1 # ratchet:exclude\n- uses: c/d@v1\n',
      [
        ['PP002', 1],
        ['PP002', 2],
      ],
      [true, false],
    ],
    ['other tools are not ours', '# hadolint ignore=PP001\nFROM node:20\n', [['PP001', 2]], [false]],
    ['CRLF lines', '# portcullis ignore=PP001\r\nFROM node:20\r\n', [['PP001', 2]], [true]],
    [
      'a # inside a value is not a comment',
      'image: "node:20#portcullis ignore=PP001"\n',
      [['PP001', 1]],
      [false],
    ],
  ] as [string, string, [string, number][], boolean[]][])('%s', (_name, text, findings, want) => {
    expect(suppressed(text, findings)).toEqual(want);
  });

  it('keeps suppressed findings in the list, with the reason', () => {
    const list = [finding('PP001', 2)];
    applyPinSuppressions(
      list,
      new Map([['f', '# portcullis ignore=PP001 # docker-library images must not pin\nFROM x\n']]),
    );
    expect(list).toHaveLength(1);
    expect(list[0].suppressed).toEqual({
      kind: 'inline',
      justification: 'docker-library images must not pin',
    });
  });
});
