import { beforeAll, describe, expect, it } from 'vitest';
import {
  argsNoFlags,
  flagsOf,
  flagValue,
  initShell,
  keyValues,
  parseDockerfile,
  parseErrors,
  parseImage,
} from '../../../src/gates/lint/parse/index.js';
import { expand } from '../../../src/gates/lint/parse/vars.js';

beforeAll(() => initShell());

const parse = (...lines: string[]) => parseDockerfile(`${lines.join('\n')}\n`);
const commands = (m: ReturnType<typeof parse>) =>
  m.instructions
    .flatMap((i) => [i, ...(i.trigger ? [i.trigger] : [])])
    .flatMap((i) => i.scripts.flatMap((s) => s.commands));
const pos = (m: ReturnType<typeof parse>, offset: number) => m.index.position(offset);

describe('parser directives', () => {
  it('reads syntax, escape and check at the top only', () => {
    const m = parse(
      '# syntax=docker/dockerfile:1.7',
      '# escape=`',
      '# check=skip=UndefinedVar;error=true',
      'FROM a:1',
    );
    expect(m.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['escape', '`'],
      ['check', 'skip=UndefinedVar;error=true'],
    ]);
    expect(m.escapeChar).toBe('`');
  });

  it('a backtick escape makes backslashes literal and backticks continue lines', () => {
    const m = parse('# escape=`', 'FROM a:1', 'COPY x.txt c:\\', 'RUN echo a `', '  b');
    expect(m.instructions.map((i) => i.keyword)).toEqual(['FROM', 'COPY', 'RUN']);
    expect(m.instructions[2].args.text).toBe('echo a   b');
  });
});

describe('continuations', () => {
  it('drops comment and empty lines inside a continuation and maps offsets back', () => {
    const m = parse('FROM a:1', 'RUN apt-get install \\', '# a comment', '', '  -y curl=1');
    const [cmd] = commands(m);
    expect(cmd.args.map((a) => a.text)).toEqual(['install', '-y', 'curl=1']);
    expect(pos(m, cmd.args[2].start)).toEqual({ line: 5, column: 6 });
  });
});

describe('heredocs', () => {
  it('keeps several heredocs on one line apart and does not read data as commands', () => {
    const m = parse('FROM a:1', 'RUN <<A cat > a && <<"B" cat > b', 'foo', 'A', 'bar $X', 'B');
    const run = m.instructions[1];
    expect(run.heredocs.map((h) => [h.name, h.body.text])).toEqual([
      ['A', 'foo'],
      ['B', 'bar $X'],
    ]);
    expect(commands(m).map((c) => c.name)).toEqual(['cat', 'cat']);
  });

  it('<<- strips nothing we need and still terminates on a tab-indented delimiter', () => {
    const m = parse('FROM a:1', 'RUN <<-EOT', '\techo hi', '\tEOT', 'USER app');
    expect(m.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'USER']);
    expect(commands(m).map((c) => c.name)).toEqual(['echo']);
  });

  it('reads the body of RUN <<EOF bash and of a sh shebang as shell, but not a python one', () => {
    const m = parse(
      'FROM a:1',
      'RUN <<EOF bash',
      'set -o pipefail',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'import os',
      'EOF',
      'RUN <<EOF',
      '#!/bin/sh',
      'ls /',
      'EOF',
      'RUN python3 <<EOF',
      'print(1)',
      'EOF',
    );
    expect(commands(m).map((c) => c.name)).toEqual(['bash', 'set', 'ls', 'python3']);
  });

  it('reads a heredoc piped into a shell as a script, not one piped into sh -c or written to a file', () => {
    const m = parse(
      'FROM a:1',
      'RUN cat <<EOF | sh',
      'one',
      'EOF',
      'RUN set -e; cat <<EOF | sudo bash -s && true',
      'two',
      'EOF',
      'RUN cat <<EOF | sh -c "cat > /x"',
      'data',
      'EOF',
      'RUN cat <<EOF > /x && sh /x',
      'data',
      'EOF',
    );
    const bodyCommands = m.instructions.map((i) =>
      i.scripts.slice(1).flatMap((s) => s.commands.map((c) => c.name)),
    );
    expect(bodyCommands).toEqual([[], ['one'], ['two'], [], []]);
    expect(pos(m, m.instructions[1].scripts[1].commands[0].start)).toEqual({ line: 3, column: 1 });
  });

  it('reads a heredoc whose delimiter is escaped (<<-\\EOT) and one that follows a continuation', () => {
    const m = parse(
      'FROM a:1',
      'RUN <<-\\EOT',
      '\techo $HOME',
      '\tEOT',
      'RUN apt-get update && \\',
      '  cat <<EOF > /x',
      'data',
      'EOF',
      'USER app',
    );
    expect(m.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN', 'USER']);
    expect(commands(m).map((c) => c.name)).toEqual(['echo', 'apt-get', 'cat']);
  });

  it('COPY <<EOF is an inline file with its destination', () => {
    const m = parse('FROM a:1', 'COPY <<EOF /etc/motd', 'hello', 'EOF');
    const copy = m.instructions[1];
    expect(copy.heredocs[0].body.text).toBe('hello');
    expect(parseErrors(m)).toEqual([]);
  });

  it('an unterminated heredoc is a parse error at its marker', () => {
    const m = parse('FROM a:1', 'RUN <<EOF', 'echo');
    const [error] = parseErrors(m);
    expect(error.message).toContain('unterminated heredoc EOF');
    expect(pos(m, error.start)).toEqual({ line: 2, column: 5 });
  });
});

