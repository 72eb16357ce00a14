import type { Command, LintRule } from '../rule.js';
import {
  atCommand,
  cleanedAfterInstall,
  cmdHasArgs,
  hasCacheOrTmpfsMountWith,
  runUnits,
} from './helpers-b.js';

const installs = (c: Command) => cmdHasArgs(c, ['zypper'], ['install', 'in']);
const cleans = (c: Command) => cmdHasArgs(c, ['zypper'], ['clean', 'cc']);

/** DL3036: zypper caches stay in the layer unless the same RUN cleans them (https://github.com/hadolint/hadolint/wiki/DL3036). */
export const DL3036: LintRule = {
  meta: {
    id: 'DL3036',
    title: '`zypper clean` missing after zypper use',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3036', 'trivy:DS-0020'],
  },
  check(ctx) {
    return runUnits(ctx)
      .filter(
        (u) =>
          !hasCacheOrTmpfsMountWith(u.instr, '/var/cache/zypp') &&
          !cleanedAfterInstall(u.commands, installs, cleans),
      )
      .map((u) =>
        atCommand(ctx, DL3036.meta, u.commands.find(installs)!, '`zypper clean` missing after zypper use.'),
      );
  },
};
