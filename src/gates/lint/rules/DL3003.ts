import type { LintRule } from '../rule.js';
import { oncePerInstruction, runCommands } from './util.js';

/** DL3003: `cd` in RUN lasts one instruction; WORKDIR says where the build is. */
export const DL3003: LintRule = {
  meta: {
    id: 'DL3003',
    title: 'Use WORKDIR to switch to a directory',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3003', 'trivy:DS-0013'],
  },
  check(ctx) {
    return oncePerInstruction(runCommands(ctx, false).filter((rc) => rc.command.name === 'cd')).map((rc) =>
      ctx.finding(DL3003.meta, rc.command, 'Use WORKDIR to switch to a directory'),
    );
  },
};
