import type { Command, Instr, LintRule, ShellArg } from '../rule.js';
import { atCommand, expandedWords, hasAnyFlag, runUnits } from './helpers-b.js';

/** The UIDs given with `-u N`, `-lu N`, `-uN`, `--uid N` or `--uid=N`. */
function uids(c: Command): ShellArg[] {
  const out: ShellArg[] = [];
  c.args.forEach((a, i) => {
    const t = a.text;
    const next = c.args[i + 1];
    if ((t === '--uid' || /^-[A-Za-z]*u$/.test(t)) && next) out.push(next);
    else if (t.startsWith('--uid=')) out.push({ ...a, text: t.slice(6) });
    else if (/^-u\d/.test(t)) out.push({ ...a, text: t.slice(2) });
  });
  return out;
}

/** A UID longer than five digits; a variable counts only when its value is known. */
function isLong(uid: ShellArg, instr: Instr): boolean {
  if (!uid.dynamic) return uid.text.length > 5;
  const words = expandedWords(uid, instr);
  return words !== undefined && words.join('').length > 5;
}

const forgot = (c: Command, instr: Instr) =>
  c.name === 'useradd' && !hasAnyFlag(c, ['l', 'no-log-init']) && uids(c).some((u) => isLong(u, instr));

/**
 * DL3046: without `-l`, useradd writes a sparse /var/log/faillog sized by the UID, which a layer
 * stores in full (https://github.com/moby/moby/issues/5419).
 */
export const DL3046: LintRule = {
  meta: {
    id: 'DL3046',
    title: '`useradd` without flag `-l` and high UID will result in excessively large Image',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3046'],
  },
  check(ctx) {
    return runUnits(ctx).flatMap((u) => {
      const bad = u.commands.find((c) => forgot(c, u.instr));
      return bad
        ? [
            atCommand(
              ctx,
              DL3046.meta,
              bad,
              '`useradd` without flag `-l` and high UID will result in excessively large Image.',
            ),
          ]
        : [];
    });
  },
};
