import { words } from '../parse/text.js';
import type { LintRule } from '../rule.js';

/** PL019: EXPOSE declares container ports; an IP or host port belongs to `docker run -p` (BuildKit `ExposeInvalidFormat`). */
export const PL019: LintRule = {
  meta: {
    id: 'PL019',
    title: 'IP address and host-port mapping should not be used in EXPOSE',
    severity: 'style',
    gate: 'lint',
    equivalents: ['buildkit:ExposeInvalidFormat', 'dockerfilelint:expose_host_port'],
  },
  check(ctx) {
    return ctx.withTriggers
      .filter((i) => i.keyword === 'EXPOSE')
      .flatMap((i) => words(i.args).filter((w) => w.text.includes(':')))
      .map((w) =>
        ctx.finding(
          PL019.meta,
          w,
          `EXPOSE instruction should not define an IP address or host-port mapping, found '${w.text}'`,
        ),
      );
  },
};
