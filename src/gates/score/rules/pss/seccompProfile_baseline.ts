import { isJson } from '../../model.js';
import { podAndContainers } from './helpers.js';
import type { PssCheck } from './types.js';
import { pssMeta } from './types.js';

export const validSeccomp = (p: unknown) =>
  isJson(p) && (p.type === 'RuntimeDefault' || p.type === 'Localhost');

export const badSeccomp = (p: unknown) =>
  validSeccomp(p)
    ? undefined
    : `must not set securityContext.seccompProfile.type to ${JSON.stringify((isJson(p) ? p.type : undefined) ?? '')}`;

/** Baseline: a seccomp profile, when set, is RuntimeDefault or Localhost. */
export const seccompProfile_baseline: PssCheck = {
  meta: pssMeta('seccompProfile_baseline', 'baseline', 'Seccomp profile disabled', [
    'kubesec:SeccompUnconfined',
  ]),
  checkId: 'seccompProfile_baseline',
  level: 'baseline',
  check: (w) => podAndContainers(w, ['seccompProfile'], badSeccomp),
};
