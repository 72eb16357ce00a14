import type { Command, Instr, LintContext, LintRule } from '../rule.js';
import { hasCacheOrTmpfsMountWith, insertAfter, pairs, runUnits, stageKey } from './helpers-b.js';

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

function argTexts(c: Command): string[] {
  return c.args.map((a) => a.text);
}

function hasSequence(list: string[], seq: string[]): boolean {
  for (let i = 0; i + seq.length <= list.length; i++) if (seq.every((s, j) => list[i + j] === s)) return true;
  return false;
}

/** hadolint's `isPipInstall`: `pip* install` (not pipenv) or `python* -m pip install`. */
export function isPipInstall(c: Command): boolean {
  if (c.name.startsWith('pip') && !c.name.startsWith('pipenv'))
    return c.args.some((a) => a.text === 'install');
  return c.name.startsWith('python') && hasSequence(argTexts(c), ['-m', 'pip', 'install']);
}

const WRAPPERS = ['pipx', 'pipenv'];

function isWrapper(c: Command): boolean {
  return WRAPPERS.some(
    (w) => c.name.includes(w) || (c.name.startsWith('python') && hasSequence(argTexts(c), ['-m', w])),
  );
}

const forgot = (c: Command) =>
  isPipInstall(c) && !c.args.some((a) => a.text === '--no-cache-dir') && !isWrapper(c);

/** Stage keys (alias or image) whose ENV set a truthy PIP_NO_CACHE_DIR, inherited by `FROM <stage>`. */
function noCacheStages(ctx: LintContext): Set<Instr> {
  const set = new Map<string, boolean>();
  const ok = new Set<Instr>();
  let current = '';
  for (const instr of ctx.instructions) {
    if (instr.keyword === 'FROM') {
      const stage = ctx.stages[instr.stage];
      const parent = set.get(stage.image.toLowerCase()) ?? false;
      current = stageKey(stage);
      set.set(current, parent);
      continue;
    }
    if (instr.keyword === 'ENV') {
      const kv = pairs(instr).find((p) => p.key === 'PIP_NO_CACHE_DIR');
      if (kv && kv.value !== undefined && TRUTHY.has(kv.value)) set.set(current, true);
    }
    if (set.get(current)) ok.add(instr);
  }
  return ok;
}

function inlineNoCache(instr: Instr): boolean {
  const at = instr.args.text.indexOf('PIP_NO_CACHE_DIR=');
  if (at < 0) return false;
  const rest = instr.args.text.slice(at + 'PIP_NO_CACHE_DIR='.length).replace(/^["']/, '');
  return [...TRUTHY].some((t) => rest.startsWith(t));
}

/** DL3042: pip's download cache bloats the layer (https://github.com/hadolint/hadolint/wiki/DL3042). */
export const DL3042: LintRule = {
  meta: {
    id: 'DL3042',
    title: 'Avoid use of cache directory with pip',
    severity: 'warning',
    fixable: true,
    gate: 'lint',
    equivalents: ['hadolint:DL3042'],
  },
  check(ctx) {
    const envOk = noCacheStages(ctx);
    return runUnits(ctx).flatMap((u) => {
      const owner = u.instr.onbuild ?? u.instr;
      if (envOk.has(owner) || inlineNoCache(u.instr) || hasCacheOrTmpfsMountWith(u.instr, '.cache/pip'))
        return [];
      const bad = u.commands.find(forgot);
      if (!bad) return [];
      const fix = insertAfter(ctx, u.instr, bad, ['install'], ' --no-cache-dir', 'add --no-cache-dir');
      const message = 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`';
      return [ctx.finding(DL3042.meta, bad, message, { fix })];
    });
  },
};
