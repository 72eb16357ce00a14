import { argsNoFlags } from '../parse/index.js';
import type { LintRule, RunCommand } from '../rule.js';
import { argWords, commandsWithPackages, isCommand, oncePerInstruction, runCommands } from './util.js';

const GIT = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const TARBALL = ['.tar', '.tar.gz', '.tgz'];
const PATH = ['/', './', '../', '~/'];

function pinned(pkg: string): boolean {
  if (GIT.some((p) => pkg.startsWith(p))) return pkg.includes('#');
  if (TARBALL.some((s) => pkg.endsWith(s)) || PATH.some((p) => pkg.startsWith(p))) return true;
  const unscoped = pkg.startsWith('@') ? pkg.slice(pkg.indexOf('/') + 1) : pkg;
  return unscoped.includes('@');
}

/** npm options that take a value (`npm help config`): the next word is not a package. */
const VALUED = [
  'cache',
  'globalconfig',
  'include',
  'install-strategy',
  'location',
  'loglevel',
  'omit',
  'only',
  'otp',
  'prefix',
  'registry',
  'script-shell',
  'tag',
  'userconfig',
  'w',
  'workspace',
];

/** Unpinned packages of `npm install <pkg…>`; a bare `npm install` (from package.json) has none. */
export function unpinnedNpmPackages(rc: RunCommand): string[] {
  if (!isCommand(rc.command, 'npm', 'install')) return [];
  const ops = argsNoFlags(rc.command, VALUED);
  if (ops[0]?.text !== 'install') return [];
  return ops
    .slice(1)
    .filter((a) => a.text !== 'install')
    .flatMap((a) => argWords(rc, a))
    .filter((p) => !pinned(p));
}

/** DL3016: `npm install <pkg>` without a version takes whatever is newest at build time. */
export const DL3016: LintRule = {
  meta: {
    id: 'DL3016',
    title: 'Pin versions in npm',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3016', 'scorecard:Pinned-Dependencies'],
  },
  check(ctx) {
    const hits = commandsWithPackages(runCommands(ctx, true), unpinnedNpmPackages);
    return oncePerInstruction(hits).map((h) =>
      ctx.finding(
        DL3016.meta,
        h.command,
        `Pin versions in npm. Instead of \`npm install <package>\` use \`npm install <package>@<version>\` (${h.packages.join(', ')})`,
        { data: { packages: h.packages } },
      ),
    );
  },
};
