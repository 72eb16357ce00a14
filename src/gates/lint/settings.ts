import { PortcullisError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Severity, Threshold } from '../../core/severity.js';
import {
  findHadolintConfig,
  HADOLINT_LEVELS,
  type HadolintConfig,
  hadolintEnv,
  hadolintThreshold,
  mergeHadolint,
  parseLabelSchema,
  readHadolintConfig,
} from './hadolint-config.js';
import type { LabelType, LintSettings } from './rule.js';

/** Everything the run needs after `.hadolint.yaml`, `HADOLINT_*`, `lint:` and the options are merged. */
export interface LintRunSettings extends LintSettings {
  ignored: string[];
  /** Rule id (upper case) → severity it is reported at. */
  severities: Map<string, Severity>;
  enabled: Set<string>;
  disableIgnorePragma: boolean;
  failOn?: Threshold;
  noFail?: boolean;
  shellcheck: boolean;
  fix: boolean;
  /** The `.hadolint.yaml` read, for notes. */
  hadolintFile?: string;
  /** hadolint output formats asked for in its config or `HADOLINT_FORMAT`; reported, not applied. */
  formats?: string[];
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** The `lint:` section of portcullis.yaml in hadolint's terms. */
function fromSection(section: Record<string, unknown>, file?: string): HadolintConfig {
  const override = section.override as Record<string, unknown> | undefined;
  return {
    source: file,
    ignored: strings(section.ignored),
    override: override
      ? Object.fromEntries(HADOLINT_LEVELS.map((l) => [l, strings(override[l])]))
      : undefined,
    trustedRegistries: strings(section['trusted-registries']),
    labelSchema: section['label-schema'] as Record<string, LabelType> | undefined,
    strictLabels: section['strict-labels'] as boolean | undefined,
    disableIgnorePragma: section['disable-ignore-pragma'] as boolean | undefined,
  };
}

function fromOptions(ctx: GateContext): HadolintConfig {
  const o = ctx.options;
  const list = (name: string) => strings(o[name]);
  const threshold = typeof o['failure-threshold'] === 'string' ? o['failure-threshold'] : undefined;
  const failureThreshold = threshold === undefined ? undefined : hadolintThreshold(threshold);
  if (threshold !== undefined && failureThreshold === undefined)
    throw new PortcullisError('USAGE', `--failure-threshold: unknown severity "${threshold}"`);
  const labels = list('require-label');
  return {
    source: 'options',
    failureThreshold,
    ignored: list('ignore'),
    override: Object.fromEntries(HADOLINT_LEVELS.map((l) => [l, list(`override-${l}`)])),
    trustedRegistries: list('trusted-registry'),
    labelSchema: labels ? parseLabelSchema(labels) : undefined,
    strictLabels: o['strict-labels'] === true ? true : undefined,
    disableIgnorePragma: o['disable-ignore-pragma'] === true ? true : undefined,
  };
}

/**
 * Merges the sources in increasing precedence: `.hadolint.yaml` (hadolint's search order, or
 * `hadolint-config`), `HADOLINT_*` variables, the `lint:` section of portcullis.yaml, options.
 */
export function readSettings(ctx: GateContext): LintRunSettings {
  const explicit =
    (typeof ctx.options['hadolint-config'] === 'string' ? ctx.options['hadolint-config'] : undefined) ??
    (typeof ctx.config['hadolint-config'] === 'string'
      ? (ctx.config['hadolint-config'] as string)
      : undefined);
  const file = findHadolintConfig(ctx.cwd, ctx.env, explicit);
  const merged = mergeHadolint(
    file ? readHadolintConfig(file) : {},
    hadolintEnv(ctx.env),
    fromSection(ctx.config, ctx.configFile),
    fromOptions(ctx),
  );
  const severities = new Map<string, Severity>();
  // The most severe override wins when a rule is listed twice.
  for (const level of [...HADOLINT_LEVELS].reverse())
    for (const id of merged.override?.[level] ?? []) severities.set(id.toUpperCase(), level);
  const enabled = new Set(
    [...severities.keys(), ...(strings(ctx.config.enable) ?? []), ...(strings(ctx.options.enable) ?? [])].map(
      (s) => s.toUpperCase(),
    ),
  );
  return {
    trustedRegistries: merged.trustedRegistries ?? [],
    labelSchema: merged.labelSchema ?? {},
    strictLabels: merged.strictLabels ?? false,
    ignored: (merged.ignored ?? []).map((s) => s.toUpperCase()),
    severities,
    enabled,
    disableIgnorePragma: merged.disableIgnorePragma ?? false,
    failOn: merged.failureThreshold,
    noFail: merged.noFail,
    shellcheck: ctx.options['skip-shellcheck'] !== true && ctx.config.shellcheck !== false,
    fix: ctx.options.fix === true,
    hadolintFile: file,
    formats: merged.formats,
  };
}
