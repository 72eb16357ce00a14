import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFor } from '../../../src/gates/lint/context.js';
import {
  findShellcheck,
  ShellcheckCache,
  scriptsOf,
  shellcheckFindings,
} from '../../../src/gates/lint/shellcheck.js';

const dir = mkdtempSync(join(tmpdir(), 'sc-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(source: string, options = {}) {
  const ctx = await contextFor(source);
  const result = await shellcheckFindings(ctx, options);
  return {
    ...result,
    hits: result.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.endLine, f.endColumn]),
  };
}

describe('ShellCheck integration', async () => {
  const available = (await findShellcheck()) !== undefined;

  it('finds shellcheck on PATH (scripts/test-setup.sh installs it)', () => {
    expect(available).toBe(true);
  });

  it('maps findings through line continuations back to the Dockerfile', async () => {
    const r = await check('FROM debian:12\nRUN echo start && \\\n    echo $1 && cd /tmp\n');
    expect(r.hits).toEqual([
      ['SC2086', 'info', 3, 10, 3, 12],
      ['SC2164', 'warning', 3, 16, 3, 23],
    ]);
  });

  it('keeps columns exact after tabs and in CRLF files', async () => {
    const r = await check('FROM debian:12\r\nRUN\techo $1\r\n');
    expect(r.hits).toEqual([['SC2086', 'info', 2, 10, 2, 12]]);
  });

  it('exports ARG and ENV names so they are not reported as unassigned', async () => {
    const declared = await check(
      'FROM debian:12\nARG version\nENV home_dir=/x\nRUN echo "$version $home_dir"\n',
    );
    expect(declared.hits).toEqual([]);
    const undeclared = await check('FROM debian:12\nRUN echo "$version"\n');
    expect(undeclared.hits).toEqual([['SC2154', 'warning', 2, 11, 2, 19]]);
  });

  it('checks with the dialect of SHELL', async () => {
    const sh = await check('FROM debian:12\nRUN [[ -f /a ]] && echo a\n');
    expect(sh.hits.map((h) => h[0])).toEqual(['SC3010']);
    const bash = await check('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN [[ -f /a ]] && echo a\n');
    expect(bash.hits).toEqual([]);
  });

  it('checks heredoc bodies with their own shebang, and skips bodies in other languages', async () => {
    const r = await check(
      'FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho $1\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n',
    );
    expect(r.hits).toEqual([['SC2086', 'info', 4, 6, 4, 8]]);
  });

  it('checks a heredoc fed to bash with bash', async () => {
    const r = await check('FROM debian:12\nRUN bash <<EOF\n[[ -n "$HOME" ]] && echo $1\nEOF\n');
    expect(r.hits).toEqual([['SC2086', 'info', 3, 26, 3, 28]]);
  });

  it('checks a heredoc piped into bash with bash, and not one piped into bash -c', async () => {
    const r = await check(
      'FROM debian:12\nRUN cat <<EOF | bash\n[[ -n "$HOME" ]] && echo $1\nEOF\nRUN cat <<EOF | bash -c "cat >/x"\necho $1\nEOF\n',
    );
    expect(r.hits).toEqual([['SC2086', 'info', 3, 26, 3, 28]]);
  });

  it('leaves out the codes hadolint excludes and the ones asked for', async () => {
    const r = await check('FROM debian:12\nRUN . /etc/os-release && echo $1\n');
    expect(r.hits.map((h) => h[0])).toEqual(['SC2086']);
    const excluded = await check('FROM debian:12\nRUN echo $1\n', { exclude: ['SC2086', 'DL3008'] });
    expect(excluded.hits).toEqual([]);
  });

  it('checks ONBUILD RUN and skips exec form and PowerShell', async () => {
    const r = await check(
      'FROM debian:12\nONBUILD RUN echo $1\nRUN ["sh", "-c", "echo $1"]\nSHELL ["powershell", "-Command"]\nRUN Write-Host $x\n',
    );
    expect(r.hits).toEqual([['SC2086', 'info', 2, 18, 2, 20]]);
    const ctx = await contextFor('FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN echo $x\n');
    expect(ctx.withTriggers.flatMap((i) => scriptsOf(i))).toEqual([]);
  });

  it('runs one shellcheck process per Dockerfile', async () => {
    const log = join(dir, 'calls.log');
    const wrapper = join(dir, 'shellcheck-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\necho call >> "${log}"\nexec "${await findShellcheck()}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const r = await check('FROM debian:12\nRUN echo $1\nRUN echo $2\nONBUILD RUN echo $3\n', {
      binary: wrapper,
    });
    expect(r.hits).toHaveLength(3);
    expect(readFileSync(log, 'utf8')).toBe('call\n');
  });

  it('does not check a script again that the run has checked, unless the exclusions differ', async () => {
    const log = join(dir, 'cached.log');
    const wrapper = join(dir, 'shellcheck-cached');
    writeFileSync(wrapper, `#!/bin/sh\necho call >> "${log}"\nexec "${await findShellcheck()}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const source = 'FROM debian:12\nRUN echo $1 $2\n';
    const cache = new ShellcheckCache();
    const first = await check(source, { binary: wrapper, cache });
    const again = await check(`# moved down\n${source}`, { binary: wrapper, cache });
    expect(first.hits).toEqual([
      ['SC2086', 'info', 2, 10, 2, 12],
      ['SC2086', 'info', 2, 13, 2, 15],
    ]);
    expect(again.hits).toEqual([
      ['SC2086', 'info', 3, 10, 3, 12],
      ['SC2086', 'info', 3, 13, 3, 15],
    ]);
    expect(readFileSync(log, 'utf8')).toBe('call\n');
    const excluded = await check(source, { binary: wrapper, exclude: ['SC2086'], cache });
    expect(excluded.hits).toEqual([]);
    expect(readFileSync(log, 'utf8')).toBe('call\ncall\n');
    await check(source, { binary: wrapper });
    expect(readFileSync(log, 'utf8')).toBe('call\ncall\ncall\n');
  });

  it('says that SC rules were skipped when shellcheck is missing, without failing', async () => {
    const r = await check('FROM debian:12\nRUN echo $1\n', { binary: join(dir, 'no-such-shellcheck') });
    expect(r.findings).toEqual([]);
    expect(r.skipped).toMatch(/SC rules were skipped/);
    expect(r.error).toBeUndefined();
  });

  it('reports a shellcheck that fails as an error, not as a pass', async () => {
    const broken = join(dir, 'broken-shellcheck');
    writeFileSync(broken, '#!/bin/sh\necho boom >&2\nexit 3\n');
    chmodSync(broken, 0o755);
    const r = await check('FROM debian:12\nRUN echo $1\n', { binary: broken });
    expect(r.findings).toEqual([]);
    expect(r.error).toMatch(/exit 3.*boom/);
  });

  it('does not start shellcheck for a Dockerfile without shell RUNs', async () => {
    const r = await check('FROM debian:12\nCOPY a /a\n', { binary: join(dir, 'no-such-shellcheck') });
    expect(r).toMatchObject({ findings: [], hits: [] });
    expect(r.skipped).toBeUndefined();
  });
});
