import type { Command } from '../parse/index.js';
import type { LintRule, Stage } from '../rule.js';
import { hasCacheMount, isCommand, oncePerInstruction, runCommands } from './util.js';

/** `rm -rf /var/lib/apt/lists/*`, or apt 2.7's `apt-get dist-clean`, which removes the lists too. */
function removesAptLists(cmd: Command): boolean {
  if ((cmd.name === 'apt-get' || cmd.name === 'apt') && cmd.args.some((a) => a.text === 'dist-clean'))
    return true;
  return cmd.name === 'rm' && cmd.args.some((a) => a.text.startsWith('/var/lib/apt/lists'));
}

/** Stages whose files reach an image: the last one, and any a later FROM builds on. */
function shippedStages(stages: readonly Stage[]): Set<number> {
  const shipped = new Set<number>();
  if (stages.length) shipped.add(stages.length - 1);
  for (const s of stages) {
    const base = s.image.toLowerCase();
    const parent = stages.find((p) => p.index < s.index && p.alias === base);
    if (parent) shipped.add(parent.index);
  }
  return shipped;
}

/** DL3009: apt lists left behind add tens of megabytes to the layer. */
export const DL3009: LintRule = {
  meta: {
    id: 'DL3009',
    title: 'Delete the apt lists after installing something',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3009'],
  },
  check(ctx) {
    const shipped = shippedStages(ctx.stages);
    const updates = runCommands(ctx, true).filter(
      (rc) =>
        isCommand(rc.command, ['apt-get', 'apt', 'aptitude'], 'update') &&
        (rc.instr.stage < 0 || shipped.has(rc.instr.stage)) &&
        !hasCacheMount(rc.instr, '/var/lib/apt/lists') &&
        !(hasCacheMount(rc.instr, '/var/lib/apt') && hasCacheMount(rc.instr, '/var/cache/apt')) &&
        !ctx.commands.some((o) => o.instr === rc.instr && removesAptLists(o.command)),
    );
    return oncePerInstruction(updates).map((rc) =>
      ctx.finding(
        DL3009.meta,
        rc.command,
        'Delete the apt lists (/var/lib/apt/lists) after installing something',
      ),
    );
  },
};
