import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import type { GateContext } from '../../../src/core/gate.js';
import { silentLogger } from '../../../src/core/gate.js';
import { run } from '../../../src/gates/lint/run.js';

/** A temporary project with the given files; HOME points inside it so no real config is found. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-gate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function context(cwd: string, over: Partial<GateContext> = {}): GateContext {
  return {
    cwd,
    targets: ['.'],
    config: {},
    options: { 'skip-shellcheck': true },
    env: { HOME: join(cwd, 'home'), XDG_CONFIG_HOME: join(cwd, 'xdg') },
    log: silentLogger,
    ...over,
  };
}

const active = (fs: Finding[]) => fs.filter((f) => !f.suppressed);
const ids = (fs: Finding[]) => [...new Set(active(fs).map((f) => f.ruleId))].sort();

const DOCKERFILE = ['FROM debian', 'RUN cd /x && sudo make', 'CMD node app.js', ''].join('\n');

describe('lint gate run', () => {
  it('lints every Dockerfile found, DL1000 for one that does not parse, the rest still linted', async () => {
    const dir = project({
      Dockerfile: DOCKERFILE,
      'svc/Dockerfile.prod': 'FROM alpine:latest\n',
      'broken/Containerfile': 'FROM a:1\nBOGUS thing\nRUN sudo x\n',
      'README.md': 'FROM nothing\n',
    });
    const out = await run(context(dir));
    expect(out.errors).toEqual([]);
    expect(out.scanned?.sort()).toEqual(['Dockerfile', 'broken/Containerfile', 'svc/Dockerfile.prod']);
    const broken = out.findings.filter((f) => f.file === 'broken/Containerfile');
    expect(broken.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([['DL1000', 2, 1, 6]]);
    expect(broken[0].message).toBe('unknown instruction: BOGUS');
    expect(ids(out.findings.filter((f) => f.file === 'svc/Dockerfile.prod'))).toEqual(['DL3007']);
    expect(ids(out.findings.filter((f) => f.file === 'Dockerfile'))).toEqual([
      'DL3003',
      'DL3004',
      'DL3006',
      'DL3025',
    ]);
  });

  it('reads .hadolint.yaml: ignored, override, trustedRegistries, failure-threshold, no-fail', async () => {
    const dir = project({
      Dockerfile: `${DOCKERFILE}FROM quay.io/x/y:1\n`,
      '.hadolint.yaml': [
        'ignored: [DL3003]',
        'override:',
        '  error: [DL3006]',
        '  style: [DL3004]',
        'trustedRegistries: [docker.io]',
        'failure-threshold: warning',
        'no-fail: true',
        'unknown-key-hadolint-ignores: 1',
      ].join('\n'),
    });
    const out = await run(context(dir));
    const by = (id: string) => out.findings.find((f) => f.ruleId === id);
    expect(by('DL3003')?.suppressed).toEqual({ kind: 'config', justification: 'ignored' });
    expect(by('DL3006')?.severity).toBe('error');
    expect(by('DL3004')?.severity).toBe('style');
    expect(by('DL3026')).toMatchObject({ line: 4, column: 6 });
    expect(out.failOn).toBe('warning');
    expect(out.noFail).toBe(true);
    expect(out.rules.find((r) => r.id === 'DL3006')?.severity).toBe('error');
    expect(out.notes).toContain('read hadolint settings from .hadolint.yaml');
  });

  it("searches hadolint's locations in order: the working directory before XDG and home", async () => {
    const dir = project({
      Dockerfile: DOCKERFILE,
      'xdg/hadolint.yaml': 'ignored: [DL3006]\n',
      'home/.hadolint.yaml': 'ignored: [DL3025]\n',
    });
    const fromXdg = await run(context(dir));
    expect(ids(fromXdg.findings)).toEqual(['DL3003', 'DL3004', 'DL3025']);
    writeFileSync(join(dir, '.hadolint.yml'), 'ignored: [DL3004]\n');
    const fromCwd = await run(context(dir));
    expect(ids(fromCwd.findings)).toEqual(['DL3003', 'DL3006', 'DL3025']);
  });

  it('a wrong type in .hadolint.yaml is a config error with its line', async () => {
    const dir = project({
      Dockerfile: DOCKERFILE,
      '.hadolint.yaml': 'ignored: [DL3003]\nstrict-labels: maybe\n',
    });
    await expect(run(context(dir))).rejects.toThrow(
      /\.hadolint\.yaml:2:\d+: .*strict-labels.* must be boolean/,
    );
  });

  it('reads HADOLINT_* variables, then portcullis.yaml, then options, lists adding up', async () => {
    const dir = project({ Dockerfile: `${DOCKERFILE}FROM quay.io/x/y:1\n` });
    const out = await run(
      context(dir, {
        env: {
          HOME: join(dir, 'home'),
          HADOLINT_IGNORE: 'DL3003,DL3004',
          HADOLINT_OVERRIDE_INFO: 'DL3006',
          HADOLINT_FAILURE_THRESHOLD: 'error',
          HADOLINT_NOFAIL: 'yes',
          HADOLINT_TRUSTED_REGISTRIES: 'docker.io',
        },
        config: { ignored: ['DL3025'] },
        options: { 'skip-shellcheck': true, 'override-error': ['DL3006'], 'trusted-registry': ['quay.io'] },
      }),
    );
    expect(ids(out.findings)).toEqual(['DL3006']);
    expect(out.findings.find((f) => f.ruleId === 'DL3006')?.severity).toBe('error');
    expect(out.failOn).toBe('error');
    expect(out.noFail).toBe(true);
  });

  it('honours hadolint ignore, global ignore, stage ignore and BuildKit check=skip pragmas', async () => {
    const dir = project({
      Dockerfile: [
        '# check=skip=DuplicateStageName',
        '# hadolint global ignore=DL3025',
        'FROM debian AS a',
        '# hadolint ignore=DL3003, DL3004 # not here',
        'RUN cd /x && \\',
        '  sudo make',
        'RUN cd /y',
        'CMD run',
        '# portcullis stage ignore=DL3003',
        'FROM debian:12 AS a',
        'RUN cd /z',
        'FROM debian:12',
        'RUN cd /w',
        '',
      ].join('\n'),
    });
    const out = await run(context(dir));
    const rows = out.findings.map((f) => [f.ruleId, f.line, !!f.suppressed]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['DL3003', 5, true],
        ['DL3004', 6, true],
        ['DL3003', 7, false],
        ['DL3025', 8, true],
        ['DL3003', 11, true],
        ['DL3003', 13, false],
        ['DL3024', 10, true],
      ]),
    );
    const off = await run(
      context(dir, { options: { 'skip-shellcheck': true, 'disable-ignore-pragma': true } }),
    );
    expect(off.findings.filter((f) => f.ruleId === 'DL3003').every((f) => !f.suppressed)).toBe(true);
    expect(off.findings.find((f) => f.ruleId === 'DL3024')?.suppressed).toBeTruthy();
  });

  it('turns on DL1001 only when a config names it', async () => {
    const dir = project({ Dockerfile: 'FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /x\n' });
    expect(ids((await run(context(dir))).findings)).toEqual([]);
    const on = await run(context(dir, { config: { override: { warning: ['DL1001'] } } }));
    expect(active(on.findings).map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['DL1001', 'warning', 2],
    ]);
  });

  it('--fix applies safe fixes and leaves every other byte as it was (CRLF, BOM, comments)', async () => {
    const source =
      '\uFEFF# keep me\r\nFROM debian:12\r\nRUN apt-get update && apt-get install curl=1 \\\r\n  && rm -rf /var/lib/apt/lists/*\r\nCMD node app.js\r\nADD a.txt /a\r\n';
    const dir = project({ Dockerfile: source });
    const out = await run(context(dir, { options: { 'skip-shellcheck': true, fix: true } }));
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
      '\uFEFF# keep me\r\nFROM debian:12\r\nRUN apt-get update && apt-get install -y --no-install-recommends curl=1 \\\r\n  && rm -rf /var/lib/apt/lists/*\r\nCMD ["node", "app.js"]\r\nCOPY a.txt /a\r\n',
    );
    expect(ids(out.findings)).toEqual([]);
    expect(out.notes?.some((n) => n.startsWith('Dockerfile: fixed 4 finding(s)'))).toBe(true);
  });

  it('renders hadolint JSON in its exact shape: instruction line, column 1, sorted keys', async () => {
    const dir = project({ Dockerfile: 'FROM debian:12\nRUN echo hi && \\\n  sudo make\n' });
    const out = await run(context(dir));
    const json = out.render?.['hadolint-json']?.() ?? '';
    expect(JSON.parse(json)).toEqual([
      {
        code: 'DL3004',
        column: 1,
        file: 'Dockerfile',
        level: 'error',
        line: 2,
        message:
          'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
      },
    ]);
    expect(
      json.startsWith('[{"code":"DL3004","column":1,"file":"Dockerfile","level":"error","line":2,'),
    ).toBe(true);
    expect(out.render?.['hadolint-tty']?.()).toBe(
      'Dockerfile:2 DL3004 error: Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root\n',
    );
    expect(out.render?.['hadolint-gnu']?.()).toMatch(/^hadolint:Dockerfile:2: DL3004 error: /);
    expect(out.render?.['hadolint-checkstyle']?.()).toContain(
      '<file name="Dockerfile"><error column="1" line="2" message="Do not use sudo',
    );
  });

  it('a rule that throws is a gate error naming the rule, and the other rules still report', async () => {
    const rules = (await import('../../../src/gates/lint/rules/index.js')).RULES as unknown as {
      meta: { id: string };
      check: unknown;
    }[];
    const target = rules.find((r) => r.meta.id === 'DL3000');
    if (!target) throw new Error('DL3000 missing');
    const original = target.check;
    target.check = () => {
      throw new Error('boom');
    };
    try {
      const out = await run(context(project({ Dockerfile: DOCKERFILE })));
      expect(out.errors).toEqual([{ file: 'Dockerfile', message: 'rule DL3000 failed on Dockerfile: boom' }]);
      expect(ids(out.findings)).toContain('DL3006');
    } finally {
      target.check = original;
    }
  });

  it('says so when there is nothing to lint', async () => {
    const out = await run(context(project({ 'README.md': 'x\n' })));
    expect(out.scanned).toEqual([]);
    expect(out.notes).toContain('no Dockerfiles found in .');
  });

  it('reads standard input for the target -', async () => {
    const out = await run(context(project({}), { targets: ['-'], readStdin: async () => 'FROM debian\n' }));
    expect(out.findings.map((f) => [f.file, f.ruleId])).toEqual([['-', 'DL3006']]);
  });

  it('makes standard input that cannot be read a gate error, not a pass', async () => {
    const readStdin = async () => {
      throw new Error('stdin closed');
    };
    const out = await run(context(project({}), { targets: ['-'], readStdin }));
    expect(out.scanned).toEqual([]);
    expect(out.errors).toEqual([
      { file: '-', message: 'cannot read -: stdin closed', code: 'PATH_UNREADABLE' },
    ]);
  });

  it('makes a named file that cannot be read a gate error and still lints the others', async () => {
    const dir = project({ 'ok/Dockerfile': 'FROM debian\n' });
    // A socket passes discovery (it exists and is not a directory) but cannot be read as a file.
    const socket = createServer();
    await new Promise<void>((done) => socket.listen(join(dir, 'Dockerfile'), done));
    try {
      const out = await run(context(dir, { targets: ['Dockerfile', 'ok/Dockerfile'] }));
      expect(out.scanned).toEqual(['ok/Dockerfile']);
      expect(out.findings.map((f) => [f.file, f.ruleId])).toEqual([['ok/Dockerfile', 'DL3006']]);
      expect(out.errors).toEqual([
        {
          file: 'Dockerfile',
          message: expect.stringMatching(/^cannot read Dockerfile: /),
          code: 'PATH_UNREADABLE',
        },
      ]);
    } finally {
      await new Promise((done) => socket.close(done));
    }
  });
});
