/** A pkt-line: its payload, or `flush` (`0000`), `delim` (`0001`) or `end` (`0002`). */
export type PktLine = { payload: Buffer } | { special: 'flush' | 'delim' | 'end' };

/**
 * Splits git's pkt-line framing: four hex digits of length (itself included), then the payload.
 * Throws on a malformed or truncated frame.
 * https://git-scm.com/docs/protocol-common#_pkt_line_format
 */
export function parsePktLines(data: Buffer): PktLine[] {
  const out: PktLine[] = [];
  let pos = 0;
  while (pos < data.length) {
    const head = data.subarray(pos, pos + 4).toString('ascii');
    if (!/^[0-9a-f]{4}$/i.test(head)) throw new Error(`malformed pkt-line length "${head}" at byte ${pos}`);
    const length = Number.parseInt(head, 16);
    if (length === 0) out.push({ special: 'flush' });
    else if (length === 1) out.push({ special: 'delim' });
    else if (length === 2) out.push({ special: 'end' });
    else if (length < 4) throw new Error(`malformed pkt-line length ${length} at byte ${pos}`);
    else {
      if (pos + length > data.length) throw new Error(`truncated pkt-line at byte ${pos}`);
      out.push({ payload: data.subarray(pos + 4, pos + length) });
    }
    pos += Math.max(length, 4);
  }
  return out;
}
