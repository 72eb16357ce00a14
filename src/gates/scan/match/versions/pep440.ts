import { compare, valid } from '@renovatebot/pep440';
import { InvalidVersionError, sign } from './types.js';

/**
 * Compares Python package versions by PEP 440 (epoch `N!`, pre/post/dev releases, local `+x`).
 * @see https://peps.python.org/pep-0440/
 */
export function comparePep440(a: string, b: string): number {
  if (valid(a) === null) throw new InvalidVersionError('pep440', a);
  if (valid(b) === null) throw new InvalidVersionError('pep440', b);
  return sign(compare(a, b));
}
