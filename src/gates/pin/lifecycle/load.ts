import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PortcullisError } from '../../../core/errors.js';
import bundled from './snapshot.json' with { type: 'json' };
import type { Cycle, LifecycleSnapshot } from './types.js';

export const DEFAULT_EOL_BASE_URL = 'https://endoflife.date/api';

/** The snapshot shipped with this release. */
export const BUNDLED_SNAPSHOT: LifecycleSnapshot = bundled as LifecycleSnapshot;

function isCycle(v: unknown): v is Cycle {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    (typeof c.cycle === 'string' || typeof c.cycle === 'number') &&
    (typeof c.eol === 'string' || typeof c.eol === 'boolean')
  );
}

function normaliseCycles(source: string, data: unknown): Cycle[] {
  if (!Array.isArray(data) || data.length === 0 || !data.every(isCycle))
    throw new PortcullisError('PARSE_FAILED', `${source}: not an endoflife.date cycle list`);
  return data.map((c) => {
    const keep: Cycle = { cycle: String(c.cycle), eol: c.eol };
    for (const k of [
      'releaseDate',
      'extendedSupport',
      'lts',
      'codename',
      'latest',
      'latestReleaseDate',
    ] as const)
      if (c[k] !== undefined && c[k] !== null) (keep as unknown as Record<string, unknown>)[k] = c[k];
    return keep;
  });
}

/** Reads a snapshot written by `--update-lifecycle`; a damaged file is an error, never ignored. */
export function readSnapshot(file: string): LifecycleSnapshot {
  let data: LifecycleSnapshot;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as LifecycleSnapshot;
  } catch (cause) {
    throw new PortcullisError('PARSE_FAILED', `cannot read lifecycle snapshot ${file}`, { file, cause });
  }
  if (typeof data?.date !== 'string' || !data.products || typeof data.products !== 'object' || !data.images)
    throw new PortcullisError('PARSE_FAILED', `${file}: not a lifecycle snapshot`, { file });
  for (const [product, cycles] of Object.entries(data.products))
    normaliseCycles(`${file}: ${product}`, cycles);
  return data;
}

/** The snapshot to check against: the refreshed file when it exists, else the bundled one. */
export function loadSnapshot(file: string | undefined): { snapshot: LifecycleSnapshot; from: string } {
  if (file && existsSync(file)) return { snapshot: readSnapshot(file), from: file };
  return { snapshot: BUNDLED_SNAPSHOT, from: 'bundled' };
}

/**
 * Refreshes every product from endoflife.date's API (`<base>/<product>.json`) and writes a new
 * dated snapshot. Any failed product fails the whole refresh (exit 3), so a partial file is
 * never written. https://endoflife.date/docs/api/v0/
 */
export async function updateSnapshot(options: {
  baseUrl: string;
  file: string;
  today: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}): Promise<LifecycleSnapshot> {
  const doFetch = options.fetchImpl ?? fetch;
  const products: Record<string, Cycle[]> = {};
  for (const product of Object.keys(BUNDLED_SNAPSHOT.products)) {
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${product}.json`;
    let res: Response;
    try {
      res = await doFetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (cause) {
      throw new PortcullisError(
        'NETWORK',
        `cannot refresh lifecycle data: ${url}: ${(cause as Error).message}`,
        {
          cause,
        },
      );
    }
    if (!res.ok)
      throw new PortcullisError('NETWORK', `cannot refresh lifecycle data: ${url}: HTTP ${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch (cause) {
      throw new PortcullisError('PARSE_FAILED', `cannot refresh lifecycle data: ${url}: invalid JSON`, {
        cause,
      });
    }
    products[product] = normaliseCycles(url, body);
  }
  const snapshot: LifecycleSnapshot = {
    ...BUNDLED_SNAPSHOT,
    date: options.today,
    source: options.baseUrl,
    products,
  };
  mkdirSync(dirname(options.file), { recursive: true });
  writeFileSync(options.file, `${JSON.stringify(snapshot, null, 1)}\n`);
  return snapshot;
}
