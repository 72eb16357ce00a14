import { isAbsolute, resolve } from 'node:path';
import { PortcullisError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { PinPolicy } from './check.js';
import { DEFAULT_EOL_BASE_URL } from './lifecycle/load.js';

/** Everything the pin gate needs from config, options and environment, with defaults applied. */
export interface PinSettings {
  policy: PinPolicy;
  fix: boolean;
  resolve: boolean;
  checkStale: boolean;
  staleAfterMs: number;
  platform?: string;
  ignore: string[];
  insecureRegistries: string[];
  gitBaseUrl: string;
  timeoutMs: number;
  updateLifecycle: boolean;
  lifecycleFile: string;
  lifecycleBaseUrl: string;
  /** YYYY-MM-DD; `PORTCULLIS_TODAY` fixes it for reproducible runs. */
  today: string;
  now: number;
}

const UNIT_MS: Record<string, number> = { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 };

/** Parses `7d`, `12h`, `30m`, `45s`, `2w`. */
export function parseDuration(text: string, source: string): number {
  const m = /^(\d+)([smhdw])$/.exec(text.trim());
  if (!m) throw new PortcullisError('USAGE', `${source}: "${text}" is not a duration such as 7d or 12h`);
  return Number(m[1]) * UNIT_MS[m[2]];
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(/[,\n]/);
  return items.map((s) => s.trim()).filter(Boolean);
}

function str(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

function today(env: GateContext['env']): { today: string; now: number } {
  const fixed = env.PORTCULLIS_TODAY;
  if (fixed !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
      throw new PortcullisError('USAGE', `PORTCULLIS_TODAY: "${fixed}" is not a YYYY-MM-DD date`);
    return { today: fixed, now: Date.parse(fixed) };
  }
  const now = Date.now();
  return { today: new Date(now).toISOString().slice(0, 10), now };
}

/** Merges the `pin:` section, the gate options and the environment; bad values are usage errors. */
export function readSettings(ctx: GateContext): PinSettings {
  const c = ctx.config;
  const o = ctx.options;
  const lc = (c.lifecycle ?? {}) as Record<string, unknown>;
  const warnDays = o['lifecycle-warn-days'] ?? lc['warn-days'] ?? 90;
  if (typeof warnDays !== 'number' || !Number.isInteger(warnDays) || warnDays < 0)
    throw new PortcullisError(
      'USAGE',
      `--lifecycle-warn-days: "${String(warnDays)}" is not a whole number of days`,
    );
  const platform = str(o.platform, c.platform);
  if (platform && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform))
    throw new PortcullisError('USAGE', `--platform: "${platform}" is not os/arch[/variant]`);
  const lifecycleFile = str(lc.file) ?? '.portcullis/lifecycle.json';
  return {
    policy: {
      requireDigest: c['require-digest'] !== false,
      forbidLatest: c['forbid-latest'] !== false,
      allowedRegistries: list(o['allowed-registries']) ?? list(c['allowed-registries']) ?? [],
      lifecycle: {
        enabled: lc.enabled !== false,
        warnDays,
        extendedSupport: lc['extended-support'] === true,
      },
    },
    fix: o.fix === true,
    resolve: o.resolve === true,
    checkStale: o['check-stale'] === true,
    staleAfterMs: parseDuration(str(o['stale-after'], c['stale-after']) ?? '7d', 'stale-after'),
    platform,
    ignore: list(c.ignore) ?? [],
    insecureRegistries: list(c['insecure-registries']) ?? [],
    gitBaseUrl: (str(c['git-base-url'], ctx.env.PORTCULLIS_GIT_BASE_URL) ?? 'https://github.com').replace(
      /\/+$/,
      '',
    ),
    timeoutMs: typeof c['timeout-ms'] === 'number' ? c['timeout-ms'] : 30_000,
    updateLifecycle: o['update-lifecycle'] === true,
    lifecycleFile: isAbsolute(lifecycleFile) ? lifecycleFile : resolve(ctx.cwd, lifecycleFile),
    lifecycleBaseUrl: str(lc['base-url'], ctx.env.PORTCULLIS_EOL_BASE_URL) ?? DEFAULT_EOL_BASE_URL,
    ...today(ctx.env),
  };
}

/** True when the run may talk to registries or git hosts. */
export function usesNetwork(s: PinSettings): boolean {
  return s.fix || s.resolve || s.checkStale;
}
