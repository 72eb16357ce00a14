import { basename } from 'node:path';
import { isGrypeConfig, parseGrypeIgnore } from './grype.js';
import { parseTrivyignore, parseTrivyignoreYaml } from './trivyignore.js';
import type { IgnoreEntry } from './types.js';

/**
 * Reads one `--ignore-file`: a Grype configuration (named `*grype*.yaml`, or any YAML with a
 * top-level `ignore:` list), `.trivyignore.yaml` (other YAML) or `.trivyignore` (anything else).
 */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  if (!/\.ya?ml$/i.test(file)) return parseTrivyignore(text, file);
  if (/grype/i.test(basename(file)) || isGrypeConfig(text)) return parseGrypeIgnore(text, file);
  return parseTrivyignoreYaml(text, file);
}
