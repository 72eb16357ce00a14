import type { RuleMeta } from '../../../core/rule.js';

/** A secret rule: cheap keywords first, then the regex, then optional checks of the match. */
export interface SecretRule {
  meta: RuleMeta;
  /** Lower-case strings of which one must occur in the text before the regex runs. */
  keywords: string[];
  /** Global regex; the named group `secret` (else the whole match) is the secret to mask. */
  pattern: RegExp;
  /** Only files whose path matches, e.g. `.npmrc` rules. */
  path?: RegExp;
  /** Rejects matches that are placeholders such as `${NPM_TOKEN}`. */
  accept?: (secret: string) => boolean;
}

/** A file rule: the file itself is sensitive, whatever it holds (e.g. an `id_rsa`). */
export interface SensitiveFileRule {
  meta: RuleMeta;
  path: RegExp;
}

/** One secret found, with the secret already masked. */
export interface SecretHit {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endColumn: number;
  /** The secret with all but its first characters replaced by `*`. */
  masked: string;
}
