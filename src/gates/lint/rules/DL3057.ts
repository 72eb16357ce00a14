import type { LintRule, Stage } from '../rule.js';

/**
 * DL3057: a stage has no HEALTHCHECK. Off by default, as in hadolint. A stage counts as checked
 * when it or a stage it is built `FROM` (or that is built from it) has one.
 */
export const DL3057: LintRule = {
  meta: {
    id: 'DL3057',
    title: '`HEALTHCHECK` instruction missing',
    severity: 'info',
    gate: 'lint',
    disabledByDefault: true,
    equivalents: ['hadolint:DL3057', 'trivy:DS-0026', 'checkov:CKV_DOCKER_2'],
  },
  check(ctx) {
    const name = (s: Stage) => s.alias ?? s.image.toLowerCase();
    const src = (s: Stage) => s.image.toLowerCase();
    const good = new Set<Stage>();
    let bad = new Set<Stage>();
    const parentsOf = (s: Stage, pool: Set<Stage>): Set<Stage> => {
      const direct = [...pool].filter((b) => name(b) === src(s));
      const rest = new Set([...pool].filter((b) => !direct.includes(b)));
      return new Set([...direct, ...direct.flatMap((d) => [...parentsOf(d, rest)])]);
    };
    for (const stage of ctx.stages) {
      if ([...good].some((g) => name(g) === src(stage))) good.add(stage);
      else bad.add(stage);
      if (!stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')) continue;
      const nowGood = parentsOf(stage, bad);
      for (const g of [...nowGood, stage]) good.add(g);
      bad = new Set([...bad].filter((b) => !nowGood.has(b) && b !== stage));
    }
    return [...bad].map((s) =>
      ctx.finding(
        DL3057.meta,
        { start: s.from.start, end: s.from.end },
        '`HEALTHCHECK` instruction missing.',
      ),
    );
  },
};
