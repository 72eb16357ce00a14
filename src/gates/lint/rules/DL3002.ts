import { words } from '../parse/index.js';
import type { Instr, LintRule } from '../rule.js';

/** `root`, `0`, `root:group` or `0:group`. */
export function isRootUser(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

/** DL3002: a stage whose last USER is root runs its container as root. Stages without USER are not reported (as hadolint). */
export const DL3002: LintRule = {
  meta: {
    id: 'DL3002',
    title: 'Last USER should not be root',
    severity: 'warning',
    gate: 'lint',
    security: true,
    equivalents: ['hadolint:DL3002', 'trivy:DS-0002', 'checkov:CKV_DOCKER_8'],
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) => {
      const last: Instr | undefined = stage.instructions.filter((i) => i.keyword === 'USER').at(-1);
      const user = last ? words(last.args)[0] : undefined;
      return last && user && isRootUser(user.text)
        ? [ctx.finding(DL3002.meta, user, 'Last USER should not be root')]
        : [];
    });
  },
};
