import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PortcullisError, type RunReport, render } from '../core/index.js';

export interface OutputSpec {
  format: string;
  file?: string;
}

/**
 * Parses repeated `--format` values (`text`, `sarif=out.sarif`) and `--output`. `--output`
 * applies to the formats given without a file of their own.
 */
export function parseOutputs(formats: readonly string[], output?: string): OutputSpec[] {
  const specs = (formats.length ? formats : ['text']).map((f) => {
    const eq = f.indexOf('=');
    return eq < 0 ? { format: f.trim() } : { format: f.slice(0, eq).trim(), file: f.slice(eq + 1).trim() };
  });
  if (output) for (const s of specs) s.file ??= output;
  return specs;
}

/** Writes every requested report; with a machine format on stdout, nothing else goes there. */
export function writeOutputs(
  run: RunReport,
  specs: readonly OutputSpec[],
  cwd: string,
  stdout: (s: string) => void,
  isTty: boolean,
  env: Readonly<Record<string, string | undefined>>,
): void {
  const color = isTty && !env.NO_COLOR && env.TERM !== 'dumb';
  for (const spec of specs) {
    const text = render(run, spec.format, { color: spec.file ? false : color });
    if (text === undefined) {
      // A gate that could not look renders none of its own formats: say so, and exit 3, not 2.
      const incomplete = run.gates.filter((g) => g.errors.length > 0).map((g) => g.gate);
      if (incomplete.length)
        throw new PortcullisError(
          'INCOMPLETE',
          `format "${spec.format}" not written: ${incomplete.join(', ')} could not complete (${run.gates
            .flatMap((g) => g.errors.map((e) => e.message))
            .join('; ')})`,
        );
      throw new PortcullisError('USAGE', `unknown format "${spec.format}"`);
    }
    if (spec.file) {
      const path = resolve(cwd, spec.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } else {
      stdout(text);
    }
  }
}
