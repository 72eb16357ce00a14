import { ownMeta } from './types.js';

/** PK001: the object's score is below the configured minimum for its kind. */
export const PK001 = ownMeta('PK001', 'Score below the minimum', 'high', { security: false });

/** PK002: a `portcullis.dev/ignore` annotation or config exemption that cannot be used. */
export const PK002 = ownMeta('PK002', 'Invalid exemption', 'high', { security: false });

/** PK003: an exemption past its expiry date; the findings it covered count again. */
export const PK003 = ownMeta('PK003', 'Expired exemption', 'high', { security: false });
