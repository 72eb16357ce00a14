import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import { DEFAULT_SETTINGS, makeContext } from '../../../src/gates/lint/context.js';
import { initShell, parseDockerfile } from '../../../src/gates/lint/parse/index.js';
import { applyPragmas } from '../../../src/gates/lint/pragmas.js';
import { RULES } from '../../../src/gates/lint/rules/index.js';

beforeAll(() => initShell());

const metas = new Map(RULES.map((r) => [r.meta.id, r.meta]));

/** Active findings of `ids` after pragmas, as `RULE@line`. */
function active(lines: string[], ids: string[], disable = false): string[] {
  const model = parseDockerfile(`${lines.join('\n')}\n`);
  const ctx = makeContext(model, 'Dockerfile', DEFAULT_SETTINGS);
  const findings: Finding[] = RULES.filter((r) => ids.includes(r.meta.id)).flatMap((r) => r.check(ctx));
  applyPragmas(findings, model, metas, disable);
  return findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId}@${f.line}`);
}

describe('ignore pragmas', () => {
  it('ignores the listed rules on the next instruction only', () => {
    const df = ['FROM debian:12', '# hadolint ignore=DL3004', 'RUN sudo a', 'RUN sudo b'];
    expect(active(df, ['DL3004'])).toEqual(['DL3004@4']);
  });

  it('covers every line of a multi-line instruction', () => {
    const df = ['FROM debian:12', '# hadolint ignore=DL3004', 'RUN true && \\', '  sudo a'];
    expect(active(df, ['DL3004'])).toEqual([]);
  });

  it('does nothing when a comment or blank line sits between pragma and instruction', () => {
    const df = ['FROM debian:12', '# hadolint ignore=DL3004', '', 'RUN sudo a'];
    expect(active(df, ['DL3004'])).toEqual(['DL3004@4']);
  });

  it('allows spaces, a trailing comment and several ids', () => {
    const df = [
      'FROM debian:12 AS s',
      '# hadolint ignore = DL3023 , DL3021 # copied on purpose',
      'COPY --from=s a b .',
    ];
    expect(active(df, ['DL3021', 'DL3023'])).toEqual([]);
  });

  it('drops a whole hadolint list that names something that is not a rule', () => {
    const df = ['FROM debian:12', '# hadolint ignore=whatever,DL3004', 'RUN sudo a'];
    expect(active(df, ['DL3004'])).toEqual(['DL3004@3']);
  });

  it('accepts the same forms with portcullis, including PL ids', () => {
    const df = ['FROM debian:12', '# portcullis ignore=DL3004,PL001', 'RUN sudo a'];
    expect(active(df, ['DL3004'])).toEqual([]);
  });

  it('a global pragma anywhere covers the whole file', () => {
    const df = ['FROM debian:12', 'RUN sudo a', '# hadolint global ignore=DL3004', 'RUN sudo b'];
    expect(active(df, ['DL3004'])).toEqual([]);
  });

  it('a stage pragma covers its stage and not the next one', () => {
    const df = [
      'FROM debian:12',
      'EXPOSE 70000',
      '# hadolint stage ignore=DL3011',
      'FROM debian:12',
      'EXPOSE 70000',
      'FROM debian:12',
      'EXPOSE 70000',
    ];
    expect(active(df, ['DL3011'])).toEqual(['DL3011@2', 'DL3011@7']);
  });

  it('disable-ignore-pragma turns every ignore pragma off', () => {
    const df = [
      '# hadolint global ignore=DL3004',
      'FROM debian:12',
      '# hadolint ignore=DL3004',
      'RUN sudo a',
    ];
    expect(active(df, ['DL3004'], true)).toEqual(['DL3004@4']);
  });

  it('# check=skip suppresses rules by their BuildKit name, and skip=all every rule with one', () => {
    const dup = ['FROM debian:12 AS a', 'FROM debian:12 AS a', 'WORKDIR rel'];
    expect(active(['# check=skip=DuplicateStageName', ...dup], ['DL3024', 'DL3000'])).toEqual(['DL3000@4']);
    expect(active(['# check=skip=all', ...dup], ['DL3024', 'DL3000'])).toEqual([]);
    expect(active(dup, ['DL3024'])).toEqual(['DL3024@2']);
  });
});