describe('variables', () => {
  it('global ARGs reach FROM only; a stage redeclares them', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, not a template
    const m = parse('ARG TAG=12', 'FROM debian:${TAG}', 'RUN true', 'ARG TAG', 'RUN true');
    expect(m.stages[0].resolvedImage).toBe('debian:12');
    expect(m.instructions[2].scope.has('TAG')).toBe(false);
    expect(m.instructions[4].scope.get('TAG')).toBe('12');
  });

  it('ENV carries into a stage built on an earlier one; ARG does not', () => {
    const m = parse('FROM a:1 AS base', 'ENV E=1', 'ARG A=2', 'FROM base', 'RUN true');
    expect(m.instructions[4].scope.get('E')).toBe('1');
    expect(m.instructions[4].scope.has('A')).toBe(false);
  });

  it('a child stage inherits the ENV and SHELL its parent ended with, through several stages', () => {
    const m = parse(
      'FROM a:1 AS base',
      'SHELL ["/bin/bash", "-c"]',
      'ENV E=1',
      'FROM base AS mid',
      'ENV F=2',
      'SHELL ["/bin/zsh", "-c"]',
      'FROM mid',
      'RUN true',
    );
    expect(m.stages.map((s) => s.endShell[0])).toEqual(['/bin/bash', '/bin/zsh', '/bin/zsh']);
    expect(m.instructions[4].shell[0]).toBe('/bin/bash');
    expect(m.instructions[4].scope.get('E')).toBe('1');
    const run = m.instructions[7];
    expect(run.shell).toEqual(['/bin/zsh', '-c']);
    expect([run.scope.get('E'), run.scope.get('F')]).toEqual(['1', '2']);
    expect(m.stages[2].envNames).toEqual(new Set(['E', 'F']));
  });

  it('a stage not built on an earlier one starts from /bin/sh and no ENV', () => {
    const m = parse('FROM a:1 AS base', 'SHELL ["/bin/bash", "-c"]', 'ENV E=1', 'FROM base:2', 'RUN true');
    expect(m.instructions[4].shell).toEqual(['/bin/sh', '-c']);
    expect(m.instructions[4].scope.has('E')).toBe(false);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, not a template
  it('expands ${v:-w}, ${v:+w}, ${v-w} and keeps \\$ literal', () => {
    const scope = new Map<string, string | undefined>([
      ['SET', 'x'],
      ['EMPTY', ''],
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, not a template
    expect(expand('${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${SET:+y} ${UNSET:+y} \\$SET', scope).value).toBe(
      'd d  y  $SET',
    );
  });
});

describe('syntax variants', () => {
  it('reads lowercase instructions, a BOM and CRLF line ends', () => {
    const m = parseDockerfile('\uFEFFfrom a:1\r\nrun apt-get install -y \\\r\n  curl=1\r\n');
    expect(m.bom).toBe(true);
    expect(m.instructions.map((i) => [i.keyword, i.keywordText])).toEqual([
      ['FROM', 'from'],
      ['RUN', 'run'],
    ]);
    expect(commands(m)[0].args.map((a) => a.text)).toEqual(['install', '-y', 'curl=1']);
  });

  it('reads RUN and COPY/ADD flags with their exact ranges', () => {
    const m = parse(
      'FROM a:1',
      'RUN --mount=type=cache,target=/root/.cache --network=none --security=insecure make',
      'COPY --chmod=755 --chown=1:1 --link --parents --exclude=*.md src/ /dst/',
      'ADD --checksum=sha256:abc https://x/y.tgz /y',
    );
    const [, run, copy, add] = m.instructions;
    expect(run.flags.map((f) => [f.name, f.value])).toEqual([
      ['mount', 'type=cache,target=/root/.cache'],
      ['network', 'none'],
      ['security', 'insecure'],
    ]);
    expect(pos(m, run.flags[1].start)).toEqual({ line: 2, column: 44 });
    expect(copy.flags.map((f) => f.name)).toEqual(['chmod', 'chown', 'link', 'parents', 'exclude']);
    expect(add.flags[0]).toMatchObject({ name: 'checksum', value: 'sha256:abc' });
    expect(commands(m).map((c) => c.name)).toEqual(['make']);
  });

  it('keeps inner whitespace of exec-form strings (dockerfile-ast drops it)', () => {
    const m = parse('FROM a:1', 'CMD ["sh", "-c", "a  b\\tc"]');
    expect(m.instructions[1].exec?.values).toEqual(['sh', '-c', 'a  b\tc']);
  });

  it('reads the script of an exec-form sh -c / bash -c with positions inside the JSON string', () => {
    const m = parse(
      'FROM a:1',
      'RUN ["/bin/bash", "-o", "pipefail", "-ec", "echo \\"a b\\" | tee \\u0078"]',
      'RUN ["busybox", "sh", "-c", "ls"]',
      'RUN ["bash", "script.sh", "-c", "ls"]',
      'RUN ["python3", "-c", "print(1)"]',
    );
    const [run, busybox, file, python] = m.instructions.slice(1);
    expect(run.shell).toEqual(['/bin/bash', '-o', 'pipefail', '-ec']);
    const [echo, tee] = run.scripts[0].commands;
    expect([echo.name, echo.args[0].text, tee.name, tee.args[0].text]).toEqual(['echo', 'a b', 'tee', 'x']);
    expect(pos(m, echo.start)).toEqual({ line: 2, column: 45 });
    expect(pos(m, tee.start)).toEqual({ line: 2, column: 60 });
    expect([pos(m, tee.args[0].start), pos(m, tee.args[0].end)]).toEqual([
      { line: 2, column: 64 },
      // an escape sequence maps to its backslash, so a range ending in one ends just after it
      { line: 2, column: 65 },
    ]);
    expect(pos(m, run.scripts[0].pipes[0].start)).toEqual({ line: 2, column: 58 });
    expect(busybox.scripts[0].commands.map((c) => c.name)).toEqual(['ls']);
    expect([file.scripts, python.scripts]).toEqual([[], []]);
  });

  it('falls back to shell form for invalid JSON, as BuildKit does', () => {
    const m = parse('FROM a:1', "CMD ['single', 'quotes']");
    expect(m.instructions[1].exec).toBeUndefined();
    expect(parseErrors(m)).toEqual([]);
  });

  it('keeps the tag of host:port/img:tag@digest (dockerfile-ast loses it)', () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    expect(parseImage(`localhost:5000/img:1.2@${digest}`)).toEqual({
      registry: 'localhost:5000',
      path: 'img',
      tag: '1.2',
      digest,
    });
  });

  it('reads ONBUILD triggers as instructions, RUN scripts included', () => {
    const m = parse('FROM a:1', 'ONBUILD RUN sudo make', 'ONBUILD COPY . /app');
    expect(m.instructions[1].trigger?.keyword).toBe('RUN');
    expect(m.instructions[2].trigger?.keyword).toBe('COPY');
    expect(commands(m).map((c) => c.name)).toEqual(['sudo']);
  });

  it('skips shell parsing under a Windows SHELL and under a shell pragma', () => {
    const m = parse(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'SHELL ["powershell", "-Command"]',
      'RUN Get-ChildItem | Select-Object Name',
      'FROM a:1',
      '# hadolint shell=pwsh',
      'RUN Get-Item x',
      'FROM a:1',
      'RUN ls',
    );
    expect(m.instructions[2].shell).toEqual(['powershell', '-Command']);
    expect(m.instructions[4].shell[0]).toBe('pwsh');
    expect(m.instructions[6].shell[0]).toBe('/bin/sh');
    expect(commands(m).map((c) => c.name)).toEqual(['ls']);
  });
});

describe('shell commands', () => {
  it('finds commands after &&, ;, ||, in pipes, subshells and command substitutions', () => {
    const m = parse('FROM a:1', 'RUN a && b; c || d | e && (f) && { g; } && h "$(i)"');
    expect(commands(m).map((c) => c.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('the same script text at other offsets (parsed once) maps to each file on its own', () => {
    const a = parse('FROM a:1', 'RUN sudo make | tee log');
    const b = parse('FROM a:1', 'ENV X=1', '', 'RUN  sudo make | tee log');
    expect(commands(a).map((c) => [pos(a, c.start), pos(a, c.args[0].start)])).toEqual([
      [
        { line: 2, column: 5 },
        { line: 2, column: 10 },
      ],
      [
        { line: 2, column: 17 },
        { line: 2, column: 21 },
      ],
    ]);
    expect(commands(b).map((c) => [pos(b, c.start), pos(b, c.args[0].start)])).toEqual([
      [
        { line: 4, column: 6 },
        { line: 4, column: 11 },
      ],
      [
        { line: 4, column: 18 },
        { line: 4, column: 22 },
      ],
    ]);
    expect(pos(b, b.instructions[2].scripts[0].pipes[0].start)).toEqual({ line: 4, column: 16 });
  });

  it('pipes are the joins of pipelines (| and |&), not the | between case patterns', () => {
    const m = parse('FROM a:1', 'RUN case "$a" in amd64|arm64) x ;; esac && b |& c | d');
    const run = m.instructions[1];
    expect(run.scripts[0].pipes.map((p) => [pos(m, p.start).column, pos(m, p.end).column])).toEqual([
      [46, 48],
      [51, 52],
    ]);
    expect(run.scripts[0].pipelines.map((p) => p.map((c) => c.name))).toEqual([['b', 'c', 'd']]);
  });

  it('parses a RUN script on first use only, and once', () => {
    const m = parse('FROM a:1', 'RUN make');
    const run = m.instructions[1];
    expect(typeof Object.getOwnPropertyDescriptor(run, 'scripts')?.get).toBe('function');
    const first = run.scripts;
    expect(Object.getOwnPropertyDescriptor(run, 'scripts')?.get).toBeUndefined();
    expect(run.scripts).toBe(first);
    expect(first[0].commands.map((c) => c.name)).toEqual(['make']);
  });

  it('splits flags the way hadolint does and drops a flag argument', () => {
    const m = parse(
      'FROM a:1',
      'RUN apt-get -yqq install -t jessie-backports --no-install-recommends=1 curl',
    );
    const [cmd] = commands(m);
    expect(flagsOf(cmd)).toEqual(['y', 'q', 'q', 't', 'no-install-recommends']);
    expect(flagValue(cmd, 't')).toBe('jessie-backports');
    expect(argsNoFlags(cmd, ['t']).map((a) => a.text)).toEqual(['install', 'curl']);
  });

  it('a valued short flag takes the next word only when it ends its cluster', () => {
    const m = parse('FROM a:1', 'RUN apt-get install -yt bullseye a -tbookworm b -ty c -o=x d');
    const [cmd] = commands(m);
    expect(argsNoFlags(cmd, ['t', 'o']).map((a) => a.text)).toEqual(['install', 'a', 'b', 'c', 'd']);
  });

  it('unquotes arguments and marks expansions as dynamic', () => {
    const m = parse('FROM a:1', `RUN echo "a b" 'c' $X "\${Y}z"`);
    const [cmd] = commands(m);
    expect(cmd.args.map((a) => [a.text, a.dynamic])).toEqual([
      ['a b', false],
      ['c', false],
      ['$X', true],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile text, not a template
      ['${Y}z', true],
    ]);
  });
});

describe('parse errors (DL1000)', () => {
  it.each([
    [['FROM a:1', 'RUNN make'], 'unknown instruction: RUNN', [2, 1]],
    [['FROM a:1', 'COPY only-one'], 'COPY requires at least two arguments', [2, 1]],
    [['FROM'], 'FROM requires at least one argument', [1, 1]],
    [['FROM a:1', 'ENV PATH'], 'ENV must have two arguments', [2, 1]],
  ] as const)('%j', (lines, message, [line, column]) => {
    const m = parse(...lines);
    const [error] = parseErrors(m);
    expect(error.message).toContain(message);
    expect(pos(m, error.start)).toEqual({ line, column });
  });

  it('keyValues reads both ENV forms', () => {
    const m = parse('FROM a:1', 'ENV A=1 B="two words"', 'ENV C three words');
    expect(keyValues(m.instructions[1]).map((kv) => [kv.key, kv.value])).toEqual([
      ['A', '1'],
      ['B', 'two words'],
    ]);
    expect(keyValues(m.instructions[2]).map((kv) => [kv.key, kv.value])).toEqual([['C', 'three words']]);
  });
});
