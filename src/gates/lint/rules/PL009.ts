import type { Command, LintRule } from '../rule.js';
import { cmdHasArgs, runUnits } from './helpers-b.js';

const MANAGERS: [string[], string[], string[]][] = [
  [
    ['apt-get', 'apt', 'aptitude'],
    ['update'],
    ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source'],
  ],
  [['apk'], ['update'], ['add', 'upgrade']],
  [
    ['yum', 'dnf', 'microdnf'],
    ['makecache'],
    ['install', 'upgrade', 'update', 'groupinstall', 'localinstall'],
  ],
  [['zypper'], ['refresh', 'ref'], ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch']],
];

function updateAlone(commands: readonly Command[]): Command | undefined {
  for (const [names, updates, installs] of MANAGERS) {
    const update = commands.find(
      (c) => names.includes(c.name) && c.args.some((a) => updates.includes(a.text)),
    );
    if (update && !commands.some((c) => cmdHasArgs(c, names, installs))) return update;
  }
  return undefined;
}

/**
 * PL009: a RUN that only refreshes the package index is cached on its own, so a later install
 * uses a stale index (https://docs.docker.com/build/building/best-practices/#apt-get).
 */
export const PL009: LintRule = {
  meta: {
    id: 'PL009',
    title: 'Package index update alone in its RUN',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['trivy:DS-0017', 'checkov:CKV_DOCKER_5', 'dockerfilelint:apt-get-update_require_install'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = updateAlone(u.commands);
      return bad
        ? [
            ctx.finding(
              PL009.meta,
              bad,
              `\`${bad.name} ${bad.args.map((a) => a.text).join(' ')}\` runs alone; install in the same RUN`,
            ),
          ]
        : [];
    });
  },
};
