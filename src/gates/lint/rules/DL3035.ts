import type { Command, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, runUnits } from './helpers-b.js';

const distUpgrade = (c: Command) => cmdHasArgs(c, ['zypper'], ['dist-upgrade', 'dup']);

/** DL3035: a distribution upgrade inside an image build is unrepeatable (https://github.com/hadolint/hadolint/wiki/DL3035). */
export const DL3035: LintRule = {
  meta: {
    id: 'DL3035',
    title: 'Do not use `zypper dist-upgrade`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3035'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(distUpgrade);
      return bad ? [atCommand(ctx, DL3035.meta, bad, 'Do not use `zypper dist-upgrade`.')] : [];
    });
  },
};
