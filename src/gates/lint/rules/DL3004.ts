import type { LintRule } from '../rule.js';
import { oncePerInstruction, runCommands } from './util.js';

/** DL3004: sudo in a build behaves unpredictably (tty, environment); the build already runs as the USER set. */
export const DL3004: LintRule = {
  meta: {
    id: 'DL3004',
    title: 'Do not use sudo',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: ['hadolint:DL3004', 'trivy:DS-0010', 'checkov:CKV2_DOCKER_1'],
  },
  check(ctx) {
    return oncePerInstruction(runCommands(ctx, true).filter((rc) => rc.command.name === 'sudo')).map((rc) =>
      ctx.finding(
        DL3004.meta,
        rc.command,
        'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
      ),
    );
  },
};
