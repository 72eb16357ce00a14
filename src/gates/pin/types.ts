import type { Range } from '../../core/finding.js';

/** Where in a file a reference was found; drives messages and how a fix is written. */
export type RefContext =
  | 'from'
  | 'copy-from'
  | 'mount-from'
  | 'syntax'
  | 'uses'
  | 'docker-uses'
  | 'container'
  | 'service'
  | 'image';

/** One image or action reference, with the exact range of its text in the file. */
export interface Reference {
  kind: 'image' | 'action';
  context: RefContext;
  file: string;
  /** The text as written (quotes excluded). */
  raw: string;
  /** The reference after variable substitution; undefined while a variable remains. */
  value?: string;
  /** Variable names that stayed unresolved, when `value` is undefined. */
  unresolved?: string[];
  range: Range;
  /** Whether `raw` may be rewritten in place (false for ARG-templated or escaped text). */
  editable: boolean;
  /** Where a fix writes when the text lives elsewhere: the default of the ARG a `FROM ${BASE}` names. */
  edit?: { range: Range; raw: string };
  /** `--platform` of a FROM, as written. */
  platform?: string;
}

/** A file's references, or the parse error that stopped extraction. */
export interface Extracted {
  refs: Reference[];
  /** Stage names of a Dockerfile (lower-case), for messages. */
  stages?: string[];
}

/** Parsed action reference: `owner/repo[/path]@ref`. */
export interface ActionRef {
  owner: string;
  repo: string;
  path?: string;
  ref: string;
}

/** Parses `owner/repo[/path]@ref`; undefined for local (`./`) and malformed references. */
export function parseActionRef(text: string): ActionRef | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/.exec(text);
  if (!m) return undefined;
  return { owner: m[1], repo: m[2], path: m[3] ? m[3].slice(1) : undefined, ref: m[4] };
}

/** A full-length commit SHA, as GitHub's "require pinned actions" policy demands. */
export const FULL_SHA = /^[0-9a-f]{40}$/;
/** Contains a variable: `$VAR`, `${VAR}`, `${{ expr }}`. */
export const HAS_VARIABLE = /\$/;
