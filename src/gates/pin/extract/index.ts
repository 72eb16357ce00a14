import type { FileKind } from '../../../core/discover.js';
import type { Reference } from '../types.js';
import { extractCompose } from './compose.js';
import { extractDockerfile } from './dockerfile.js';
import { extractGitlabCi } from './gitlab-ci.js';
import { extractKubernetes } from './k8s.js';
import { extractAction, extractWorkflow } from './workflow.js';
import { parseYaml } from './yaml.js';

/** File kinds the pin gate reads. */
export const PIN_KINDS: readonly FileKind[] = [
  'dockerfile',
  'github-workflow',
  'github-action',
  'gitlab-ci',
  'compose',
  'kubernetes',
];

/** A leading byte-order mark is kept in the file but not part of any line's text. */
function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/**
 * Every image and action reference in one file, with exact ranges. Throws PARSE_FAILED with a
 * position for malformed input.
 */
export function extractReferences(file: string, kind: FileKind, content: string): Reference[] {
  const { text, bom } = stripBom(content);
  const refs = extractByKind(file, kind, text);
  // Columns on line 1 count the BOM as a character in the original text.
  if (bom) for (const r of refs) shiftFirstLine(r);
  return refs;
}

function shiftFirstLine(r: Reference): void {
  if (r.range.line === 1) r.range.column += 1;
  if (r.range.endLine === 1) r.range.endColumn += 1;
}

function extractByKind(file: string, kind: FileKind, text: string): Reference[] {
  switch (kind) {
    case 'dockerfile':
      return extractDockerfile(file, text);
    case 'github-workflow':
      return extractWorkflow(parseYaml(file, text));
    case 'github-action':
      return extractAction(parseYaml(file, text));
    case 'gitlab-ci':
      return extractGitlabCi(parseYaml(file, text));
    case 'compose':
      return extractCompose(parseYaml(file, text));
    case 'kubernetes':
      return extractKubernetes(parseYaml(file, text));
    default:
      return [];
  }
}
