import { PortcullisError } from '../../core/errors.js';
import type { GateError } from '../../core/finding.js';
import type { GateContext, GateOutcome } from '../../core/gate.js';
import type { RuleMeta } from '../../core/rule.js';
import { evaluateObject, newEvaluation } from './evaluate.js';
import { forEachManifest } from './input/parse.js';
import { readSources } from './input/sources.js';
import { renderKubesec } from './kubesec-score.js';
import { SCORE_RULE_METAS } from './rules/index.js';
import { readSettings } from './settings.js';
import { suggestionNote, suggestLevels } from './suggest.js';
import { objectTable } from './summary-table.js';

function countByKind(entries: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const kind = e.slice(e.indexOf(': ') + 2).split('/')[0];
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

/**
 * The score gate: Kubesec-compatible scores, a stricter default verdict, the Pod Security
 * Standards, our own checks and exemptions, over YAML/JSON manifests, stdin and kustomize
 * output. See docs/score.md.
 */
/** Every rule's metadata, for `--list-rules`. */
export function ruleMetas(): RuleMeta[] {
  return [...SCORE_RULE_METAS];
}

export async function run(ctx: GateContext): Promise<GateOutcome> {
  const settings = readSettings(ctx);
  const exclude = Array.isArray(ctx.config.exclude) ? (ctx.config.exclude as string[]) : undefined;
  const input = await readSources(ctx, settings.kustomize, exclude);
  const errors: GateError[] = [...input.errors];
  const ev = newEvaluation();
  for (const source of input.sources) {
    if (source.file === '-' && source.text.trim() === '') {
      errors.push({
        file: '-',
        message: 'standard input is empty (did the command before the pipe fail?)',
        code: 'INCOMPLETE',
      });
      continue;
    }
    forEachManifest(
      source,
      (o) => evaluateObject(o, settings, ev),
      (e) => errors.push(e),
    );
  }
  const notes: string[] = [];
  if (ev.skipped.length) notes.push(`skipped (not a workload or binding): ${countByKind(ev.skipped)}`);
  if (input.templates.length)
    notes.push(
      `skipped templates, render them first (helm template … | portcullis score -): ${input.templates.join(', ')}`,
    );
  if (input.sources.length === 0 && errors.length === 0) notes.push('no Kubernetes manifests found');
  let suggest: ReturnType<typeof suggestLevels> | undefined;
  if (settings.suggest) {
    suggest = suggestLevels(ev.levels);
    notes.push(...suggest.map(suggestionNote));
  }
  if (settings.kustomize && input.sources.length === 0)
    throw new PortcullisError('INCOMPLETE', `kubectl kustomize ${settings.kustomize} produced nothing`);
  return {
    findings: ev.findings,
    errors,
    rules: [...SCORE_RULE_METAS],
    scanned: input.sources.map((s) => s.file),
    notes,
    extra: {
      mode: settings.mode,
      ...(settings.profile ? { profile: settings.profile } : {}),
      objects: ev.results,
      skipped: ev.skipped,
      ...(suggest ? { suggest } : {}),
    },
    render: { kubesec: () => renderKubesec(ev.reports), markdown: () => objectTable(ev.results) },
  };
}
