import type { Finding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { findingAt, images, type PinCheckContext } from '../check.js';
import { type CycleStatus, cycleStatus, cyclesFor } from '../lifecycle/match.js';

/** Findings for image cycles in the given lifecycle state, shared by PP006 and PP007. */
export function lifecycleFindings(
  meta: RuleMeta,
  ctx: PinCheckContext,
  state: CycleStatus['state'],
  describe: (label: string, status: CycleStatus) => string,
): Finding[] {
  const { enabled, warnDays, extendedSupport } = ctx.policy.lifecycle;
  if (!enabled) return [];
  const out: Finding[] = [];
  for (const r of images(ctx)) {
    if (r.context === 'syntax') continue;
    for (const m of cyclesFor(ctx.snapshot, r.image.repository, r.image.tag)) {
      const status = cycleStatus(m.cycle, ctx.today, warnDays, extendedSupport);
      if (status.state !== state) continue;
      out.push(
        findingAt(meta, r, `${describe(m.label, status)} (lifecycle data of ${ctx.snapshot.date})`, {
          product: m.product,
          cycle: m.cycle.cycle,
          eol: status.date ?? m.cycle.eol,
          lifecycleSnapshot: ctx.snapshot.date,
        }),
      );
    }
  }
  return out;
}
