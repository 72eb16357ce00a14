import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { render, toJson, toSarif } from '../../src/core/index.js';
import { runReport, sample } from './fixtures.js';

const require = createRequire(import.meta.url);
type AjvClass = typeof import('ajv').Ajv;
const Ajv04 = ((Ajv04Module as unknown as { default?: AjvClass }).default ??
  Ajv04Module) as unknown as AjvClass;
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('SARIF reporter', () => {
  const log = toSarif(runReport(sample)) as any;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('carries real columns, rule metadata, fingerprints and security-severity', () => {
    const run = log.runs[0];
    expect(run.automationDetails.id).toBe('portcullis/lint/');
    const tls = run.results.find((r: any) => r.ruleId === 'PL001');
    expect(tls.locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 15,
    });
    expect(tls.partialFingerprints['portcullis/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(tls.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toMatchObject({
      startLine: 3,
      startColumn: 10,
    });
    const rule = run.tool.driver.rules[tls.ruleIndex];
    expect(rule.id).toBe('PL001');
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.helpUri).toMatch(/docs\/rules\/lint\.md#pl001$/);
  });

  it('shows suppressed findings as suppressions with their justification', () => {
    const suppressed = log.runs[0].results.find((r: any) => r.suppressions);
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'legacy' }]);
  });

  it('records errors as failed execution notifications', () => {
    const failed = toSarif(runReport([], [{ file: 'x/Dockerfile', message: 'permission denied' }])) as any;
    expect(failed.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(failed.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain(
      'x/Dockerfile',
    );
  });
});

describe('JSON reporter', () => {
  it('has the documented shape', () => {
    const doc = toJson(runReport(sample)) as any;
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['tool', 'gate', 'passed', 'failOn', 'findings', 'errors', 'summary']),
    );
    expect(doc.tool).toEqual({ name: 'portcullis', version: '0.1.0' });
    expect(doc.gate).toBe('lint');
    expect(doc.passed).toBe(false);
    expect(doc.failOn).toBe('warning');
    expect(doc.findings[0]).toEqual(
      expect.objectContaining({
        ruleId: 'DL3006',
        severity: 'warning',
        file: 'app/Dockerfile',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 12,
      }),
    );
    expect(doc.findings.map((f: any) => f.file)).toEqual([
      'app/Dockerfile',
      'app/Dockerfile',
      'b/Dockerfile',
    ]);
    expect(doc.summary).toMatchObject({ total: 2, suppressed: 1, warning: 1, error: 1, errors: 0 });
  });
});

describe('GitLab Code Quality reporter', () => {
  it('parses as the Code Quality array and leaves out suppressed findings', () => {
    const issues = JSON.parse(render(runReport(sample), 'gitlab', { color: false }) as string);
    expect(issues).toHaveLength(2);
    expect(issues[1]).toMatchObject({
      check_name: 'PL001',
      severity: 'critical',
      location: { path: 'app/Dockerfile', lines: { begin: 3, end: 3 } },
    });
    expect(issues[1].fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shows a gate that could not complete as a blocker, so the widget is not empty while the job fails', () => {
    const issues = JSON.parse(
      render(
        runReport([], [{ file: 'Dockerfile', message: 'cannot read' }, { message: 'no DB' }]),
        'gitlab',
        {
          color: false,
        },
      ) as string,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        check_name: 'portcullis/lint/incomplete',
        severity: 'blocker',
        description: 'portcullis lint could not complete: cannot read',
        location: { path: 'Dockerfile', lines: { begin: 1, end: 1 } },
      }),
      expect.objectContaining({ location: { path: '.', lines: { begin: 1, end: 1 } } }),
    ]);
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
  });
});

describe('JUnit reporter', () => {
  it('is well-formed XML with a failure per finding at the threshold', () => {
    const xml = render(runReport(sample), 'junit', { color: false }) as string;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite['@_failures']).toBe('2');
    expect(suite['@_skipped']).toBe('1');
    expect(suite.testcase.some((c: any) => c['@_name'] === 'clean/Dockerfile')).toBe(true);
  });
});

describe('text reporter', () => {
  it('groups by file and colours only when asked', () => {
    const plain = render(runReport(sample), 'text', { color: false }) as string;
    expect(plain).toContain('app/Dockerfile\n  1:1      warning  DL3006');
    expect(plain).not.toContain('\u001b[');
    expect(plain).toMatch(/lint: FAILED — 2 findings/);
    const coloured = render(runReport(sample), 'text', { color: true }) as string;
    expect(coloured).toContain('\u001b[');
  });

  it('unknown formats are refused', () => {
    expect(render(runReport(sample), 'yaml', { color: false })).toBeUndefined();
  });
});
