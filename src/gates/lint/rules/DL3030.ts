import { hasFlag } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { isCommand, oncePerInstruction, runCommands } from './util.js';

/** DL3030: without `-y`, yum install waits for an answer the build cannot give. */
export const DL3030: LintRule = {
  meta: {
    id: 'DL3030',
    title: 'Use the -y switch with yum install',
    severity: 'warning',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3030'],
  },
  check(ctx) {
    const hits = runCommands(ctx, true).filter(
      (rc) =>
        isCommand(rc.command, 'yum', 'install', 'groupinstall', 'localinstall') &&
        !hasFlag(rc.command, 'y', 'assumeyes'),
    );
    return oncePerInstruction(hits).map((rc) => {
      const sub = rc.command.args.find((a) => ['install', 'groupinstall', 'localinstall'].includes(a.text));
      const fix = sub
        ? ctx.fix('add -y to yum install', [{ start: sub.end, end: sub.end, newText: ' -y' }])
        : undefined;
      return ctx.finding(
        DL3030.meta,
        rc.command,
        'Use the -y switch to avoid manual input `yum install -y <package>`',
        {
          fix,
        },
      );
    });
  },
};
