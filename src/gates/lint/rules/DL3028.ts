import type { LintRule, RunCommand } from '../rule.js';
import { argWords, commandsWithPackages, isCommand, oncePerInstruction, runCommands } from './util.js';

/**
 * gem options that take no value. Like hadolint, any other option is taken to consume the next
 * word; unlike hadolint, these do not, so `gem install -N rails` is still checked.
 */
const BOOLEAN = new Set([
  '-N',
  '--no-document',
  '--no-ri',
  '--no-rdoc',
  '--conservative',
  '-f',
  '--force',
  '--user-install',
  '--no-user-install',
  '--minimal-deps',
  '--pre',
  '--prerelease',
  '-q',
  '--quiet',
  '-V',
  '--verbose',
  '--development',
  '--development-all',
  '--ignore-dependencies',
  '--no-ignore-dependencies',
  '-E',
  '--env-shebang',
  '--no-env-shebang',
  '-w',
  '--wrappers',
  '--no-wrappers',
  '-l',
  '--local',
  '-r',
  '--remote',
  '-b',
  '--both',
  '--clear-sources',
  '--default',
  '--explain',
  '--lock',
  '--no-lock',
  '--suggestions',
  '--no-suggestions',
  '--post-install-message',
  '--no-post-install-message',
  '--vendor',
  '--norc',
  '--backtrace',
  '--debug',
  '--update-sources',
  '--no-update-sources',
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
      if (!t.includes('=') && !BOOLEAN.has(t)) k++;
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
    const hits = commandsWithPackages(runCommands(ctx, true), unpinnedGems);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3028.meta,
        h.command,
        `Pin versions in gem install. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\` (${h.packages.join(', ')})`,
        { data: { packages: h.packages } },
      ),
    );
  },
};
