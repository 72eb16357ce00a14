import type { LintRule } from '../rule.js';
import { oncePerInstruction, runCommands } from './util.js';

const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

/** DL3001: interactive and host-management commands make no sense while building an image. */
export const DL3001: LintRule = {
  meta: {
    id: 'DL3001',
    title: 'Command makes no sense in a container',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3001'],
  },
  check(ctx) {
    return oncePerInstruction(runCommands(ctx, true).filter((rc) => POINTLESS.has(rc.command.name))).map(
      (rc) =>
        ctx.finding(
          DL3001.meta,
          rc.command,
          `\`${rc.command.name}\` makes no sense in a container build (like ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig)`,
        ),
    );
  },
};
