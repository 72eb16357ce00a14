import { gzipSync } from 'node:zlib';
import { type Finding, gateErrorText } from '../finding.js';
import type { GateReport, RunReport } from '../result.js';
import { helpUriFor, type RuleMeta } from '../rule.js';
import { rank, sarifLevel, securitySeverityScore } from '../severity.js';

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
      ...(f.confidence ? { precision: f.confidence } : {}),
    },
  };
}

/** GitHub code scanning's upload limits: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file */
export const SARIF_LIMITS = { resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024 };
export type SarifLimits = typeof SARIF_LIMITS;

/**
 * The most gzip can make of `n` bytes: zlib's `deflateBound` for the default settings Node uses,
 * plus the 18-byte gzip wrapper (https://github.com/madler/zlib/blob/v1.3.1/deflate.c).
 */
function gzipBound(n: number): number {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 7 + 18;
}

/**
 * Whether `data` gzips to at most `limit` bytes. It is gzipped only when even its worst case
 * might not fit, so a log well under the limit costs no compression.
 */
export function fitsGzipped(data: string | Uint8Array, limit: number): boolean {
  return gzipBound(Buffer.byteLength(data)) <= limit || gzipSync(data).length <= limit;
}

/** The `keep` most severe findings, in their original order. */
function mostSevere(findings: readonly Finding[], keep: number): Finding[] {
  if (findings.length <= keep) return [...findings];
  const chosen = new Set(
    findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(b.f.severity) - rank(a.f.severity) || a.i - b.i)
      .slice(0, keep)
      .map((x) => x.f),
  );
  return findings.filter((f) => chosen.has(f));
}

function sarifRun(report: GateReport, version: string, keep: number) {
  const kept = mostSevere(report.findings, keep);
  const omitted = report.findings.length - kept.length;
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
        toolExecutionNotifications: [
          ...report.errors.map((e) => ({
            level: 'error',
            message: { text: gateErrorText(e) },
          })),
          ...(omitted
            ? [
                {
                  level: 'warning',
                  message: {
                    text: `${omitted} less severe results left out to stay within GitHub's SARIF limits; the JSON report has them all`,
                  },
                },
              ]
            : []),
          // What the gate says besides findings, e.g. the scan's vulnerability data and its digest.
          ...report.notes.map((text) => ({ level: 'note', message: { text } })),
        ],
      },
    ],
    results: kept.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1)),
    ...(omitted ? { properties: { 'portcullis/omittedResults': omitted } } : {}),
  };
}

/**
 * One SARIF log with one run per gate, each with its own automation id (code scanning category).
 * It stays within GitHub's limits: at most `resultsPerRun` results per run and `gzipBytes`
 * gzipped, keeping the most severe results and saying how many were left out.
 */
export function toSarif(run: RunReport, limits: SarifLimits = SARIF_LIMITS): object {
  let keep = run.gates.map((g) => Math.min(g.findings.length, limits.resultsPerRun));
  for (;;) {
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: run.gates.map((g, i) => sarifRun(g, run.tool.version, keep[i])),
    };
    const total = keep.reduce((a, b) => a + b, 0);
    if (total === 0 || fitsGzipped(JSON.stringify(log), limits.gzipBytes)) return log;
    keep = keep.map((k) => Math.floor(k * 0.8));
  }
}

export function renderSarif(run: RunReport): string {
  return `${JSON.stringify(toSarif(run), null, 2)}\n`;
}
