import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseConfig } from '../../core/config.js';
import { PortcullisError } from '../../core/errors.js';
import type { JsonSchema } from '../../core/gate.js';
import type { Threshold } from '../../core/severity.js';
import type { LabelType } from './rule.js';

/** The severities hadolint's `override` and `failure-threshold` name. */
export const HADOLINT_LEVELS = ['error', 'warning', 'info', 'style'] as const;
export type HadolintLevel = (typeof HADOLINT_LEVELS)[number];

export const LABEL_TYPES: readonly LabelType[] = [
  'text',
  'url',
  'semver',
  'hash',
  'rfc3339',
  'spdx',
  'email',
];

/** One source of hadolint settings (a file, the environment, the command line); unset keys stay undefined. */
export interface HadolintConfig {
  failureThreshold?: Threshold;
  noFail?: boolean;
  ignored?: string[];
  override?: Partial<Record<HadolintLevel, string[]>>;
  trustedRegistries?: string[];
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
  disableIgnorePragma?: boolean;
  formats?: string[];
  /** Where this came from, for messages. */
  source?: string;
}

const ruleList = { type: 'array', items: { type: 'string' } };

/**
 * `.hadolint.yaml` as hadolint reads it (src/Hadolint/Config/Configuration.hs): unknown keys
 * are ignored, known keys must have the right type.
 */
export const HADOLINT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    'failure-threshold': { type: 'string', enum: ['error', 'warning', 'info', 'style', 'ignore', 'none'] },
    format: { type: 'string' },
    formats: { type: 'array', items: { type: 'string' } },
    ignored: ruleList,
    override: {
      type: 'object',
      additionalProperties: false,
      properties: { error: ruleList, warning: ruleList, info: ruleList, style: ruleList },
    },
    trustedRegistries: { type: 'array', items: { type: 'string' } },
    'label-schema': {
      type: 'object',
      additionalProperties: { type: 'string', enum: [...LABEL_TYPES] },
    },
    'strict-labels': { type: 'boolean' },
    'disable-ignore-pragma': { type: 'boolean' },
    'no-fail': { type: 'boolean' },
    'no-color': { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
};

/** hadolint's `ignore` threshold fails on everything; ours is the lowest severity. */
export function hadolintThreshold(value: string): Threshold | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'ignore') return 'style';
  if (v === 'none') return 'none';
  return (HADOLINT_LEVELS as readonly string[]).includes(v) ? (v as Threshold) : undefined;
}

/**
 * Where hadolint looks when no `--config` is given (src/Hadolint/Config/Configfile.hs): the
 * working directory, then `$XDG_CONFIG_HOME`, then `~/.hadolint/`, then the home directory.
 */
export function hadolintConfigCandidates(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  const hidden = ['.hadolint.yaml', '.hadolint.yml'];
  const visible = ['hadolint.yaml', 'hadolint.yml'];
  return [
    ...hidden.map((f) => join(cwd, f)),
    ...visible.map((f) => join(xdg, f)),
    ...[...visible, 'config.yaml', 'config.yml'].map((f) => join(home, '.hadolint', f)),
    ...hidden.map((f) => join(home, f)),
  ];
}

export function findHadolintConfig(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  explicit?: string,
): string | undefined {
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(path))
      throw new PortcullisError('CONFIG_UNREADABLE', `hadolint config not found: ${explicit}`, {
        file: explicit,
      });
    return path;
  }
  return hadolintConfigCandidates(cwd, env).find((p) => existsSync(p));
}

/** Reads and checks one `.hadolint.yaml`; a wrong type is a config error with its line (exit 2). */
export function readHadolintConfig(path: string, shownAs = path): HadolintConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PortcullisError('CONFIG_UNREADABLE', `cannot read ${shownAs}`, { file: shownAs, cause });
  }
  if (text.trim() === '') return { source: shownAs };
  return fromData(parseConfig(text, shownAs, HADOLINT_SCHEMA).data, shownAs);
}

