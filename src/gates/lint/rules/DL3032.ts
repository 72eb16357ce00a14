import type { Command, LintRule } from '../rule.js';
import { atCommand, cleanedAfterInstall, cmdHasArgs, runUnits } from './helpers-b.js';

const installs = (c: Command) => cmdHasArgs(c, ['yum'], ['install']);
const cleans = (c: Command) =>
  cmdHasArgs(c, ['yum'], ['clean', 'all']) || cmdHasArgs(c, ['rm'], ['-rf', '/var/cache/yum/*']);

/** DL3032: yum caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3032). */
export const DL3032: LintRule = {
  meta: {
    id: 'DL3032',
    title: '`yum clean all` missing after yum command',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3032', 'trivy:DS-0015'],
  },
  check(ctx) {
    return runUnits(ctx)
      .filter((u) => !cleanedAfterInstall(u.commands, installs, cleans))
      .map((u) =>
        atCommand(ctx, DL3032.meta, u.commands.find(installs)!, '`yum clean all` missing after yum command.'),
      );
  },
};
