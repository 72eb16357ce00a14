import type { OptionSpec, OptionValues } from '../../core/index.js';

export type InputReader = (name: string) => string;

/** Splits a multi-line or comma/space separated input into items. */
export function listInput(value: string): string[] {
  return value
    .split(/[\n,]/)
    .flatMap((line) => line.trim().split(/\s+/))
    .filter(Boolean);
}

function boolInput(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new Error(`input ${name} must be true or false, got "${value}"`);
}

/** Maps a gate's declared options to action inputs of the same names; empty inputs are left unset. */
export function gateInputs(specs: readonly OptionSpec[], read: InputReader): OptionValues {
  const values: OptionValues = {};
  for (const s of specs) {
    if (s.cliOnly) continue;
    const raw = read(s.name).trim();
    if (!raw) continue;
    if (s.type === 'boolean') values[s.name] = boolInput(s.name, raw);
    else if (s.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`input ${s.name} must be a number, got "${raw}"`);
      values[s.name] = n;
    } else if (s.type === 'list') values[s.name] = listInput(raw);
    else values[s.name] = raw;
  }
  return values;
}

export { boolInput };
