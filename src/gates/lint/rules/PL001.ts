import type { Command, Instr, LintRule } from '../rule.js';
import { atCommand, cmdHasArgs, hasAnyFlag, pairs, runUnits } from './helpers-b.js';

/**
 * Environment settings that turn TLS certificate checks off, with the values that do it. No
 * prototype, so names like `constructor` or `valueOf` are not taken for settings.
 */
type Check = (v: string) => boolean;
const TLS_ENV: Record<string, Check> = Object.assign(Object.create(null) as Record<string, Check>, {
  PYTHONHTTPSVERIFY: (v: string) => v === '0',
  NODE_TLS_REJECT_UNAUTHORIZED: (v: string) => v === '0',
  GIT_SSL_NO_VERIFY: (v: string) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
  NPM_CONFIG_STRICT_SSL: (v: string) => v.toLowerCase() === 'false',
  YARN_STRICT_SSL: (v: string) => v.toLowerCase() === 'false',
  PIP_TRUSTED_HOST: (v: string) => v !== '',
  CURL_INSECURE: (v: string) => v !== '' && v !== '0',
});

/** Every command name `tlsBypass` looks at; the rest are skipped before their arguments are read. */
const TLS_COMMANDS =
  /^(curl|wget|pip[0-9.]*|python[0-9.]*|npm|yarn|pnpm|git|yum|dnf|tdnf|microdnf|yum-config-manager|dnf-config-manager|export|env)$/;

const falsy = (v: string | undefined) => ['false', '0', 'no', 'off'].includes((v ?? '').toLowerCase());

/** What a command does to turn TLS verification off, if anything. */
export function tlsBypass(c: Command): string | undefined {
  if (!TLS_COMMANDS.test(c.name) && c.prefixAssignments.length === 0) return undefined;
  const args = c.args.map((a) => a.text);
  if (c.name === 'curl' && hasAnyFlag(c, ['insecure'])) return 'curl --insecure';
  if (c.name === 'curl' && c.args.some((a) => /^-[A-Za-z]*k[A-Za-z]*$/.test(a.text))) return 'curl -k';
  if (c.name === 'wget' && args.includes('--no-check-certificate')) return 'wget --no-check-certificate';
  if (
    /^pip[0-9.]*$/.test(c.name) &&
    args.some((a) => a === '--trusted-host' || a.startsWith('--trusted-host='))
  )
    return 'pip --trusted-host';
  if (
    /^python[0-9.]*$/.test(c.name) &&
    args.includes('pip') &&
    args.some((a) => a.startsWith('--trusted-host'))
  )
    return 'pip --trusted-host';
  if ((c.name === 'npm' || c.name === 'yarn' || c.name === 'pnpm') && args.includes('strict-ssl')) {
    const i = args.indexOf('strict-ssl');
    if (cmdHasArgs(c, [c.name], ['set']) && falsy(args[i + 1]))
      return `${c.name} config set strict-ssl false`;
  }
  if (
    (c.name === 'npm' || c.name === 'yarn' || c.name === 'pnpm') &&
    args.some((a) => /^strict-ssl=false$/i.test(a))
  )
    return `${c.name} strict-ssl=false`;
  if ((c.name === 'npm' || c.name === 'yarn') && args.some((a) => /^--strict-ssl=false$/i.test(a)))
    return `${c.name} --strict-ssl=false`;
  if (c.name === 'git') {
    const i = args.findIndex((a) => a.toLowerCase() === 'http.sslverify');
    if (i >= 0 && falsy(args[i + 1])) return 'git config http.sslVerify false';
    if (args.some((a) => /^http\.sslverify=(false|0|no|off)$/i.test(a))) return 'git -c http.sslVerify=false';
  }
  if (/^(yum|dnf|tdnf|microdnf|yum-config-manager|dnf-config-manager)$/.test(c.name))
    if (args.some((a) => /^(--setopt=)?(\S+\.)?sslverify=(0|false|no)$/i.test(a)))
      return `${c.name} sslverify=0`;
  if (c.name === 'export' || c.name === 'env')
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = a.slice(0, eq);
      if (eq > 0 && TLS_ENV[name]?.(a.slice(eq + 1))) return `${name}=${a.slice(eq + 1)}`;
    }
  for (const p of c.prefixAssignments) {
    const eq = p.indexOf('=');
    const value = p.slice(eq + 1).replace(/^["']|["']$/g, '');
    if (eq > 0 && TLS_ENV[p.slice(0, eq)]?.(value)) return `${p.slice(0, eq)}=${value}`;
  }
  return undefined;
}

function envBypass(instr: Instr): { key: string; start: number; end: number } | undefined {
  return pairs(instr).find((kv) => TLS_ENV[kv.key]?.(kv.value ?? ''));
}

/**
 * PL001: TLS certificate verification is turned off, so anyone on the network path can swap the
 * download. Looks at RUN commands (curl, wget, pip, npm/yarn, git, yum/dnf) and at ENV/ARG
 * settings (PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY, …).
 */
export const PL001: LintRule = {
  meta: {
    id: 'PL001',
    title: 'TLS certificate verification is turned off',
    severity: 'error',
    gate: 'lint',
    security: true,
    equivalents: [
      'checkov:CKV2_DOCKER_2',
      'checkov:CKV2_DOCKER_3',
      'checkov:CKV2_DOCKER_4',
      'checkov:CKV2_DOCKER_5',
      'checkov:CKV2_DOCKER_6',
      'checkov:CKV2_DOCKER_12',
      'checkov:CKV2_DOCKER_13',
      'checkov:CKV2_DOCKER_14',
      'checkov:CKV2_DOCKER_15',
      'checkov:CKV2_DOCKER_16',
    ],
  },
  check(ctx) {
    const fromRun = runUnits(ctx).flatMap((u) => {
      const commands = u.commands.flatMap((c) => {
        const what = tlsBypass(c);
        return what
          ? [atCommand(ctx, PL001.meta, c, `TLS certificate verification is turned off (${what})`)]
          : [];
      });
      const assignments = u.instr.scripts.flatMap((script) =>
        script.assignments
          .filter((a) => TLS_ENV[a.name]?.(a.value))
          .map((a) => {
            const written =
              /^[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s;&|)]*)/.exec(
                ctx.dockerfile.text.slice(a.at),
              )?.[0] ?? a.name;
            return ctx.finding(
              PL001.meta,
              { start: a.at, end: a.at + written.length },
              `TLS certificate verification is turned off (${a.name}=${a.value})`,
            );
          }),
      );
      return [...commands, ...assignments];
    });
    const fromEnv = ctx.withTriggers
      .filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')
      .flatMap((i) => {
        const kv = envBypass(i);
        return kv
          ? [ctx.finding(PL001.meta, kv, `TLS certificate verification is turned off (${kv.key})`)]
          : [];
      });
    return [...fromRun, ...fromEnv];
  },
};
