import { createHash } from 'node:crypto';
import type { OsvRecord } from './osv.js';

/** Where a DB's records came from: an ecosystem dump, a directory or a file. */
export interface DbSource {
  /** The osv.dev ecosystem (`Debian`, `PyPI`, …) or the path given with `--osv`. */
  name: string;
  url?: string;
  records: number;
  /** Records that were not valid OSV and were left out. */
  skipped: number;
}

/** What every report records about the data it matched against. */
export interface DbMeta {
  schema: 1;
  /** When the DB was built (ISO 8601); `max-db-age` is measured from it. */
  builtAt: string;
  /** `sha256:` of the canonical record stream, so two scans can tell whether they used the same data. */
  digest: string;
  records: number;
  /** Every `affected[].package.ecosystem` present, e.g. `Debian:12`, `Alpine:v3.20`, `PyPI`. */
  ecosystems: string[];
  sources: DbSource[];
}

/** Advisories by package: one lookup per package, never a scan of the whole DB. */
export interface AdvisoryDb {
  readonly meta: DbMeta;
  /** Every advisory with an `affected` entry for this package in this ecosystem. */
  lookup(ecosystem: string, name: string): OsvRecord[];
  close(): void;
}

/**
 * Two DBs read as one: the cached OSV DB and NVD data given with `--nvd`. The age is the
 * first DB's (max-db-age is about the cache); the digest covers both.
 */
export function combineDbs(first: AdvisoryDb, second: AdvisoryDb): AdvisoryDb {
  const digest = createHash('sha256').update(`${first.meta.digest}\n${second.meta.digest}`).digest('hex');
  const meta: DbMeta = {
    ...first.meta,
    digest: `sha256:${digest}`,
    records: first.meta.records + second.meta.records,
    ecosystems: [...new Set([...first.meta.ecosystems, ...second.meta.ecosystems])].sort(),
    sources: [...first.meta.sources, ...second.meta.sources],
  };
  return {
    meta,
    lookup: (ecosystem, name) => [...first.lookup(ecosystem, name), ...second.lookup(ecosystem, name)],
    close: () => {
      first.close();
      second.close();
    },
  };
}
