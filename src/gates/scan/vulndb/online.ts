import type { DbSource } from './db.js';
import { VulnDbError } from './errors.js';
import { normaliseOsv, type OsvRecord } from './osv.js';
import { MemoryDb } from './store.js';

/** osv.dev's API. @see https://google.github.io/osv.dev/api/ */
export const OSV_API_BASE = 'https://api.osv.dev';
const BATCH = 1000;

export interface OnlineQuery {
  ecosystem: string;
  name: string;
  version: string;
}

export interface OnlineOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

async function json(response: Response, what: string): Promise<unknown> {
  if (!response.ok) throw new VulnDbError('DB_UPDATE_FAILED', `${what}: HTTP ${response.status}`);
  return response.json();
}

/**
 * `--online`: asks osv.dev's batch API which advisories affect each package, then fetches each
 * advisory, and returns them as an in-memory DB. This SENDS PACKAGE NAMES AND VERSIONS to
 * osv.dev, so it is off by default. Any failure is an error, never an empty result.
 * @see https://google.github.io/osv.dev/post-v1-querybatch/
 */
export async function queryOsvOnline(
  queries: readonly OnlineQuery[],
  options: OnlineOptions = {},
): Promise<MemoryDb> {
  const doFetch = options.fetch ?? fetch;
  const base = (options.baseUrl ?? OSV_API_BASE).replace(/\/+$/, '');
  const ids = new Set<string>();
  let pending = queries.map((q) => ({ query: q, pageToken: undefined as string | undefined }));
  while (pending.length) {
    const next: typeof pending = [];
    for (let i = 0; i < pending.length; i += BATCH) {
      const slice = pending.slice(i, i + BATCH);
      const body = {
        queries: slice.map(({ query, pageToken }) => ({
          package: { ecosystem: query.ecosystem, name: query.name },
          version: query.version,
          ...(pageToken ? { page_token: pageToken } : {}),
        })),
      };
      const result = (await json(
        await doFetch(`${base}/v1/querybatch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        'osv.dev querybatch',
      )) as { results?: { vulns?: { id: string }[]; next_page_token?: string }[] };
      if (!Array.isArray(result.results) || result.results.length !== slice.length)
        throw new VulnDbError(
          'DB_CORRUPT',
          'osv.dev querybatch answered with a result count that does not match the queries',
        );
      result.results.forEach((r, j) => {
        for (const v of r.vulns ?? []) ids.add(v.id);
        if (r.next_page_token) next.push({ query: slice[j]!.query, pageToken: r.next_page_token });
      });
    }
    pending = next;
  }
  const records: OsvRecord[] = [];
  for (const id of [...ids].sort()) {
    const raw = await json(
      await doFetch(`${base}/v1/vulns/${encodeURIComponent(id)}`),
      `osv.dev vulns/${id}`,
    );
    try {
      records.push(normaliseOsv(raw));
    } catch (error) {
      throw new VulnDbError('OSV_INVALID', `osv.dev vulns/${id}: ${(error as Error).message}`);
    }
  }
  const source: DbSource = { name: `${base} (online)`, url: base, records: records.length, skipped: 0 };
  return new MemoryDb(records, [source], new Date().toISOString(), [
    ...new Set(queries.map((q) => q.ecosystem)),
  ]);
}
