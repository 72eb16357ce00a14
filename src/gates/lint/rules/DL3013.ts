import { type Command, flagsOf } from '../parse/index.js';
import type { LintRule, RunCommand } from '../rule.js';
import { argWords, commandsWithPackages, oncePerInstruction, operands, runCommands } from './util.js';

/** pip options that take a value (`pip install --help`): the next word is not a package. */
const VALUED = [
  'abi',
  'b',
  'build',
  'C',
  'c',
  'cache-dir',
  'cert',
  'client-cert',
  'config-settings',
  'constraint',
  'e',
  'editable',
  'exists-action',
  'extra-index-url',
  'f',
  'find-links',
  'global-option',
  'i',
  'implementation',
  'index-url',
  'install-option',
  'keyring-provider',
  'log',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python',
  'python-version',
  'r',
  'report',
  'requirement',
  'retries',
  'root',
  'root-user-action',
  'src',
  't',
  'target',
  'timeout',
  'trusted-host',
  'upgrade-strategy',
  'use-deprecated',
  'use-feature',
];

const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

/** `pip install` in any spelling hadolint accepts: `pip`, `pip3`, `pip3.12`, `python3 -m pip install`. */
export function isPipInstall(cmd: Command): boolean {
  if (!cmd.name.startsWith('pip') && !cmd.name.startsWith('python')) return false;
  if (cmd.name.startsWith('pip') && !cmd.name.startsWith('pipenv'))
    return cmd.args.some((a) => a.text === 'install');
  if (!cmd.name.startsWith('python')) return false;
  const args = cmd.args.map((a) => a.text);
  const m = args.indexOf('-m');
  return m >= 0 && args[m + 1] === 'pip' && args[m + 2] === 'install';
}

function pinned(pkg: string): boolean {
  if (VERSION_SYMBOLS.some((s) => pkg.includes(s))) return true;
  if (VCS.test(pkg)) return pkg.includes('@');
  return pkg.endsWith('.whl') || pkg.endsWith('.tar.gz') || pkg.includes('/');
}

/** Unpinned packages of a `pip install`; none when it installs from requirements, constraints or `.`. */
export function unpinnedPipPackages(rc: RunCommand): string[] {
  const cmd = rc.command;
  if (!isPipInstall(cmd)) return [];
  const args = cmd.args.map((a) => a.text);
  if (args.some((a) => a === '-r' || a === '--requirement' || a === '.' || a.startsWith('--requirement=')))
    return [];
  const flags = flagsOf(cmd);
  if (flags.includes('c') || flags.includes('constraint') || flags.includes('r')) return [];
  const ops = operands(cmd, VALUED, []);
  return ops
    .slice(ops.findIndex((a) => a.text === 'install') + 1)
    .filter((a) => a.text !== 'install')
    .flatMap((a) => argWords(rc, a))
    .filter((p) => !pinned(p));
}

/** DL3013: unpinned pip packages give a different image on every build. */
export const DL3013: LintRule = {
  meta: {
    id: 'DL3013',
    title: 'Pin versions in pip',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3013', 'scorecard:Pinned-Dependencies'],
  },
  check(ctx) {
    const hits = commandsWithPackages(runCommands(ctx, true), unpinnedPipPackages);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3013.meta,
        h.command,
        `Pin versions in pip. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\` (${h.packages.join(', ')})`,
        { data: { packages: h.packages } },
      ),
    );
  },
};
