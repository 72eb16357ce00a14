import type { Instr, LintRule } from '../rule.js';

/** A shell-form command that splits into plain words, safe to write as JSON. */
function simpleWords(text: string): string[] | undefined {
  const t = text.trim();
  if (!t || /[\\$`'"|&;<>(){}*?[\]#~!=]/.test(t) || t.includes('\n')) return undefined;
  return t.split(/\s+/);
}

/** True for `HEALTHCHECK [flags] CMD <shell form>`. */
function shellFormHealthcheck(i: Instr): boolean {
  const m = /^CMD\s+(.*)$/is.exec(i.args.text);
  if (!m) return false;
  try {
    const v = JSON.parse(m[1].split('\n')[0].trim()) as unknown;
    return !(Array.isArray(v) && v.every((x) => typeof x === 'string'));
  } catch {
    return true;
  }
}

/** DL3025: shell-form CMD/ENTRYPOINT runs under `/bin/sh -c`, which does not pass signals on. */
export const DL3025: LintRule = {
  meta: {
    id: 'DL3025',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    severity: 'warning',
    gate: 'lint',
    fixable: true,
    equivalents: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'],
  },
  check(ctx) {
    const healthchecks = ctx.instructions
      .filter((i) => i.keyword === 'HEALTHCHECK' && shellFormHealthcheck(i))
      .map((i) =>
        ctx.finding(DL3025.meta, i, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments'),
      );
    const commands = ctx.instructions
      .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && !i.exec)
      .map((i) => {
        const simple = simpleWords(i.args.text);
        const fix =
          simple && i.args.offsets.length > 1
            ? ctx.fix('write the command in JSON form', [
                {
                  start: i.args.offsets[0],
                  end: (i.args.offsets.at(-2) ?? i.args.offsets[0]) + 1,
                  newText: JSON.stringify(simple).replace(/","/g, '", "'),
                },
              ])
            : undefined;
        return ctx.finding(DL3025.meta, i, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments', {
          fix,
        });
      });
    return [...commands, ...healthchecks];
  },
};
