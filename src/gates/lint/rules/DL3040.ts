import type { Command, LintRule } from '../rule.js';
import {
  atCommand,
  cleanedAfterInstall,
  cmdHasArgs,
  hasCacheOrTmpfsMountWith,
  runUnits,
} from './helpers-b.js';

const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const installs = (name: string) => (c: Command) => cmdHasArgs(c, [name], INSTALLS);
const cleans = (name: string) => (c: Command) =>
  cmdHasArgs(c, [name], ['clean', 'all']) || cmdHasArgs(c, ['rm'], ['-rf', '/var/cache/libdnf5*']);

/** DL3040: dnf caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3040). */
export const DL3040: LintRule = {
  meta: {
    id: 'DL3040',
    title: '`dnf clean all` missing after dnf command',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3040', 'trivy:DS-0019', 'trivy:DS-0027'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      if (
        hasCacheOrTmpfsMountWith(u.instr, '/var/cache/libdnf5') ||
        hasCacheOrTmpfsMountWith(u.instr, '.cache/libdnf5')
      )
        return [];
      const name = ['dnf', 'microdnf'].find((n) => !cleanedAfterInstall(u.commands, installs(n), cleans(n)));
      if (!name) return [];
      const cmd = u.commands.find(installs(name))!;
      return [atCommand(ctx, DL3040.meta, cmd, '`dnf clean all` missing after dnf command.')];
    });
  },
};
