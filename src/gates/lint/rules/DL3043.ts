import type { LintRule } from '../rule.js';

/** DL3043: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER (https://docs.docker.com/reference/dockerfile/#onbuild). */
export const DL3043: LintRule = {
  meta: {
    id: 'DL3043',
    title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction',
    severity: 'error',
    gate: 'lint',
    equivalents: ['hadolint:DL3043'],
  },
  check(ctx) {
    return ctx.instructions
      .filter((i) => i.trigger && ['ONBUILD', 'FROM', 'MAINTAINER'].includes(i.trigger.keyword))
      .map((i) =>
        ctx.finding(
          DL3043.meta,
          { start: i.trigger!.start, end: i.trigger!.keywordEnd },
          '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.',
        ),
      );
  },
};
