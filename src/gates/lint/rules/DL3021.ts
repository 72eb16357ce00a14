import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { dropQuotes, instructionsOf } from './util.js';

/** DL3021: with several sources, BuildKit requires a directory destination, written with a trailing `/`. */
export const DL3021: LintRule = {
  meta: {
    id: 'DL3021',
    title: 'COPY with more than 2 arguments requires the last argument to end with /',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3021', 'trivy:DS-0011'],
  },
  check(ctx) {
    return instructionsOf(ctx, 'COPY').flatMap((i) => {
      if (i.heredocs.length) return [];
      const ws = words(i.args);
      const values = i.exec?.values ?? ws.map((w) => w.text);
      if (values.length <= 2) return [];
      const dest = dropQuotes(values.at(-1) ?? '');
      if (dest.endsWith('/') || dest.endsWith('\\')) return [];
      const at = i.exec ? i.exec : (ws.at(-1) ?? i);
      return [
        ctx.finding(
          DL3021.meta,
          at,
          'COPY with more than 2 arguments requires the last argument to end with /',
        ),
      ];
    });
  },
};
