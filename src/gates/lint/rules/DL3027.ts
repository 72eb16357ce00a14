import type { LintRule } from '../rule.js';
import { oncePerInstruction, runCommands } from './util.js';

/** DL3027: apt's interface is meant for people and is not stable for scripts; use apt-get or apt-cache. */
export const DL3027: LintRule = {
  meta: {
    id: 'DL3027',
    title: 'Do not use apt; use apt-get or apt-cache',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3027', 'checkov:CKV_DOCKER_9'],
  },
  check(ctx) {
    return oncePerInstruction(runCommands(ctx, true).filter((rc) => rc.command.name === 'apt')).map((rc) =>
      ctx.finding(
        DL3027.meta,
        rc.command,
        'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
      ),
    );
  },
};
