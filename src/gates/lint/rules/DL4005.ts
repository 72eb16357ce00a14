import type { Command, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, runUnits } from './helpers-b.js';

const relinksSh = (c: Command) => cmdHasArgs(c, ['ln'], ['/bin/sh']);

/** DL4005: replacing /bin/sh by a symlink hides the change; SHELL states it (https://docs.docker.com/reference/dockerfile/#shell). */
export const DL4005: LintRule = {
  meta: {
    id: 'DL4005',
    title: 'Use SHELL to change the default shell',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL4005'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(relinksSh);
      return bad ? [atCommand(ctx, DL4005.meta, bad, 'Use SHELL to change the default shell')] : [];
    });
  },
};
