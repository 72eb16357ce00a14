import type { Command, LintRule } from '../rule.js';
import { atCommand, runUnits } from './helpers-b.js';

const PACKAGE_TOOLS = /^(apt-get|apt|aptitude|apk|yum|dnf|tdnf|microdnf|zypper|rpm|gem)$/;

/** What a command does to skip package signature or digest checks, if anything. */
export function signatureBypass(c: Command): string | undefined {
  if (!PACKAGE_TOOLS.test(c.name)) return undefined;
  const args = c.args.map((a) => a.text);
  const has = (...names: string[]) => args.find((a) => names.includes(a.split('=')[0]));
  if (['apt-get', 'apt', 'aptitude'].includes(c.name)) {
    const f = has('--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories');
    if (f) return `${c.name} ${f}`;
    if (args.some((a) => /APT::Get::AllowUnauthenticated=(true|1|yes)/i.test(a)))
      return `${c.name} AllowUnauthenticated`;
  }
  if (c.name === 'apk' && has('--allow-untrusted')) return 'apk --allow-untrusted';
  if (/^(yum|dnf|tdnf|microdnf|zypper)$/.test(c.name)) {
    const f = has('--nogpgcheck', '--no-gpg-checks');
    if (f) return `${c.name} ${f}`;
    if (args.some((a) => /^(--setopt=)?(\S+\.)?gpgcheck=(0|false|no)$/i.test(a)))
      return `${c.name} gpgcheck=0`;
  }
  if (c.name === 'rpm') {
    const f = has('--nosignature', '--nodigest', '--noverify', '--nofiledigest');
    if (f) return `rpm ${f}`;
  }
  if (c.name === 'gem' && args.some((a) => /NoSecurity$/.test(a))) return 'gem trust policy NoSecurity';
  return undefined;
}

/**
 * PL002: package signature or digest verification is skipped, so a tampered or substituted
 * package installs silently (apt `--allow-unauthenticated`/`--force-yes`, apk `--allow-untrusted`,
 * yum/dnf `--nogpgcheck`, rpm `--nosignature`/`--nodigest`).
 */
export const PL002: LintRule = {
  meta: {
    id: 'PL002',
    title: 'Package signature verification is turned off',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: [
      'checkov:CKV2_DOCKER_7',
      'checkov:CKV2_DOCKER_8',
      'checkov:CKV2_DOCKER_9',
      'checkov:CKV2_DOCKER_10',
      'checkov:CKV2_DOCKER_11',
    ],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) =>
      u.commands.flatMap((c) => {
        const what = signatureBypass(c);
        return what
          ? [atCommand(ctx, PL002.meta, c, `Package signature verification is turned off (${what})`)]
          : [];
      }),
    );
  },
};
