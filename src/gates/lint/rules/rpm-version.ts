import type { Instr, ShellArg } from '../rule.js';
import { expandedWords, referencesDeclared } from './helpers-b.js';

/**
 * hadolint's version test for yum and dnf packages (DL3033, DL3041): `name-version` where the
 * parts after the first `-` use only version characters and one starts with a digit; `.rpm`
 * files are pinned (hadolint also wants a `-` in their name; a file is pinned either way); modules need `name:stream`.
 */
export function rpmWordPinned(pkg: string, module: boolean): boolean {
  if (module) return pkg.includes(':');
  if (pkg.endsWith('.rpm')) return true;
  const parts = pkg.split('-');
  if (parts.length <= 1) return false;
  const rest = parts.slice(1);
  return rest.every((p) => /^[0-9A-Za-z.~^_:+]*$/.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * A package argument is pinned when its text is, or when its variables expand (from ARG/ENV
 * defaults) to pinned words; a variable without a known value counts as pinned when it is
 * declared and follows a `-`, as hadolint does for `name-${VERSION}`.
 */
export function rpmPinned(arg: ShellArg, instr: Instr, module: boolean): boolean {
  if (!arg.dynamic) return rpmWordPinned(arg.text, module);
  const words = expandedWords(arg, instr);
  if (words) return words.every((w) => rpmWordPinned(w, module));
  if (module) return arg.text.includes(':');
  if (!arg.text.includes('-') || arg.text.endsWith('.rpm')) return rpmWordPinned(arg.text, module);
  return referencesDeclared(arg, instr);
}
