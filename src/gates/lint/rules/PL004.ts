import type { LintRule } from '../rule.js';
import { copyPaths, dropQuotes, flagValueOf } from './helpers-b.js';

/**
 * PL004: `ADD <url>` takes whatever the server returns; `--checksum=sha256:…` pins it
 * (https://docs.docker.com/reference/dockerfile/#add---checksum). Git URLs are pinned by commit
 * instead and are left to the pin gate.
 */
export const PL004: LintRule = {
  meta: {
    id: 'PL004',
    title: '`ADD <url>` without `--checksum`',
    severity: 'warning',
    gate: 'lint',
    security: true,
    equivalents: ['scorecard:Pinned-Dependencies'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'ADD' && flagValueOf(i, 'checksum') === undefined)
      .flatMap((i) =>
        copyPaths(i)
          .sources.filter((s) => /^(https?|ftp):\/\//i.test(dropQuotes(s.text)) && !/\.git(#|$)/.test(s.text))
          .slice(0, 1)
          .map((s) => ctx.finding(PL004.meta, s, 'ADD of a remote URL without --checksum=sha256:<digest>')),
      );
  },
};
