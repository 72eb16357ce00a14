/** Orders two versions of one ecosystem: negative when `a < b`, zero when equal, positive when `a > b`. */
export type VersionComparator = (a: string, b: string) => number;

/** A version string the ecosystem's rules cannot order; the matcher reports it rather than guessing. */
export class InvalidVersionError extends Error {
  constructor(
    readonly scheme: string,
    readonly version: string,
    reason = 'not a valid version',
  ) {
    super(`${scheme} version "${version}": ${reason}`);
    this.name = 'InvalidVersionError';
  }
}

export function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
