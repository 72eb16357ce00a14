import type { Command, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, firstIndex, hasCacheOrTmpfsMountWith, runUnits } from './helpers-b.js';

const installs = (c: Command) => cmdHasArgs(c, ['yarn'], ['install']);
const cleans = (c: Command) => cmdHasArgs(c, ['yarn'], ['cache', 'clean']);

/**
 * DL3060: yarn's cache stays in the layer unless the same RUN cleans it after installing. Like
 * hadolint, only the final stage and stages used as a base are reported.
 */
export const DL3060: LintRule = {
  meta: {
    id: 'DL3060',
    title: '`yarn cache clean` missing after `yarn install` was run',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3060'],
  },
  check(ctx) {
    const bases = new Set(ctx.stages.map((s) => s.image.toLowerCase()));
    const last = ctx.stages.length - 1;
    return runUnits(ctx).flatMap((u) => {
      const install = firstIndex(u.commands, installs);
      if (install < 0) return [];
      const clean = firstIndex(u.commands, cleans);
      const missing = clean < 0 && !hasCacheOrTmpfsMountWith(u.instr, '.cache/yarn');
      if (!missing && !(clean >= 0 && clean < install)) return [];
      if (!u.instr.onbuild) {
        const stage = ctx.stages[u.instr.stage];
        if (u.instr.stage !== last && !(stage?.alias && bases.has(stage.alias))) return [];
      }
      return [
        atCommand(
          ctx,
          DL3060.meta,
          u.commands[install],
          '`yarn cache clean` missing after `yarn install` was run.',
        ),
      ];
    });
  },
};