function fromData(data: Record<string, unknown>, source: string): HadolintConfig {
  const threshold = data['failure-threshold'];
  const formats = [
    ...((data.formats as string[] | undefined) ?? []),
    ...(typeof data.format === 'string' ? [data.format] : []),
  ];
  return {
    source,
    failureThreshold: typeof threshold === 'string' ? hadolintThreshold(threshold) : undefined,
    noFail: data['no-fail'] as boolean | undefined,
    ignored: data.ignored as string[] | undefined,
    override: data.override as HadolintConfig['override'],
    trustedRegistries: data.trustedRegistries as string[] | undefined,
    labelSchema: data['label-schema'] as Record<string, LabelType> | undefined,
    strictLabels: data['strict-labels'] as boolean | undefined,
    disableIgnorePragma: data['disable-ignore-pragma'] as boolean | undefined,
    formats: formats.length ? formats : undefined,
  };
}

const TRUTHY = ['1', 'y', 'on', 'true', 'yes'];

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function truthy(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : TRUTHY.includes(value.toLowerCase());
}

/** `label:type,label:type`, as `HADOLINT_REQUIRE_LABELS` and `--require-label` take it. */
export function parseLabelSchema(items: readonly string[]): Record<string, LabelType> {
  const out: Record<string, LabelType> = {};
  for (const item of items) {
    const colon = item.indexOf(':');
    const type = item.slice(colon + 1) as LabelType;
    if (colon > 0 && LABEL_TYPES.includes(type)) out[item.slice(0, colon)] = type;
  }
  return out;
}

/** The `HADOLINT_*` environment variables hadolint documents (README "Configure", Config/Environment.hs). */
export function hadolintEnv(env: Readonly<Record<string, string | undefined>>): HadolintConfig {
  const threshold = env.HADOLINT_FAILURE_THRESHOLD;
  const labels = list(env.HADOLINT_REQUIRE_LABELS);
  return {
    source: 'environment',
    noFail: truthy(env.HADOLINT_NOFAIL),
    failureThreshold: threshold ? hadolintThreshold(threshold) : undefined,
    ignored: list(env.HADOLINT_IGNORE),
    override: {
      error: list(env.HADOLINT_OVERRIDE_ERROR),
      warning: list(env.HADOLINT_OVERRIDE_WARNING),
      info: list(env.HADOLINT_OVERRIDE_INFO),
      style: list(env.HADOLINT_OVERRIDE_STYLE),
    },
    trustedRegistries: list(env.HADOLINT_TRUSTED_REGISTRIES),
    labelSchema: labels ? parseLabelSchema(labels) : undefined,
    strictLabels: truthy(env.HADOLINT_STRICT_LABELS),
    disableIgnorePragma: truthy(env.HADOLINT_DISABLE_IGNORE_PRAGMA),
    formats: list(env.HADOLINT_FORMAT),
  };
}

/** Merges sources in order: lists add up (as hadolint's Semigroup does), later scalars win. */
export function mergeHadolint(...configs: HadolintConfig[]): HadolintConfig {
  const out: HadolintConfig = {};
  const cat = <T>(a: T[] | undefined, b: T[] | undefined) =>
    a || b ? [...(a ?? []), ...(b ?? [])] : undefined;
  for (const c of configs) {
    out.failureThreshold = c.failureThreshold ?? out.failureThreshold;
    out.noFail = c.noFail ?? out.noFail;
    out.strictLabels = c.strictLabels ?? out.strictLabels;
    out.disableIgnorePragma = c.disableIgnorePragma ?? out.disableIgnorePragma;
    out.ignored = cat(out.ignored, c.ignored);
    out.trustedRegistries = cat(out.trustedRegistries, c.trustedRegistries);
    out.formats = cat(out.formats, c.formats);
    out.labelSchema = c.labelSchema || out.labelSchema ? { ...out.labelSchema, ...c.labelSchema } : undefined;
    for (const level of HADOLINT_LEVELS) {
      const merged = cat(out.override?.[level], c.override?.[level]);
      if (merged) out.override = { ...out.override, [level]: merged };
    }
  }
  return out;
}
