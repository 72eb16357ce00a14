import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';

/**
 * PL017: `ENV key value` is the legacy form; `ENV key=value` is unambiguous (BuildKit
 * `LegacyKeyValueFormat`). Off by default: the official images still use the legacy form widely.
 */
export const PL017: LintRule = {
  meta: {
    id: 'PL017',
    title: 'Legacy key/value format with whitespace separator should not be used',
    severity: 'style',
    gate: 'lint',
    fixable: true,
    disabledByDefault: true,
    equivalents: ['buildkit:LegacyKeyValueFormat'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'ENV' || i.keyword === 'LABEL')
      .flatMap((i) => {
        const ws = words(i.args);
        if (ws.length < 2 || ws[0].text.includes('=')) return [];
        const gap = { start: ws[0].end, end: ws[1].start };
        const single = !ctx.dockerfile.text.slice(gap.start, gap.end).includes('\n') && ws.length === 2;
        const fix = single ? ctx.fix('Use key=value', [{ ...gap, newText: '=' }]) : undefined;
        return [
          ctx.finding(
            PL017.meta,
            { start: i.start, end: i.end },
            `"${i.keyword} key=value" should be used instead of legacy "${i.keyword} key value" format`,
            fix ? { fix } : {},
          ),
        ];
      });
  },
};
