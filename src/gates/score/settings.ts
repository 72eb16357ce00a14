import { PortcullisError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { PssLevel } from './rules/pss/index.js';
import { type PodSpecPath, parsePodSpecPath } from './workloads.js';

export type ScoreMode = 'strict' | 'kubesec';

/** Minimum score per kind; `default` applies to kinds not named. */
export type MinScores = Record<string, number>;

export interface ConfigExemption {
  path?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  container?: string;
  rules: string[];
  reason: string;
  expires?: string;
}

/** The `score:` settings after defaults, config and options are merged. */
export interface ScoreSettings {
  mode: ScoreMode;
  minScores: MinScores;
  profile?: PssLevel;
  kustomize?: string;
  suggest: boolean;
  podSpecPaths: PodSpecPath[];
  exemptions: ConfigExemption[];
  /** Run our own PK rules (default true in strict mode). */
  extraRules: boolean;
  /** YYYY-MM-DD; `PORTCULLIS_TODAY` fixes it for reproducible runs. */
  today: string;
}

/** Parses `3` or `Deployment=5,Pod=3,default=1`. */
export function parseMinScores(text: string, source = '--min-score'): MinScores {
  const out: MinScores = {};
  for (const part of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(?:([A-Za-z][\w.]*)=)?(-?\d+)$/.exec(part);
    if (!m) throw new PortcullisError('USAGE', `${source}: "${part}" is not N or Kind=N`);
    out[m[1] ?? 'default'] = Number(m[2]);
  }
  return out;
}

function minScoresFrom(value: unknown): MinScores {
  if (typeof value === 'number') return { default: value };
  if (typeof value === 'string') return parseMinScores(value);
  if (value && typeof value === 'object') return { ...(value as MinScores) };
  return {};
}

function profileFrom(value: unknown, source: string): PssLevel | undefined {
  if (value === undefined || value === null || value === '' || value === 'privileged') return undefined;
  if (value === 'baseline' || value === 'restricted') return value;
  throw new PortcullisError(
    'USAGE',
    `${source}: "${String(value)}" is not baseline, restricted or privileged`,
  );
}

function today(env: GateContext['env']): string {
  const fixed = env.PORTCULLIS_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
      throw new PortcullisError('USAGE', `PORTCULLIS_TODAY: "${fixed}" is not a YYYY-MM-DD date`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

function podSpecPaths(config: unknown, option: unknown): PodSpecPath[] {
  const out: PodSpecPath[] = [];
  for (const p of Array.isArray(config) ? config : []) {
    const e = p as { kind: string; group?: string; path: string };
    out.push({ kind: e.kind, group: e.group, path: e.path.split('.').filter(Boolean) });
  }
  for (const text of Array.isArray(option) ? (option as string[]) : []) {
    const parsed = parsePodSpecPath(text);
    if (!parsed)
      throw new PortcullisError('USAGE', `--pod-spec-path: "${text}" is not Kind[.group]=path.to.spec`);
    out.push(parsed);
  }
  return out;
}

function exemptionsFrom(value: unknown): ConfigExemption[] {
  return (Array.isArray(value) ? value : []).map((e) => {
    const x = e as Record<string, unknown>;
    const rules = Array.isArray(x.rule) ? (x.rule as string[]) : String(x.rule ?? '*').split(/[\s,]+/);
    return {
      path: x.path as string | undefined,
      kind: x.kind as string | undefined,
      name: x.name as string | undefined,
      namespace: x.namespace as string | undefined,
      container: x.container as string | undefined,
      rules: rules.filter(Boolean),
      reason: String(x.reason ?? ''),
      expires: x.expires === undefined ? undefined : String(x.expires),
    };
  });
}

/** Merges options over the `score:` config section over defaults. */
export function readSettings(ctx: GateContext): ScoreSettings {
  const c = ctx.config;
  const o = ctx.options;
  const mode = (o.mode ?? c.mode ?? 'strict') as string;
  if (mode !== 'strict' && mode !== 'kubesec')
    throw new PortcullisError('USAGE', `--mode: "${mode}" is not strict or kubesec`);
  const minScores = {
    ...(mode === 'kubesec' ? { default: 1 } : {}),
    ...minScoresFrom(c['min-score']),
    ...(o['min-score'] !== undefined ? minScoresFrom(String(o['min-score'])) : {}),
  };
  return {
    mode,
    minScores,
    profile: profileFrom(o.profile ?? c.profile, o.profile !== undefined ? '--profile' : 'score.profile'),
    kustomize: (o.kustomize ?? c.kustomize) as string | undefined,
    suggest: Boolean(o.suggest ?? c.suggest),
    podSpecPaths: podSpecPaths(c['pod-spec-paths'], o['pod-spec-path']),
    exemptions: exemptionsFrom(c.exemptions),
    extraRules: mode === 'strict' && c['extra-rules'] !== false,
    today: today(ctx.env),
  };
}

/** The minimum for a kind, if any. */
export function minScoreFor(minScores: MinScores, kind: string): number | undefined {
  return minScores[kind] ?? minScores.default;
}
