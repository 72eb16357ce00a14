import type { LintRule } from '../rule.js';
import { atCommand, runUnits } from './helpers-b.js';

/**
 * DL4001: two download tools in one stage add weight for no gain. The set of tools resets at
 * each FROM; ONBUILD triggers are tracked on their own, as hadolint does.
 */
export const DL4001: LintRule = {
  meta: {
    id: 'DL4001',
    title: 'Either use Wget or Curl but not both',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL4001', 'trivy:DS-0014'],
  },
  check(ctx) {
    const out = [];
    const seen = { top: new Set<string>(), onbuild: new Set<string>() };
    let stage = -2;
    for (const u of runUnits(ctx)) {
      if (!u.instr.onbuild && u.instr.stage !== stage) {
        stage = u.instr.stage;
        seen.top.clear();
      }
      const set = u.instr.onbuild ? seen.onbuild : seen.top;
      const tools = u.commands.filter((c) => c.name === 'curl' || c.name === 'wget');
      for (const c of tools) set.add(c.name);
      if (tools.length > 0 && set.size >= 2)
        out.push(atCommand(ctx, DL4001.meta, tools[0], 'Either use Wget or Curl but not both'));
    }
    return out;
  },
};
