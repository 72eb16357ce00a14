import { isNonPosix } from '../parse/dockerfile.js';
import { words } from '../parse/text.js';
import type { Instr, LintContext, LintRule } from '../rule.js';

/** Windows stages name users (`ContainerAdministrator`); there is no numeric UID to give. */
function windows(ctx: LintContext, instr: Instr): boolean {
  const image = ctx.stages[instr.stage]?.image ?? '';
  return isNonPosix(instr.shell) || /windows|nanoserver|servercore/i.test(image);
}

/**
 * DL3066: a user name resolves through the image's /etc/passwd, which the host and runtimes
 * such as Kubernetes `runAsNonRoot` cannot check; a numeric UID can be. Windows stages are skipped.
 */
export const DL3066: LintRule = {
  meta: {
    id: 'DL3066',
    title: 'Non-numeric user-id may not be resolvable by host system',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3066'],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.keyword === 'USER' && !windows(ctx, i))
      .flatMap((i) => {
        const w = words(i.args)[0];
        if (!w) return [];
        const uid = w.text.split(':')[0];
        if (/^\d*$/.test(uid)) return [];
        const vars = [...uid.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
        if (vars.some((v) => i.scope.has(v) || ctx.dockerfile.globalArgs.has(v))) return [];
        return [
          ctx.finding(
            DL3066.meta,
            { start: w.start, end: w.start + uid.length },
            'Non-numeric user-id may not be resolvable by host system',
          ),
        ];
      });
  },
};
