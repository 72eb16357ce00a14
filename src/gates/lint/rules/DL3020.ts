import { words } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { dropQuotes, instructionsOf, isArchive } from './util.js';

function isUrl(path: string): boolean {
  return /^https?:\/\//.test(dropQuotes(path)) || /^git@|\.git(#|$)/.test(dropQuotes(path));
}

/** ADD sources, without the destination; heredoc ADDs have none. */
function sources(args: { exec?: { values: string[] }; text: string[] }): string[] {
  return (args.exec?.values ?? args.text).slice(0, -1);
}

/** DL3020: ADD fetches and unpacks; for plain files COPY says what happens. */
export const DL3020: LintRule = {
  meta: {
    id: 'DL3020',
    title: 'Use COPY instead of ADD for files and folders',
    severity: 'error',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3020', 'trivy:DS-0005', 'checkov:CKV_DOCKER_4'],
  },
  check(ctx) {
    return instructionsOf(ctx, 'ADD').flatMap((i) => {
      if (i.heredocs.length) return [];
      const srcs = sources({ exec: i.exec, text: words(i.args).map((w) => w.text) });
      if (srcs.length === 0 || srcs.every((s) => isArchive(s) || isUrl(s))) return [];
      const fix = i.onbuild
        ? undefined
        : ctx.fix('use COPY', [
            { start: i.start, end: i.keywordEnd, newText: i.keywordText === 'add' ? 'copy' : 'COPY' },
          ]);
      return [ctx.finding(DL3020.meta, i, 'Use COPY instead of ADD for files and folders', { fix })];
    });
  },
};
