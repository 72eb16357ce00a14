import type { Finding } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';
import { parseIgnorePragma, ruleListMatches } from '../../core/suppress.js';
import type { DockerfileModel, Instr } from './parse/index.js';

const TOOLS = ['hadolint', 'portcullis'];

/**
 * Names a pragma may list. hadolint drops a whole list that holds anything but `[DLSC0-9]`
 * (`ignore=crazy,DL3002` ignores nothing); portcullis ids are letters then digits.
 */
const RULE_NAME: Record<string, RegExp> = { hadolint: /^[DLSC0-9]+$/, portcullis: /^([A-Za-z]+[0-9]+|all)$/ };

/** The instruction (ONBUILD triggers belong to their ONBUILD) that holds a 1-based line. */
export function instructionAtLine(model: DockerfileModel, line: number): Instr | undefined {
  return model.instructions.find((i) => {
    const first = model.index.position(i.start).line;
    const last = model.index.position(Math.max(i.start, i.end - 1)).line;
    return line >= first && line <= last;
  });
}

/** The line hadolint reports a finding on: the first line of the instruction that holds it. */
export function instructionLine(model: DockerfileModel, line: number): number {
  const instr = instructionAtLine(model, line);
  return instr ? model.index.position(instr.start).line : line;
}

interface StagePragma {
  line: number;
  rules: string[];
}

/** BuildKit's `# check=skip=A,B` (or `skip=all`) directive names rules by their BuildKit names. */
function buildkitSkips(model: DockerfileModel): string[] {
  const check = model.directives.find((d) => d.name === 'check');
  if (!check) return [];
  const skip = check.value
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.toLowerCase().startsWith('skip='));
  return skip
    ? skip
        .slice(5)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function skippedByBuildkit(meta: RuleMeta | undefined, skips: readonly string[]): boolean {
  if (!meta || skips.length === 0) return false;
  const names = (meta.equivalents ?? []).filter((e) => e.startsWith('buildkit:')).map((e) => e.slice(9));
  return names.length > 0 && (skips.includes('all') || names.some((n) => skips.includes(n)));
}

/**
 * Marks findings suppressed by `# hadolint ignore=…` (the instruction on the next line),
 * `# hadolint global ignore=…` (the file), `# hadolint stage ignore=…` (from the next line to the
 * end of the stage), the same with `portcullis`, and BuildKit's `# check=skip=…`
 * (https://github.com/hadolint/hadolint#inline-ignores, https://docs.docker.com/reference/dockerfile/#check).
 * With `disableIgnorePragma` only `# check=skip` still applies, as it is part of the Dockerfile itself.
 */
export function applyPragmas(
  findings: Finding[],
  model: DockerfileModel,
  rules: ReadonlyMap<string, RuleMeta>,
  disableIgnorePragma: boolean,
): void {
  const next = new Map<number, { rules: string[]; reason?: string }>();
  const global: string[] = [];
  const stages: StagePragma[] = [];
  if (!disableIgnorePragma) {
    for (const c of model.comments) {
      const p = parseIgnorePragma(c.text, TOOLS);
      if (!p?.rules.every((r) => RULE_NAME[p.tool]?.test(r))) continue;
      if (p.scope === 'global' || p.scope === 'file') global.push(...p.rules);
      else if (p.scope === 'stage') stages.push({ line: c.line + 1, rules: p.rules });
      else
        next.set(c.line + 1, {
          rules: [...(next.get(c.line + 1)?.rules ?? []), ...p.rules],
          reason: p.reason,
        });
    }
  }
  const fromLines = model.stages.map((s) => model.index.position(s.from.start).line);
  const stageRules = (line: number): string[] =>
    stages
      .filter((s) => s.line <= line && !fromLines.some((from) => from > s.line && from <= line))
      .flatMap((s) => s.rules);
  const skips = buildkitSkips(model);
  for (const f of findings) {
    if (f.suppressed) continue;
    const line = instructionLine(model, f.line);
    if (skippedByBuildkit(rules.get(f.ruleId), skips)) {
      f.suppressed = { kind: 'inline', justification: '# check=skip' };
    } else if (ruleListMatches(global, f.ruleId)) {
      f.suppressed = { kind: 'inline', justification: 'global ignore pragma' };
    } else if (ruleListMatches(stageRules(line), f.ruleId)) {
      f.suppressed = { kind: 'inline', justification: 'stage ignore pragma' };
    } else {
      const p = next.get(line);
      if (p && ruleListMatches(p.rules, f.ruleId)) f.suppressed = { kind: 'inline', justification: p.reason };
    }
  }
}
