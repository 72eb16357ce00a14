import type { Finding } from '../finding.js';
import type { GateReport, RunReport } from '../result.js';
import { helpUriFor, type RuleMeta } from '../rule.js';
import { sarifLevel, securitySeverityScore } from '../severity.js';

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub code scanning reads it. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/portcullis-dev/portcullis';

function sarifRule(meta: RuleMeta) {
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.title },
    helpUri: helpUriFor(meta),
    help: { text: `${meta.title}\n${helpUriFor(meta)}` },
    defaultConfiguration: { level: sarifLevel(meta.severity), enabled: !meta.disabledByDefault },
    properties: {
      tags: [...(meta.security ? ['security'] : []), ...(meta.tags ?? [])],
      ...(meta.security ? { 'security-severity': securitySeverityScore(meta.severity) } : {}),
      ...(meta.equivalents?.length ? { equivalents: meta.equivalents } : {}),
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn),
          },
        },
      },
    ],
    partialFingerprints: { 'portcullis/v1': f.fingerprint ?? '' },
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
              justification: f.suppressed.justification ?? f.suppressed.kind,
            },
          ],
        }
      : {}),
    ...(f.fix
      ? {
          fixes: [
            {
              description: { text: f.fix.description },
              artifactChanges: [
                {
                  artifactLocation: { uri: encodeURI(f.file.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
                  replacements: f.fix.edits.map((e) => ({
                    deletedRegion: {
                      startLine: e.line,
                      startColumn: e.column,
                      endLine: e.endLine,
                      endColumn: e.endColumn,
                    },
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    properties: {
      severity: f.severity,
      ...(f.security ? { 'security-severity': securitySeverityScore(f.severity) } : {}),
    },
  };
}

function sarifRun(report: GateReport, version: string) {
  const rules = [...report.rules];
  const known = new Set(rules.map((r) => r.id));
  for (const f of report.findings) {
    if (!known.has(f.ruleId)) {
      known.add(f.ruleId);
      rules.push({
        id: f.ruleId,
        title: f.message,
        severity: f.severity,
        gate: 'lint',
        helpUri: f.helpUri,
        security: f.security,
      });
    }
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    tool: {
      driver: {
        name: 'portcullis',
        semanticVersion: version,
        version,
        informationUri: INFORMATION_URI,
        rules: rules.map(sarifRule),
      },
    },
    automationDetails: { id: `portcullis/${report.gate}/` },
    originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
    invocations: [
      {
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: report.errors.map((e) => ({
          level: 'error',
          message: { text: e.file ? `${e.file}: ${e.message}` : e.message },
        })),
      },
    ],
    results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
  };
}

/** One SARIF log with one run per gate, each with its own automation id (code scanning category). */
export function toSarif(run: RunReport): object {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: run.gates.map((g) => sarifRun(g, run.tool.version)),
  };
}

export function renderSarif(run: RunReport): string {
  return `${JSON.stringify(toSarif(run), null, 2)}\n`;
}
