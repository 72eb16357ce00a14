import { isAllowedPath } from './allow.js';
import { SECRET_RULES, SENSITIVE_FILE_RULES } from './rules/index.js';
import type { SecretHit } from './types.js';

export const MAX_SECRET_FILE_BYTES = 10 * 1024 * 1024;
const MIN_FILE_BYTES = 10;
const BINARY_SNIFF_BYTES = 8000;

/** Keeps the first characters and hides the rest, so a report never carries the secret. */
export function mask(secret: string): string {
  const flat = secret.replace(/\s+/g, '');
  const shown = flat.length >= 16 ? 4 : flat.length >= 8 ? 2 : 0;
  return `${flat.slice(0, shown)}${'*'.repeat(Math.min(flat.length - shown, 16))}`;
}

export function looksBinary(data: Buffer): boolean {
  return data.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

export interface SecretScanOptions {
  /** More path patterns to skip, e.g. from `scan.secrets.allow-paths`. */
  allowPaths?: readonly RegExp[];
  /** Rule ids to leave out. */
  disabled?: readonly string[];
}

export type SecretScanSkip = 'allowed-path' | 'binary' | 'too-large' | 'too-small';

/** Whether a file is worth reading for secrets; the reason when it is not. */
export function secretSkipReason(
  path: string,
  size: number,
  options: SecretScanOptions = {},
): SecretScanSkip | undefined {
  if (isAllowedPath(path, options.allowPaths)) return 'allowed-path';
  if (size > MAX_SECRET_FILE_BYTES) return 'too-large';
  if (size < MIN_FILE_BYTES) return 'too-small';
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Finds secrets in one file's content: cheap keyword checks first, then each rule's regex.
 * Binary files and allowed paths are skipped. Every hit carries a masked value only.
 */
export function scanSecrets(path: string, data: Buffer, options: SecretScanOptions = {}): SecretHit[] {
  const disabled = new Set(options.disabled ?? []);
  const hits: SecretHit[] = [];
  const fileRules = SENSITIVE_FILE_RULES.filter((r) => !disabled.has(r.meta.id) && r.path.test(path));
  for (const rule of fileRules)
    hits.push({ ruleId: rule.meta.id, path, line: 1, column: 1, endColumn: 1, masked: '(whole file)' });
  if (secretSkipReason(path, data.length, options) || looksBinary(data)) return hits;
  const text = data.toString('utf8');
  const lower = text.toLowerCase();
  for (const rule of SECRET_RULES) {
    if (disabled.has(rule.meta.id)) continue;
    if (rule.path && !rule.path.test(path)) continue;
    if (!rule.keywords.some((k) => lower.includes(k))) continue;
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const secret = m.groups?.secret ?? m[0];
      if (rule.accept && !rule.accept(secret)) continue;
      const offset = (m.index ?? 0) + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
      const { line, column } = lineAndColumn(text, offset);
      const firstLine = secret.split('\n')[0] ?? '';
      hits.push({
        ruleId: rule.meta.id,
        path,
        line,
        column,
        endColumn: column + firstLine.length,
        masked: mask(secret),
      });
    }
  }
  return hits;
}
