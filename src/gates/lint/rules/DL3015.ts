import { hasArg, hasFlag } from '../parse/index.js';
import type { LintRule } from '../rule.js';
import { isCommand, oncePerInstruction, runCommands } from './util.js';

/** DL3015: recommended packages bloat the image with things nobody asked for. */
export const DL3015: LintRule = {
  meta: {
    id: 'DL3015',
    title: 'Avoid additional packages by specifying --no-install-recommends',
    severity: 'info',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3015', 'trivy:DS-0029'],
  },
  check(ctx) {
    const hits = runCommands(ctx, true).filter(
      (rc) =>
        isCommand(rc.command, 'apt-get', 'install') &&
        !hasFlag(rc.command, 'no-install-recommends') &&
        !hasArg(rc.command, 'APT::Install-Recommends=false') &&
        !rc.command.args.some((a) => /^APT::Install-Recommends=(false|0)$/i.test(a.text)),
    );
    return oncePerInstruction(hits).map((rc) => {
      const install = rc.command.args.find((a) => a.text === 'install');
      const fix = install
        ? ctx.fix('add --no-install-recommends to apt-get install', [
            { start: install.end, end: install.end, newText: ' --no-install-recommends' },
          ])
        : undefined;
      return ctx.finding(
        DL3015.meta,
        rc.command,
        'Avoid additional packages by specifying `--no-install-recommends`',
        { fix },
      );
    });
  },
};
