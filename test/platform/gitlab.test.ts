import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { OciBuilder } from '../gates/scan/support/oci.js';
import { codeQuality, pipeline, ROOT, TEMPLATES } from './support/gitlab-ci-local.js';

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

describe('components run by a local GitLab runner (gitlab-ci-local, shell executor)', () => {
  it('the pin component fails the job on findings and still writes its Code Quality report', async () => {
    const r = await pipeline('pin.yml', { paths: 'app', 'job-name': 'pin-job' });
    expect(r.output).toMatch(/FAIL\s+pin-job/);
    const issues = codeQuality(join(r.dir, '.gitlab-ci-local/artifacts/pin-job/gl-code-quality-report.json'));
    expect(issues.map((i) => i.check_name)).toContain('PP001');
    expect(issues.find((i) => i.check_name === 'PP001')?.location).toEqual({
      path: 'app/Dockerfile',
      lines: { begin: 1, end: 1 },
    });
  });

  it('the all-gates component with no inputs runs the configured gates and passes when fail-on allows', async () => {
    const r = await pipeline('portcullis.yml', { 'fail-on': 'none' });
    expect(r.output).toMatch(/PASS\s+portcullis-check/);
    const issues = codeQuality(
      join(r.dir, '.gitlab-ci-local/artifacts/portcullis-check/gl-code-quality-report.json'),
    );
    expect(issues.length).toBeGreaterThan(0);
  });

  it("the scan component writes a container_scanning report that validates against GitLab's schema, and a CycloneDX SBOM", async () => {
    const work = mkdtempSync(join(tmpdir(), 'pc-gitlab-scan-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
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
    const r = await pipeline('scan.yml', {
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
