import { argsNoFlags, type Command, words } from '../parse/index.js';
import type { Instr, LintRule } from '../rule.js';
import { dropQuotes, isArchive } from './util.js';

const DECOMPRESSORS = new Set([
  'unzip',
  'gunzip',
  'bunzip2',
  'unlzma',
  'unxz',
  'zgz',
  'uncompress',
  'zcat',
  'gzcat',
]);

function basename(path: string): string {
  return dropQuotes(path).split(/[\\/]/).pop() ?? path;
}

function extracts(cmd: Command): boolean {
  if (DECOMPRESSORS.has(cmd.name)) return true;
  return (
    cmd.name === 'tar' &&
    cmd.args.some(
      (a) =>
        a.text === '--extract' ||
        a.text === '--get' ||
        (a.text.startsWith('-') && !a.text.startsWith('--') && a.text.includes('x')) ||
        (a === cmd.args[0] && /^[a-wyzA-Z]*x[a-zA-Z]*$/.test(a.text)),
    )
  );
}

/** DL3010: COPY of an archive that a RUN then unpacks; ADD unpacks local archives in one layer. */
export const DL3010: LintRule = {
  meta: {
    id: 'DL3010',
    title: 'Use ADD for extracting archives into an image',
    severity: 'info',
    gate: 'lint',
    equivalents: ['hadolint:DL3010'],
  },
  check(ctx) {
    const hits = new Set<Instr>();
    let archives: { name: string; copy: Instr }[] = [];
    for (const instr of ctx.instructions) {
      if (instr.keyword === 'FROM') archives = [];
      if (instr.keyword === 'COPY' && !instr.flags.some((f) => f.name === 'from') && !instr.heredocs.length) {
        const paths = instr.exec ? instr.exec.values : words(instr.args).map((w) => w.text);
        const target = paths.at(-1) ?? '';
        const named = isArchive(target) ? [target] : paths.slice(0, -1).filter(isArchive);
        archives.push(...named.map((p) => ({ name: basename(p), copy: instr })));
      }
      for (const script of instr.scripts) {
        for (const cmd of script.commands) {
          if (!extracts(cmd)) continue;
          const names = new Set(argsNoFlags(cmd).map((a) => basename(a.text)));
          for (const a of archives) if (names.has(a.name)) hits.add(a.copy);
        }
      }
    }
    return [...hits].map((copy) =>
      ctx.finding(DL3010.meta, copy, 'Use `ADD` for extracting archives into an image'),
    );
  },
};
