import type { LintRule, RunCommand } from '../rule.js';
import { argWords, isCommand, oncePerInstruction, runCommands } from './util.js';

/** gem options that take a value; the word after them is not a gem name. */
const VALUED = new Set([
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '--document',
  '--build-root',
  '--platform',
  '-P',
  '--trust-policy',
  '-s',
  '--source',
  '-p',
  '--http-proxy',
  '-g',
  '--file',
  '--without',
  '--config-file',
]);

/** Unpinned gems of `gem install`; none when `-v`/`--version` pins them all. */
export function unpinnedGems(rc: RunCommand): string[] {
  const cmd = rc.command;
  if (!isCommand(cmd, 'gem', 'install', 'i')) return [];
  const texts = cmd.args.map((a) => a.text);
  if (texts.some((t) => t === '-v' || t === '--version' || t.startsWith('--version='))) return [];
  const gems = [];
  for (let k = 0; k < cmd.args.length; k++) {
    const t = texts[k];
    if (t === '--') break;
    if (t.startsWith('-')) {
      if (VALUED.has(t)) k++;
      continue;
    }
    if (t === 'install' || t === 'i') continue;
    gems.push(...argWords(rc, cmd.args[k]));
  }
  return gems.filter((g) => !g.includes(':'));
}

/** DL3028: unpinned gems give a different image on every build. */
export const DL3028: LintRule = {
  meta: {
    id: 'DL3028',
    title: 'Pin versions in gem install',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3028'],
  },
  check(ctx) {
    const hits = runCommands(ctx, true)
      .map((rc) => ({ ...rc, gems: unpinnedGems(rc) }))
      .filter((h) => h.gems.length > 0);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3028.meta,
        h.command,
        `Pin versions in gem install. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\` (${h.gems.join(', ')})`,
        { data: { packages: h.gems } },
      ),
    );
  },
};
