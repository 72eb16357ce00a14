import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';

/** PL010: port 22 means an SSH daemon in the container, which is better replaced by `docker exec`. */
export const PL010: LintRule = {
  meta: {
    id: 'PL010',
    title: 'Port 22 exposed',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['trivy:DS-0004', 'checkov:CKV_DOCKER_1'],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.keyword === 'EXPOSE')
      .flatMap((i) =>
        words(i.args).filter((w) => /^(22)(\/(tcp|udp))?$/i.test(w.text.replace(/^["']|["']$/g, ''))),
      )
      .map((w) => ctx.finding(PL010.meta, w, 'Port 22 (SSH) is exposed'));
  },
};
