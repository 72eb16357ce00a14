import { writeFileSync } from 'node:fs';
import { type DiscoveredFile, discover, readDiscovered } from '../../core/discover.js';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import type { Finding, Fix, GateError } from '../../core/finding.js';
import type { GateContext, GateOutcome } from '../../core/gate.js';
import type { RuleMeta } from '../../core/rule.js';
import type { CheckedRef, PinCheckContext } from './check.js';
import { extractReferences, PIN_KINDS } from './extract/index.js';
import { actionFix, applyFixes, imageFix } from './fix.js';
import { loadSnapshot, updateSnapshot } from './lifecycle/load.js';
import { ignoredBy } from './patterns.js';
import { parseImageReference, registryCacheOf } from './registry.js';
import { type Resolution, resolveReferences } from './resolve.js';
import { PIN_RULES } from './rules/index.js';
import { type PinSettings, readSettings, usesNetwork } from './settings.js';
import { applyPinSuppressions } from './suppress.js';
import { parseActionRef, type Reference } from './types.js';

interface Scanned {
  refs: Reference[];
  texts: Map<string, string>;
  errors: GateError[];
  scanned: string[];
  byPath: Map<string, DiscoveredFile>;
  /** Named files of a kind the gate does not read. */
  skipped: string[];
}

function scan(ctx: GateContext): Scanned {
  const exclude = Array.isArray(ctx.config.exclude) ? (ctx.config.exclude as string[]) : undefined;
  const files = discover({
    cwd: ctx.cwd,
    targets: ctx.targets,
    kinds: PIN_KINDS,
    exclude,
    cache: ctx.discovery,
  });
  const out: Scanned = {
    refs: [],
    texts: new Map(),
    errors: [],
    scanned: [],
    byPath: new Map(),
    skipped: [],
  };
  for (const f of files) {
    if (!PIN_KINDS.includes(f.kind)) {
      out.skipped.push(f.path);
      continue;
    }
    const read = readDiscovered(f);
    if ('error' in read) {
      out.errors.push(read.error);
      continue;
    }
    const text = read.text;
    out.scanned.push(f.path);
    out.texts.set(f.path, text);
    out.byPath.set(f.path, f);
    try {
      out.refs.push(...extractReferences(f.path, f.kind, text));
    } catch (error) {
      if (!(error instanceof PortcullisError)) throw error;
      out.errors.push({ file: f.path, message: error.message, code: error.code });
    }
  }
  return out;
}

/** Parses what policy needs; no network. */
function toChecked(ref: Reference): CheckedRef {
  if (ref.value === undefined) return ref;
  if (ref.kind === 'action') return { ...ref, action: parseActionRef(ref.value) };
  try {
    return { ...ref, image: parseImageReference(ref.value) };
  } catch (error) {
    return { ...ref, invalid: errorMessage(error) };
  }
}

function isExempt(ref: Reference, ignore: readonly string[]): boolean {
  const text = ref.value ?? ref.raw;
  return text.toLowerCase() === 'scratch' || text.startsWith('./') || ignoredBy(ignore, text) !== undefined;
}

/** Fixes the resolution allows, keyed by the finding they repair. */
function attachFixes(
  findings: Finding[],
  refs: CheckedRef[],
  res: Resolution,
  texts: Map<string, string>,
): void {
  const at = new Map(refs.map((r) => [`${r.file}:${r.range.line}:${r.range.column}`, r]));
  for (const f of findings) {
    if (!['PP001', 'PP002', 'PP009'].includes(f.ruleId)) continue;
    const ref = at.get(`${f.file}:${f.line}:${f.column}`);
    if (!ref) continue;
    let fix: Fix | undefined;
    const digest = res.digests.get(ref);
    const action = res.actions.get(ref);
    if (digest) fix = imageFix(ref, digest);
    else if (action) fix = actionFix(ref, texts.get(ref.file) ?? '', action.sha, action.label);
    if (fix) f.fix = fix;
    f.data = {
      ...f.data,
      ...(digest ? { digest } : {}),
      ...(action ? { sha: action.sha, tag: action.label } : {}),
    };
  }
}

/** Writes fixed files; the repaired findings leave the report, named in a note instead. */
function writeFixes(
  findings: Finding[],
  s: Scanned,
  settings: PinSettings,
): { kept: Finding[]; notes: string[] } {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix || f.suppressed || (f.ruleId === 'PP009' && !settings.checkStale)) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const notes: string[] = [];
  const fixed = new Set<Finding>();
  for (const [file, list] of byFile) {
    const text = s.texts.get(file)!;
    const next = applyFixes(
      text,
      list.map((f) => f.fix!),
    );
    if (next !== text) writeFileSync(s.byPath.get(file)!.absPath, next);
    for (const f of list) fixed.add(f);
    notes.push(`fixed ${list.length} reference(s) in ${file}`);
  }
  return { kept: findings.filter((f) => !fixed.has(f)), notes };
}

/**
 * The pin gate: extract references, check policy offline, and only with `--fix`, `--resolve`
 * or `--check-stale` ask registries and git hosts. See docs/pin.md.
 */
/** Every rule's metadata, for `--list-rules`. */
export function ruleMetas(): RuleMeta[] {
  return PIN_RULES.map((r) => r.meta);
}

export async function run(ctx: GateContext): Promise<GateOutcome> {
  const settings = readSettings(ctx);
  const notes: string[] = [];
  if (settings.updateLifecycle) {
    const snap = await updateSnapshot({
      baseUrl: settings.lifecycleBaseUrl,
      file: settings.lifecycleFile,
      today: settings.today,
      timeoutMs: settings.timeoutMs,
    });
    notes.push(`lifecycle data refreshed from ${settings.lifecycleBaseUrl} (${snap.date})`);
  }
  const { snapshot, from } = loadSnapshot(settings.lifecycleFile);
  const s = scan(ctx);
  if (s.skipped.length) notes.push(`not a file kind pin reads, skipped: ${s.skipped.join(', ')}`);
  const refs = s.refs.filter((r) => !isExempt(r, settings.ignore)).map(toChecked);
  let res: Resolution | undefined;
  if (usesNetwork(settings)) {
    res = await resolveReferences(
      refs,
      settings,
      ctx.env,
      { pin: settings.fix || settings.resolve, stale: settings.checkStale },
      registryCacheOf(ctx.shared),
    );
    if (res.withinGrace.length)
      notes.push(`moved within the stale-after grace period: ${res.withinGrace.join(', ')}`);
  }
  const checkCtx: PinCheckContext = { refs, policy: settings.policy, snapshot, today: settings.today };
  let findings = PIN_RULES.flatMap((rule) => rule.check(checkCtx));
  applyPinSuppressions(findings, s.texts);
  if (res) attachFixes(findings, refs, res, s.texts);
  if (settings.fix) {
    const left = findings.filter((f) => ['PP001', 'PP002'].includes(f.ruleId) && !f.suppressed && !f.fix);
    if (left.length)
      notes.push(
        `left unpinned (variable text or not resolved): ${left.map((f) => `${f.file}:${f.line}`).join(', ')}`,
      );
    const written = writeFixes(findings, s, settings);
    findings = written.kept;
    notes.push(...written.notes);
  }
  return {
    findings,
    errors: [...s.errors, ...(res?.errors ?? [])],
    rules: PIN_RULES.map((r) => r.meta),
    scanned: s.scanned,
    notes,
    extra: {
      lifecycleSnapshot: snapshot.date,
      lifecycleSource: from === 'bundled' ? 'bundled' : from,
      references: refs.length,
      ...(res ? { registryRequests: res.requests } : {}),
    },
  };
}
