/** One release cycle in endoflife.date's API format (https://endoflife.date/docs/api/). */
export interface Cycle {
  cycle: string;
  releaseDate?: string;
  /** End of (security) support: a date, or a boolean when no date is known. */
  eol: string | boolean;
  extendedSupport?: string | boolean;
  lts?: string | boolean;
  codename?: string;
  latest?: string;
  latestReleaseDate?: string;
}

/** A dated copy of endoflife.date data, plus which image names map to which product. */
export interface LifecycleSnapshot {
  date: string;
  source: string;
  note?: string;
  /** Image name (Docker Hub familiar name, `library/` dropped) → endoflife.date product. */
  images: Record<string, string>;
  products: Record<string, Cycle[]>;
}
