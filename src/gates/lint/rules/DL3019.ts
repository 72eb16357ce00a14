import { hasFlag } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { hasCacheMount, isCommand, oncePerInstruction, runCommands } from './util.js';

/** DL3019: without `--no-cache`, the apk index stays in the layer. */
export const DL3019: LintRule = {
  meta: {
    id: 'DL3019',
    title: 'Use the --no-cache switch with apk add',
    severity: 'info',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3019', 'trivy:DS-0025'],
  },
  check(ctx) {
    const hits = runCommands(ctx, true).filter(
      (rc) =>
        isCommand(rc.command, 'apk', 'add') &&
        !hasFlag(rc.command, 'no-cache') &&
        !hasCacheMount(rc.instr, '/var/cache/apk'),
    );
    return oncePerInstruction(hits).map((rc) => {
      const add = rc.command.args.find((a) => a.text === 'add');
      const fix = add
        ? ctx.fix('add --no-cache to apk add', [{ start: add.end, end: add.end, newText: ' --no-cache' }])
        : undefined;
      return ctx.finding(
        DL3019.meta,
        rc.command,
        'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
        { fix },
      );
    });
  },
};
