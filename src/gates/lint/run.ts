import { writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { type DiscoveredFile, discover, readDiscovered } from '../../core/discover.js';
import { errorMessage } from '../../core/errors.js';
import type { Finding, GateError } from '../../core/finding.js';
import type { GateContext, GateOutcome } from '../../core/gate.js';
import type { RuleMeta } from '../../core/rule.js';
import { applyEdits } from '../../core/text.js';
import { makeContext } from './context.js';
import { hadolintCheckstyle, hadolintGnu, hadolintItems, hadolintJson, hadolintTty } from './formats.js';
import { type DockerfileModel, initShell, parseDockerfile, parseErrors } from './parse/index.js';
import { applyPragmas, instructionLine } from './pragmas.js';
import type { LintRule } from './rule.js';
import { RULES } from './rules/index.js';
import { type LintRunSettings, readSettings } from './settings.js';
import { ShellcheckCache, shellcheckFindings, shellcheckMeta } from './shellcheck.js';

/** DL1000: the file is not a Dockerfile BuildKit (or hadolint) accepts. */
export const DL1000: RuleMeta = {
  id: 'DL1000',
  title: 'Dockerfile parse error',
  severity: 'error',
  gate: 'lint',
  equivalents: ['hadolint:DL1000'],
};

const NAME = /(^|[._-])(docker|container)file([._-]|$)/i;

/** Walked files count when their name says Dockerfile; files named on the command line always do. */
function wanted(f: DiscoveredFile): boolean {
  return f.explicit || f.kind === 'dockerfile' || NAME.test(basename(f.path));
}

interface FileResult {
  findings: Finding[];
  errors: GateError[];
  model?: DockerfileModel;
  notes: string[];
}

function ruleEnabled(rule: LintRule, s: LintRunSettings): boolean {
  return !rule.meta.disabledByDefault || s.enabled.has(rule.meta.id.toUpperCase());
}

async function lintText(
  file: string,
  source: string,
  s: LintRunSettings,
  rules: readonly LintRule[],
  shellcheckCache: ShellcheckCache,
): Promise<FileResult> {
  const out: FileResult = { findings: [], errors: [], notes: [] };
  let model: DockerfileModel;
  try {
    model = parseDockerfile(source);
  } catch (error) {
    out.errors.push({ file, message: `cannot parse ${file}: ${errorMessage(error)}`, code: 'PARSE_FAILED' });
    return out;
  }
  out.model = model;
  const ctx = makeContext(model, file, s);
  const parseError = parseErrors(model)[0];
  if (parseError) {
    out.findings.push(ctx.finding(DL1000, parseError, parseError.message));
    return out;
  }
  for (const rule of rules) {
    if (!ruleEnabled(rule, s)) continue;
    try {
      out.findings.push(...rule.check(ctx));
    } catch (error) {
      out.errors.push({ file, message: `rule ${rule.meta.id} failed on ${file}: ${errorMessage(error)}` });
    }
  }
  if (s.shellcheck) {
    const sc = await shellcheckFindings(ctx, { exclude: s.ignored, cache: shellcheckCache });
    out.findings.push(...sc.findings);
    if (sc.skipped) out.notes.push(sc.skipped);
    if (sc.error) out.errors.push({ file, message: sc.error, code: 'TOOL_MISSING' });
  }
  return out;
}

/** Severity overrides, `ignored`, then pragmas, in the order hadolint applies them. */
function settle(
  findings: Finding[],
  model: DockerfileModel | undefined,
  s: LintRunSettings,
  metas: Map<string, RuleMeta>,
): void {
  for (const f of findings) {
    const severity = s.severities.get(f.ruleId.toUpperCase());
    if (severity) f.severity = severity;
    if (s.ignored.includes(f.ruleId.toUpperCase()))
      f.suppressed = { kind: 'config', justification: 'ignored' };
  }
  if (model) applyPragmas(findings, model, metas, s.disableIgnorePragma);
}

/** Applies the fixes of unsuppressed findings that do not overlap; returns the new text and what was fixed. */
function fixText(model: DockerfileModel, findings: Finding[]): { text: string; fixed: Set<Finding> } {
  const fixed = new Set<Finding>();
  const taken: [number, number][] = [];
  const edits = [];
  for (const f of findings) {
    if (f.suppressed || !f.fix) continue;
    const spans = f.fix.edits.map(
      (e) =>
        [model.index.offset(e.line, e.column), model.index.offset(e.endLine, e.endColumn)] as [
          number,
          number,
        ],
    );
    if (spans.some(([a, b]) => taken.some(([c, d]) => (a < d && c < b) || (a === c && (a !== b || c !== d)))))
      continue;
    taken.push(...spans);
    edits.push(...f.fix.edits);
    fixed.add(f);
  }
  const body = applyEdits(model.text, edits);
  return { text: model.bom ? `\uFEFF${body}` : body, fixed };
}

/** The target `-`: the Dockerfile on standard input, empty where the caller has none. */
async function readStdin(ctx: GateContext): Promise<{ text: string } | { error: GateError }> {
  try {
    return { text: (await ctx.readStdin?.()) ?? '' };
  } catch (error) {
    return {
      error: { file: '-', message: `cannot read -: ${errorMessage(error)}`, code: 'PATH_UNREADABLE' },
    };
  }
}

/** Every rule's metadata, for `--list-rules` (ShellCheck's SC codes are added as ShellCheck reports them). */
export function ruleMetas(): RuleMeta[] {
  return [DL1000, ...RULES.map((r) => r.meta)];
}

/**
 * Lints every Dockerfile among the targets. A file that does not parse gets DL1000 and the
 * others are still linted; a crash in a rule or in ShellCheck is a gate error (fail closed).
 */
export async function run(ctx: GateContext): Promise<GateOutcome> {
  const settings = readSettings(ctx);
  const exclude = Array.isArray(ctx.config.exclude) ? (ctx.config.exclude as string[]) : undefined;
  const files = discover({
    cwd: ctx.cwd,
    targets: ctx.targets,
    kinds: ['dockerfile', 'other'],
    exclude,
    cache: ctx.discovery,
  }).filter(wanted);
  await initShell();
  const metas = new Map<string, RuleMeta>(RULES.map((r) => [r.meta.id, r.meta]));
  metas.set(DL1000.id, DL1000);
  const findings: Finding[] = [];
  const errors: GateError[] = [];
  const notes = new Set<string>();
  const models = new Map<string, DockerfileModel>();
  const scanned: string[] = [];
  // One cache per run: generated image variants repeat the same RUN scripts across files.
  const shellcheckCache = new ShellcheckCache();
  for (const f of files) {
    const read = f.path === '-' ? await readStdin(ctx) : readDiscovered(f);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const source = read.text;
    scanned.push(f.path);
    const result = await lintText(f.path, source, settings, RULES, shellcheckCache);
    for (const sc of result.findings)
      if (!metas.has(sc.ruleId)) metas.set(sc.ruleId, shellcheckMeta(sc.ruleId, sc.severity, sc.message));
    settle(result.findings, result.model, settings, metas);
    if (result.model) models.set(f.path, result.model);
    for (const n of result.notes) notes.add(n);
    errors.push(...result.errors);
    if (settings.fix && result.model && f.path !== '-') {
      const { text, fixed } = fixText(result.model, result.findings);
      if (fixed.size > 0 && text !== source) {
        writeFileSync(f.absPath, text);
        notes.add(
          `${f.path}: fixed ${fixed.size} finding(s) (${[...new Set([...fixed].map((x) => x.ruleId))].join(', ')})`,
        );
        findings.push(...result.findings.filter((x) => !fixed.has(x)));
        continue;
      }
    }
    findings.push(...result.findings);
  }
  if (files.length === 0) notes.add(`no Dockerfiles found in ${ctx.targets.join(' ')}`);
  if (settings.formats?.length)
    notes.add(
      `hadolint format ${settings.formats.join(', ')} is not used here; choose the output with --format (e.g. hadolint-json)`,
    );
  if (settings.hadolintFile)
    notes.add(
      `read hadolint settings from ${relative(ctx.cwd, settings.hadolintFile) || settings.hadolintFile}`,
    );
  const lineOf = (f: Finding) => {
    const model = models.get(f.file);
    return model ? instructionLine(model, f.line) : f.line;
  };
  const items = () => hadolintItems(findings, lineOf);
  const rules = [...metas.values()].map((m) => {
    const severity = settings.severities.get(m.id.toUpperCase());
    return severity ? { ...m, severity } : m;
  });
  return {
    findings,
    errors,
    rules,
    notes: [...notes],
    scanned,
    failOn: settings.failOn,
    noFail: settings.noFail,
    render: {
      'hadolint-json': () => hadolintJson(items()),
      'hadolint-tty': () => hadolintTty(items()),
      'hadolint-gnu': () => hadolintGnu(items()),
      'hadolint-checkstyle': () => hadolintCheckstyle(items(), scanned),
    },
  };
}
