import type { Command, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, runUnits } from './helpers-b.js';

const distUpgrade = (c: Command) =>
  cmdHasArgs(c, ['apt-get', 'apt', 'aptitude'], ['dist-upgrade', 'full-upgrade']);

/** PL008: a distribution upgrade makes the image depend on the day it was built; pin a newer base instead. */
export const PL008: LintRule = {
  meta: {
    id: 'PL008',
    title: 'Do not use `apt-get dist-upgrade`',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['trivy:DS-0024', 'dockerfilelint:apt-get-dist-upgrade'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find(distUpgrade);
      return bad ? [atCommand(ctx, PL008.meta, bad, `Do not use \`${bad.name} dist-upgrade\``)] : [];
    });
  },
};
