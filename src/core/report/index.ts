import type { RunReport } from '../result.js';
import { renderGitlab } from './gitlab.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export { toJson } from './json.js';
export { SARIF_SCHEMA, toSarif } from './sarif.js';

export const CORE_FORMATS = ['text', 'json', 'sarif', 'gitlab', 'junit'] as const;
export type CoreFormat = (typeof CORE_FORMATS)[number];

export interface RenderOptions {
  color: boolean;
}

/**
 * Renders a run in a core format, or in a gate's own format (e.g. `kubesec`, `hadolint-json`).
 * Returns undefined for a format nobody knows.
 */
export function render(run: RunReport, format: string, options: RenderOptions): string | undefined {
  switch (format) {
    case 'text':
      return renderText(run, options);
    case 'json':
      return renderJson(run);
    case 'sarif':
      return renderSarif(run);
    case 'gitlab':
    case 'codequality':
      return renderGitlab(run);
    case 'junit':
      return renderJunit(run);
  }
  const own = run.gates.map((g) => g.render[format]).filter(Boolean);
  if (own.length === 0) return undefined;
  return own.map((r) => r()).join('');
}
