import { flagsOf } from '../parse/index.js';
import type { LintRule, RunCommand } from '../rule.js';
import { isCommand, oncePerInstruction, runCommands } from './util.js';

/** True for an `apt-get install` that may stop to ask a question. */
export function aptGetAsks(rc: RunCommand): boolean {
  const cmd = rc.command;
  if (!isCommand(cmd, 'apt-get', 'install')) return false;
  const flags = flagsOf(cmd);
  const yes = ['y', 'yes', 'qq', 'assume-yes'].some((f) => flags.includes(f));
  const quiet2 =
    flags.filter((f) => f === 'q').length === 2 ||
    flags.filter((f) => f === 'quiet').length === 2 ||
    cmd.args.some((a) => a.text === '-q=2');
  return !yes && !quiet2;
}

/** DL3014: without `-y`, apt-get install waits for an answer the build cannot give. */
export const DL3014: LintRule = {
  meta: {
    id: 'DL3014',
    title: 'Use the -y switch with apt-get install',
    severity: 'warning',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3014', 'trivy:DS-0021'],
  },
  check(ctx) {
    return oncePerInstruction(runCommands(ctx, true).filter(aptGetAsks)).map((rc) => {
      const install = rc.command.args.find((a) => a.text === 'install');
      const fix = install
        ? ctx.fix('add -y to apt-get install', [{ start: install.end, end: install.end, newText: ' -y' }])
        : undefined;
      return ctx.finding(
        DL3014.meta,
        rc.command,
        'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
        { fix },
      );
    });
  },
};
