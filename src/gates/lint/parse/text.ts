/**
 * Text with a map back to the file: `offsets[i]` is the file offset of `text[i]`, and
 * `offsets[text.length]` is the offset just after the last character.
 */
export interface Mapped {
  text: string;
  offsets: number[];
}

/** A whitespace-separated word of an instruction, with its file offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export function mapped(text: string, start: number): Mapped {
  const offsets = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = start + i;
  return { text, offsets };
}

/** The file range of `m.text[from, to)`. */
export function spanOf(m: Mapped, from: number, to: number): { start: number; end: number } {
  const start = m.offsets[Math.min(from, m.text.length)];
  const end = to > from ? m.offsets[Math.min(to - 1, m.text.length)] + 1 : start;
  return { start, end };
}

/** Splits on unquoted whitespace, keeping quotes in the word text (as BuildKit does for most instructions). */
export function words(m: Mapped): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
    out.push({ text: match[0], ...spanOf(m, match.index, match.index + match[0].length) });
  }
  return out;
}

/** True when a physical line ends in an unescaped escape character (a line continuation). */
export function continues(line: string, escapeChar: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r')) i--;
  let n = 0;
  for (; i >= 0 && line[i] === escapeChar; i--) n++;
  return n % 2 === 1;
}

/**
 * Joins the continuation lines of `text[start, end)` into one logical line, dropping the
 * escape characters, comment lines and empty lines inside the continuation, as BuildKit does.
 * Once a line does not continue, the rest (heredoc bodies) is kept as it is, minus `\r`.
 */
export function logical(text: string, start: number, end: number, escapeChar: string): Mapped {
  let out = '';
  const offsets: number[] = [];
  const push = (from: number, to: number) => {
    const cr = text.indexOf('\r', from);
    if (cr < 0 || cr >= to) {
      // No CR to drop: copy the slice in one go.
      out += text.slice(from, to);
      for (let i = from; i < to; i++) offsets.push(i);
      return;
    }
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '\r' && text[i + 1] === '\n') continue;
      out += c;
      offsets.push(i);
    }
  };
  let i = start;
  let first = true;
  while (i < end) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    const line = text.slice(i, lineEnd);
    if (!first && /^\s*(#.*)?$/.test(line) && lineEnd < end) {
      i = lineEnd + 1;
      continue;
    }
    first = false;
    if (continues(line, escapeChar)) {
      let cut = line.length - 1;
      while (cut >= 0 && (line[cut] === ' ' || line[cut] === '\t' || line[cut] === '\r')) cut--;
      push(i, i + cut);
      i = lineEnd + 1;
      continue;
    }
    push(i, end);
    break;
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : start);
  return { text: out, offsets };
}

/** Drops trailing `\r` so CRLF files give the same values as LF files. */
export function chomp(s: string): string {
  return s.replace(/\r$/, '');
}
