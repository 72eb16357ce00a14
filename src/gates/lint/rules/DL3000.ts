import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { dropQuotes, instructionsOf } from './util.js';

/** A relative WORKDIR depends on whatever the previous one was. */
export function isAbsolutePath(path: string): boolean {
  const p = dropQuotes(path);
  return p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:/.test(p);
}

/** DL3000: WORKDIR must be absolute. */
export const DL3000: LintRule = {
  meta: {
    id: 'DL3000',
    title: 'Use absolute WORKDIR',
    severity: 'error',
    gate: 'lint',
    equivalents: [
      'hadolint:DL3000',
      'trivy:DS-0009',
      'checkov:CKV_DOCKER_10',
      'buildkit:WorkdirRelativePath',
    ],
  },
  check(ctx) {
    return instructionsOf(ctx, 'WORKDIR').flatMap((i) => {
      const path = words(i.args)[0];
      return path && !isAbsolutePath(path.text)
        ? [ctx.finding(DL3000.meta, path, 'Use absolute WORKDIR')]
        : [];
    });
  },
};
